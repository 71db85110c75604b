import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../../db/cypher-files";
import type { Neo4jExecutor } from "../../db/executor";
import { writePlan } from "../../records/graph-writer";
import { type RecordBatch, recordBatches } from "../../records/record-batches";
import { emptyBundle, type RecordBundle, RecordValidationError } from "../../records/record-bundle";
import { parseArticleFiles } from "../../records/record-files";
import { checkReferences, knownReferences, mentionedIds, storedReferences } from "../../records/references";
import { readCsvRecords } from "./csv-records";

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
 * `npm run import`: files in the seed record format (YAML, JSON, or CSV rows of facts) into a
 * database that holds the gazetteer. Everything is checked first (the files, and every id they name
 * against the database). Then records are written in batches, each batch one transaction that also
 * records the import's progress and an audit Change per record: a record is never split across
 * batches, so a crash or kill leaves no half record, and a rerun of the same files resumes after the
 * last committed batch. MERGE makes a repeated import change nothing.
 */
export async function importArticleFiles(
  executor: Neo4jExecutor,
  paths: string[],
  options: ImportOptions,
): Promise<ImportReport> {
  const files = paths.map((path) => resolve(path));
  const { bundle, vietnamese } = await readImportFiles(executor, files);
  const batches = recordBatches(bundle, vietnamese, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const report = {
    files,
    records:
      bundle.sources.length +
      bundle.organizations.length +
      bundle.policyDocuments.length +
      bundle.localities.length +
      bundle.groupMentions.length +
      bundle.facts.length,
    nodes: batches.reduce((sum, batch) => sum + batch.plan.nodes.length, 0),
    relationships: batches.reduce((sum, batch) => sum + batch.plan.relationships.length, 0),
    batches: batches.length,
  };
  if (options.dryRun) {
    return { ...report, resumedAfter: 0, written: false };
  }

  const runId = importRunId(files);
  const resumedAfter = await executor.read("import-progress", async (tx) => {
    const result = await tx.run(namedStatement(PROGRESS, "import-progress"), { id: runId });
    return Number(result.records[0]?.get("batchesDone") ?? 0);
  });
  for (let index = resumedAfter; index < batches.length; index += 1) {
    const batch = batches[index] as RecordBatch;
    await executor.write("import-batch", async (tx) => {
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
        batchesDone: index + 1,
        batches: batches.length,
      });
    });
    options.onProgress?.(index + 1, batches.length);
  }
  return { ...report, resumedAfter, written: true };
}

/**
 * Every file read and checked on its own (YAML and JSON as article files, CSV as rows of facts),
 * then every id they name resolved against the files together and the graph.
 */
async function readImportFiles(
  executor: Neo4jExecutor,
  files: string[],
): Promise<{ bundle: RecordBundle; vietnamese: ReadonlySet<string> }> {
  const csv = files.filter((file) => file.toLowerCase().endsWith(".csv"));
  const parts = [parseArticleFiles(files.filter((file) => !csv.includes(file))), ...csv.map(readCsvRecords)];
  // flatMap, not push(...): spreading a million records as arguments overflows the call stack.
  const keys = Object.keys(emptyBundle()) as Array<keyof RecordBundle>;
  const bundle = Object.fromEntries(
    keys.map((key) => [key, parts.flatMap((part) => part[key] as unknown[])]),
  ) as unknown as RecordBundle;
  const stored = await executor.read("references", (tx) => storedReferences(tx, mentionedIds(bundle)));
  const { known, vietnamese } = knownReferences(stored);
  const problems = checkReferences(bundle, {
    known,
    searched: "in the imported files or in the graph",
    files: { provinces: "-", countries: "-", localities: "imported files", articles: "imported files" },
  });
  if (problems.length > 0) {
    throw new RecordValidationError(problems);
  }
  return { bundle, vietnamese };
}

/** The same files (by content) are the same import, whose progress a rerun resumes. */
function importRunId(files: string[]): string {
  const hash = createHash("sha256");
  for (const file of [...files].sort()) {
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}
