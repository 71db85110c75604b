import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { join, resolve } from "node:path";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../../db/cypher-files";
import type { Neo4jExecutor } from "../../db/executor";
import { chunks, writePlan } from "../../records/graph-writer";
import {
  factBatch,
  foundationBatch,
  foundationBatches,
  type RecordBatch,
  waitingOrder,
  waitsForOtherFacts,
} from "../../records/record-batches";
import { type Located, type RecordProblem, RecordValidationError } from "../../records/record-bundle";
import { mergeShared } from "../../records/record-files";
import type {
  FactRecord,
  GroupMentionRecord,
  LocalityRecord,
  OrganizationRecord,
  PolicyDocumentRecord,
  SourceRecord,
} from "../../records/record-format";
import { knownReferences, ReferenceIndex, storedReferences } from "../../records/references";
import { readImportFile } from "./record-readers";

const PROGRESS = readNamedStatements(join(CYPHER_DIR, "import.cypher"));

export const DEFAULT_BATCH_SIZE = 500;

export interface ImportReport {
  files: string[];
  records: number;
  nodes: number;
  relationships: number;
  batches: number;
  /** Batches a previous, interrupted run of the same files had already committed. */
  resumedAfter: number;
  written: boolean;
}

export interface ImportOptions {
  dryRun: boolean;
  /** Who imports, for the audit trail (the CLI's --by, by default the system user). */
  by: string;
  /** Records per transaction. */
  batchSize?: number;
  onProgress?: (batchesDone: number, batches: number) => void;
}

/**
 * What the first pass keeps: the references (by id, in the index), counts, and the few records that
 * are merged or reordered across files (places abroad, group mentions, organisations, documents).
 * Sources and facts, the bulk of a large import, are read again in the second pass.
 */
interface Checked {
  /** What the records' schemas found; the references' problems are added once the graph is asked. */
  problems: RecordProblem[];
  index: ReferenceIndex;
  localities: LocalityRecord[];
  groupMentions: Array<Located<GroupMentionRecord>>;
  organizations: OrganizationRecord[];
  policyDocuments: PolicyDocumentRecord[];
  sources: number;
  facts: number;
}

/**
 * `npm run import`: files of the record format (CSV rows, JSON Lines, YAML or JSON article files)
 * into a database that holds the gazetteer, in two streaming passes. The first reads every file
 * record by record and keeps only ids and references (and the few records merged across files):
 * every problem, with file, record and field, is reported before anything is written. The second
 * reads the files again and writes the records in batches, each one transaction that also records
 * the import's progress and an audit Change per record: a record is never split across batches, so
 * a crash or kill leaves no half record, and a rerun of the same files resumes after the last
 * committed batch. Memory holds one batch, not the file; MERGE makes a repeated import change nothing.
 */
export async function importRecordFiles(
  executor: Neo4jExecutor,
  paths: string[],
  options: ImportOptions,
): Promise<ImportReport> {
  const files = paths.map((path) => resolve(path));
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const checked = await checkFiles(files);
  const stored = await executor.read("references", (tx) =>
    storedReferences(tx, checked.index.undefinedIds()),
  );
  const { known, vietnamese } = knownReferences(stored);
  for (const org of checked.organizations) {
    if (org.country === "country:VN") vietnamese.add(org.id);
  }
  const problems = [
    ...checked.problems,
    ...checked.index.problems({ known, searched: "in the imported files or in the graph" }),
  ];
  if (problems.length > 0) {
    throw new RecordValidationError(problems);
  }

  const batches = batchCount(checked, size);
  const runId = options.dryRun ? "" : await importRunId(files, size);
  const resumedAfter = options.dryRun
    ? 0
    : await executor.read("import-progress", async (tx) => {
        const result = await tx.run(namedStatement(PROGRESS, "import-progress"), { id: runId });
        return Number(result.records[0]?.get("batchesDone") ?? 0);
      });
  let index = 0;
  let nodes = 0;
  let relationships = 0;
  for await (const batch of importBatches(files, checked, vietnamese, size)) {
    index += 1;
    nodes += batch.plan.nodes.length;
    relationships += batch.plan.relationships.length;
    if (options.dryRun || index <= resumedAfter) {
      continue;
    }
    // A batch is a load, not a request: under the maintenance timeout, as the seed load.
    await executor.maintain(`Importing batch ${index} of ${batches}`, async (tx) => {
      await writePlan(tx, batch.plan);
      await tx.run(namedStatement(PROGRESS, "record-imported"), {
        changes: batch.records.map((record) => ({ entityId: record.id, record: JSON.stringify(record) })),
        by: options.by,
        reason: `import of ${files.join(", ")}`,
        runId,
      });
      await tx.run(namedStatement(PROGRESS, "record-progress"), {
        id: runId,
        files,
        batchesDone: index,
        batches,
      });
    });
    options.onProgress?.(index, batches);
  }
  if (index !== batches) {
    // The files changed between the passes (the run id is their content).
    throw new Error(`The files changed while they were imported: ${index} batches, ${batches} expected`);
  }
  const records =
    checked.sources +
    checked.facts +
    checked.localities.length +
    checked.groupMentions.length +
    checked.organizations.length +
    checked.policyDocuments.length;
  return { files, records, nodes, relationships, batches, resumedAfter, written: !options.dryRun };
}

