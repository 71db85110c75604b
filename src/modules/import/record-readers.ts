import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";
import type { z } from "zod";
import type { RecordProblem } from "../../records/record-bundle";
import { readArticleFile } from "../../records/record-files";
import {
  FactRecord,
  GroupMentionRecord,
  LocalityRecord,
  OrganizationRecord,
  PolicyDocumentRecord,
  SourceRecord,
} from "../../records/record-format";
import type { KindedRecord } from "../../records/references";
import { csvRowRecords } from "./csv-records";

/**
 * The records of an import file, one at a time, so that a file of any size is read in constant
 * memory: CSV rows (csv-records.ts), JSON Lines (one record a line) and article files (YAML or
 * JSON, one article each, read whole). A record that breaks its schema comes as a problem naming
 * file, record and field.
 */

/** The kinds of record an import brings (the gazetteer's provinces, countries and groups are reference data). */
export type ImportedRecord = Extract<
  KindedRecord,
  { kind: "source" | "locality" | "groupMention" | "organization" | "policy" | "fact" }
>;

export type ReadEvent = { item: ImportedRecord; file: string; label: string } | { problem: RecordProblem };

/** A JSON Lines record's `record` field: which schema checks it (a fact when absent). */
const JSON_LINES_KINDS = {
  fact: { kind: "fact", schema: FactRecord },
  source: { kind: "source", schema: SourceRecord },
  locality: { kind: "locality", schema: LocalityRecord },
  organization: { kind: "organization", schema: OrganizationRecord },
  policyDocument: { kind: "policy", schema: PolicyDocumentRecord },
  group: { kind: "groupMention", schema: GroupMentionRecord },
} as const;

export function importFormat(path: string): "csv" | "jsonl" | "article" {
  const lower = path.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  return "article";
}

export function readImportFile(path: string): AsyncGenerator<ReadEvent> {
  switch (importFormat(path)) {
    case "csv":
      return readCsvFile(path);
    case "jsonl":
      return readJsonLinesFile(path);
    case "article":
      return readArticle(path);
  }
}

async function* readCsvFile(path: string): AsyncGenerator<ReadEvent> {
  const parser = createReadStream(path).pipe(
    parse({ columns: true, skip_empty_lines: true, bom: true, trim: true }),
  );
  // Rows of one article repeat its source; the first that describes it defines it.
  const sources = new Map<string, { row: number; source: Record<string, unknown> }>();
  let rows = 0;
  try {
    for await (const row of parser) {
      rows += 1;
      // The header is line 1.
      yield* csvRowRecords(path, row as Record<string, string>, rows + 1, sources);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    yield { problem: { file: path, record: "-", field: "-", message } };
    return;
  }
  if (rows === 0) {
    yield { problem: { file: path, record: "-", field: "-", message: "has no rows under its header" } };
  }
}

async function* readJsonLinesFile(path: string): AsyncGenerator<ReadEvent> {
  const lines = createInterface({
    input: createReadStream(path, "utf8"),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim() === "") continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      yield { problem: { file: path, record: `line ${number}`, field: "-", message } };
      continue;
    }
    const { record: kindName = "fact", ...fields } = (data ?? {}) as Record<string, unknown>;
    const label = `line ${number}${typeof fields.id === "string" ? ` (${fields.id})` : ""}`;
    const entry = JSON_LINES_KINDS[kindName as keyof typeof JSON_LINES_KINDS];
    if (!entry) {
      const kinds = Object.keys(JSON_LINES_KINDS).join(", ");
      yield {
        problem: {
          file: path,
          record: label,
          field: "record",
          message: `must be one of ${kinds}, not "${String(kindName)}"`,
        },
      };
      continue;
    }
    yield* checked(path, label, entry.kind, entry.schema, fields);
  }
}

async function* readArticle(path: string): AsyncGenerator<ReadEvent> {
  const { content, problems } = readArticleFile(path);
  for (const problem of problems) {
    yield { problem };
  }
  if (!content) {
    return;
  }
  const at = (record: { id: string }) => ({ file: path, label: record.id });
  yield { item: { kind: "source", record: content.source }, ...at(content.source) };
  for (const record of content.entities.places) yield { item: { kind: "locality", record }, ...at(record) };
  for (const record of content.entities.organizations) {
    yield { item: { kind: "organization", record }, ...at(record) };
  }
  for (const record of content.entities.policyDocuments)
    yield { item: { kind: "policy", record }, ...at(record) };
  for (const record of content.entities.groups)
    yield { item: { kind: "groupMention", record }, ...at(record) };
  for (const record of content.facts) yield { item: { kind: "fact", record }, ...at(record) };
}

/** A record checked by its schema: the record, or a problem per broken field. */
export function* checked<K extends ImportedRecord["kind"]>(
  file: string,
  label: string,
  kind: K,
  schema: z.ZodType,
  data: unknown,
): Generator<ReadEvent> {
  const parsed = schema.safeParse(data);
  if (parsed.success) {
    yield { item: { kind, record: parsed.data } as ImportedRecord, file, label };
    return;
  }
  for (const issue of parsed.error.issues) {
    yield { problem: { file, record: label, field: issue.path.join(".") || "-", message: issue.message } };
  }
}
