import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { PARTICIPANT_LIST_FIELDS } from "../../records/participant-fields";
import {
  emptyBundle,
  type RecordBundle,
  type RecordProblem,
  RecordValidationError,
} from "../../records/record-bundle";
import { FactRecord, LocalityRecord, OrganizationRecord, SourceRecord } from "../../records/record-format";

/**
 * The CSV form of the record format, for facts kept in a spreadsheet: one row per fact, or, with a
 * `record` column, per place abroad (`locality`) or organisation (`organization`). A column is
 * named by the field's path in the record format (`period.start`, `delegations.value`,
 * `evidence.0.quote`, `figures.1.unit`), numbers in a path being positions in a list. Columns
 * `source.*` name the article the row's fact comes from: rows of one article repeat its `source.id`,
 * and the first row that describes it (more than the id) defines it; a source already in the graph
 * needs only its id. README "Bulk import" documents it with a sample file.
 */

/** Fields that hold a list of ids or names: one cell, items separated by ";". */
const LIST_FIELDS = new Set(["aliases", "sectors", ...PARTICIPANT_LIST_FIELDS]);

/** Source fields the record format requires but allows empty. */
const SOURCE_DEFAULTS = { title: null, publisher: null, publishedOn: null, author: null, period: null };

type Row = Record<string, string>;

/** A CSV file's records and the sources its rows define. Throws RecordValidationError naming row and field. */
export function readCsvRecords(path: string): RecordBundle {
  const problems: RecordProblem[] = [];
  const bundle = emptyBundle();
  let rows: Row[];
  try {
    rows = parse(readFileSync(path, "utf8"), {
      columns: true,
      skip_empty_lines: true,
      bom: true,
      trim: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new RecordValidationError([{ file: path, record: "-", field: "-", message }]);
  }
  const sources = new Map<string, { row: number; source: Record<string, unknown> }>();
  rows.forEach((row, index) => {
    const rowNumber = index + 2; // the header is line 1
    const { source = {}, ...fields } = unflatten(row);
    const sourceFields = source as Record<string, unknown>;
    const sourceId = typeof sourceFields.id === "string" ? sourceFields.id : undefined;
    const record = (id: unknown) => `row ${rowNumber}${typeof id === "string" ? ` (${id})` : ""}`;

    if (sourceId && Object.keys(sourceFields).length > 1) {
      const defined = sources.get(sourceId);
      if (!defined) {
        sources.set(sourceId, { row: rowNumber, source: sourceFields });
        const parsed = check(SourceRecord, { ...SOURCE_DEFAULTS, ...withNullPeriod(sourceFields) });
        parsed.problems.forEach((p) => {
          problems.push({
            file: path,
            record: record(sourceId),
            field: `source.${p.field}`,
            message: p.message,
          });
        });
        if (parsed.value) bundle.sources.push(parsed.value);
      } else {
        for (const [field, value] of Object.entries(sourceFields)) {
          if (JSON.stringify(defined.source[field]) !== JSON.stringify(value)) {
            problems.push({
              file: path,
              record: record(fields.id),
              field: `source.${field}`,
              message: `differs from row ${defined.row}, which defines ${sourceId}`,
            });
          }
        }
      }
    }

    const { record: kind = "fact", ...recordFields } = fields;
    // A quote's source is the row's source unless the cell says otherwise (places have no quotes).
    if (kind !== "locality") {
      const evidence = Array.isArray(recordFields.evidence) ? recordFields.evidence : [];
      recordFields.evidence = evidence.map((item) => ({ source: sourceId, ...(item as object) }));
    }
    const report = (found: Array<{ field: string; message: string }>) => {
      for (const p of found) {
        problems.push({ file: path, record: record(recordFields.id), field: p.field, message: p.message });
      }
    };
    if (kind === "fact") {
      const parsed = check(FactRecord, withNullPeriod(recordFields));
      report(parsed.problems);
      if (parsed.value) bundle.facts.push({ file: path, record: parsed.value });
    } else if (kind === "locality") {
      const parsed = check(LocalityRecord, { isoCode: null, partOf: null, ...recordFields });
      report(parsed.problems);
      if (parsed.value) bundle.localities.push(parsed.value);
    } else if (kind === "organization") {
      const parsed = check(OrganizationRecord, { country: null, ...recordFields });
      report(parsed.problems);
      if (parsed.value) bundle.organizations.push(parsed.value);
    } else {
      report([{ field: "record", message: `must be fact, locality or organization, not "${String(kind)}"` }]);
    }
  });
  if (rows.length === 0) {
    problems.push({ file: path, record: "-", field: "-", message: "has no rows under its header" });
  }
  if (problems.length > 0) {
    throw new RecordValidationError(problems);
  }
  return bundle;
}

/** A row as a record: dotted columns become nested fields, empty cells are left out. */
function unflatten(row: Row): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(row)) {
    if (cell === "") continue;
    const path = column.split(".");
    const field = path[path.length - 1] as string;
    let target: Record<string, unknown> | unknown[] = record;
    path.slice(0, -1).forEach((key, i) => {
      const nextIsIndex = /^\d+$/.test(path[i + 1] as string);
      const container = target as Record<string, unknown>;
      container[key] ??= nextIsIndex ? [] : {};
      target = container[key] as Record<string, unknown>;
    });
    (target as Record<string, unknown>)[field] = cellValue(field, cell);
  }
  return record;
}

function cellValue(field: string, cell: string): unknown {
  if (LIST_FIELDS.has(field)) {
    return cell
      .split(";")
      .map((item) => item.trim())
      .filter((item) => item !== "");
  }
  // Figures and counts: a number as the record format has it; anything else is left for the schema to refuse.
  if (field === "value" && cell.trim() !== "" && Number.isFinite(Number(cell))) {
    return Number(cell);
  }
  return cell;
}

/** A period given by some of its columns: the others are empty (null), as the record format writes them. */
function withNullPeriod(record: Record<string, unknown>): Record<string, unknown> {
  const period = record.period as Record<string, unknown> | undefined;
  return period ? { ...record, period: { start: null, end: null, ...period } } : record;
}

function check<T extends z.ZodType>(
  schema: T,
  data: unknown,
): { value?: z.infer<T>; problems: Array<{ field: string; message: string }> } {
  const parsed = schema.safeParse(data);
  if (parsed.success) {
    return { value: parsed.data, problems: [] };
  }
  return {
    problems: parsed.error.issues.map((issue) => ({
      field: issue.path.join(".") || "-",
      message: issue.message,
    })),
  };
}