/** The first pass: every record checked by its schema, and indexed by what it defines and names. */
async function checkFiles(files: string[]): Promise<Checked> {
  const problems: RecordProblem[] = [];
  const index = new ReferenceIndex();
  const checked: Checked = {
    problems,
    index,
    localities: [],
    groupMentions: [],
    organizations: [],
    policyDocuments: [],
    sources: 0,
    facts: 0,
  };
  const organizations: Array<Located<OrganizationRecord>> = [];
  const policyDocuments: Array<Located<PolicyDocumentRecord>> = [];
  for (const file of files) {
    for await (const event of readImportFile(file)) {
      if ("problem" in event) {
        problems.push(event.problem);
        continue;
      }
      const { item, label } = event;
      switch (item.kind) {
        case "organization":
        case "policy": {
          // Named in several files, one record: defined once, its quotes checked wherever they are.
          const list: Array<Located<{ id: string }>> =
            item.kind === "organization" ? organizations : policyDocuments;
          if (!index.isDefined(item.record.id)) {
            index.define(item.record.id, item.kind, file, label);
          }
          list.push({ file, record: item.record });
          for (const reference of referencesOnly(item)) {
            index.refer(file, label, reference);
          }
          continue;
        }
        case "locality":
          checked.localities.push(item.record);
          break;
        case "groupMention":
          checked.groupMentions.push({ file, record: item.record });
          break;
        case "source":
          checked.sources += 1;
          break;
        case "fact":
          checked.facts += 1;
          break;
      }
      index.add(item, file, label);
    }
  }
  checked.organizations = mergeShared(organizations, problems);
  checked.policyDocuments = mergeShared(policyDocuments, problems);
  return checked;
}

function referencesOnly(item: {
  kind: "organization" | "policy";
  record: OrganizationRecord | PolicyDocumentRecord;
}) {
  const evidence = item.record.evidence.map((e, i) => ({
    field: `evidence.${i}.source`,
    id: e.source,
    allowed: ["source"],
  }));
  if (item.kind === "policy") {
    return evidence;
  }
  const org = item.record as OrganizationRecord;
  return [
    { field: "country", id: org.country, allowed: ["country"] },
    { field: "province", id: org.province, allowed: ["province"] },
    { field: "locality", id: org.locality, allowed: ["locality"] },
    ...evidence,
  ];
}

/**
 * The second pass, as batches in the order recordBatches gives (src/records/record-batches.ts):
 * sources as the files are read again, then what the first pass kept, then the facts as they are
 * read, those that wait for other facts (shares of a delegation, citations) last.
 */
async function* importBatches(
  files: string[],
  checked: Checked,
  vietnamese: ReadonlySet<string>,
  size: number,
): AsyncGenerator<RecordBatch> {
  let sources: SourceRecord[] = [];
  for await (const source of recordsOf(files, "source")) {
    sources.push(source);
    if (sources.length === size) {
      yield foundationBatch({ sources }, sources, vietnamese);
      sources = [];
    }
  }
  if (sources.length > 0) {
    yield foundationBatch({ sources }, sources, vietnamese);
  }
  yield* foundationBatches({ ...checked, groups: [] }, vietnamese, size);

  let facts: FactRecord[] = [];
  const waiting: FactRecord[] = [];
  for await (const fact of recordsOf(files, "fact")) {
    if (waitsForOtherFacts(fact)) {
      waiting.push(fact);
      continue;
    }
    facts.push(fact);
    if (facts.length === size) {
      yield factBatch(facts, vietnamese);
      facts = [];
    }
  }
  for (const fact of waitingOrder(waiting)) {
    facts.push(fact);
    if (facts.length === size) {
      yield factBatch(facts, vietnamese);
      facts = [];
    }
  }
  if (facts.length > 0) {
    yield factBatch(facts, vietnamese);
  }
}

/** Batches the second pass will give, from the first pass's counts: the total a resumed run compares with. */
function batchCount(checked: Checked, size: number): number {
  const batches = (count: number) => Math.ceil(count / size);
  return (
    batches(checked.sources) +
    chunks(checked.localities, size).length +
    (checked.groupMentions.length > 0 ? 1 : 0) +
    batches(checked.organizations.length) +
    batches(checked.policyDocuments.length) +
    batches(checked.facts)
  );
}

async function* recordsOf<K extends "source" | "fact">(
  files: string[],
  kind: K,
): AsyncGenerator<K extends "source" ? SourceRecord : FactRecord> {
  for (const file of files) {
    for await (const event of readImportFile(file)) {
      if ("item" in event && event.item.kind === kind) {
        yield event.item.record as K extends "source" ? SourceRecord : FactRecord;
      }
    }
  }
}

/** The same files (by content) cut into the same batches are the same import, whose progress a rerun resumes. */
async function importRunId(files: string[], size: number): Promise<string> {
  const hash = createHash("sha256");
  for (const file of [...files].sort()) {
    for await (const chunk of createReadStream(file)) {
      hash.update(chunk as Buffer);
    }
  }
  hash.update(`batch size ${size}`);
  return hash.digest("hex");
}
