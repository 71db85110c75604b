import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../../db/cypher-files";
import type { Neo4jExecutor } from "../../db/executor";
import { Statements } from "../../db/statements";
import type { LocalityRecord } from "../../domain/seed-records";
import { type GraphPlan, planFact, planGraph } from "../../seed/graph-plan";
import {
  checkRecords,
  emptyBundle,
  knownReferences,
  mentionedIds,
  parseArticleFiles,
  type SeedBundle,
  SeedValidationError,
  type StoredReference,
} from "../../seed/seed-files";
import { chunks, writePlan } from "../../seed/seed-loader";
import { readCsvRecords } from "./csv-records";

const REFERENCES = new Statements("editing.cypher");
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

/** What a batch writes, and the records that are nodes, for their audit Changes. */
export interface RecordBatch {
  plan: GraphPlan;
  records: Array<{ id: string }>;
}

/**
 * The plan cut by record, `size` records to a batch, each record whole in one batch. First what the
 * facts rest on, in an order where every reference points into the same or an earlier batch: the
 * gazetteer's countries and provinces, sources, places abroad (a city after its province), groups
 * with their members and stated counts, organisations, documents; then the facts. A synthetic graph's
 * tens of thousands of sources and places in one transaction outran the transaction timeout. The
 * synthetic graph of the benchmarks (src/synth) is written through it too.
 */
export function recordBatches(
  bundle: SeedBundle,
  vietnamese: ReadonlySet<string>,
  size: number,
): RecordBatch[] {
  const foundation = (part: Partial<SeedBundle>, records: Array<{ id: string }>): RecordBatch => ({
    plan: planGraph({ ...emptyBundle(), ...part }, vietnamese),
    records,
  });
  const batches: RecordBatch[] = [
    foundation({ countries: bundle.countries, provinces: bundle.provinces }, []),
    ...chunks(bundle.sources, size).map((sources) => foundation({ sources }, sources)),
    ...chunks(parentsFirst(bundle.localities), size).map((localities) =>
      foundation({ localities }, localities),
    ),
    foundation({ groups: bundle.groups, groupMentions: bundle.groupMentions }, []),
    ...chunks(bundle.organizations, size).map((organizations) =>
      foundation({ organizations }, organizations),
    ),
    ...chunks(bundle.policyDocuments, size).map((policyDocuments) =>
      foundation({ policyDocuments }, policyDocuments),
    ),
  ].filter((batch) => batch.plan.nodes.length > 0 || batch.plan.relationships.length > 0);
  for (const facts of chunks(bundle.facts, size)) {
    const records = facts.map(({ record }) => record);
    const plans = records.map((record) => planFact(record, vietnamese));
    batches.push({
      plan: {
        nodes: plans.flatMap((plan) => plan.nodes),
        relationships: plans.flatMap((plan) => plan.relationships),
      },
      // A citation is a relationship: the import's ImportRun is its audit.
      records: records.filter((record) => record.type !== "Citation"),
    });
  }
  return batches;
}

/** A locality that is part of another locality of the same files comes after it. */
function parentsFirst(localities: LocalityRecord[]): LocalityRecord[] {
  const byId = new Map(localities.map((locality) => [locality.id, locality]));
  const depth = (locality: LocalityRecord, steps = 0): number => {
    const parent = locality.partOf ? byId.get(locality.partOf) : undefined;
    return parent && steps < localities.length ? 1 + depth(parent, steps + 1) : 0;
  };
  return localities
    .map((locality) => ({ locality, depth: depth(locality) }))
    .sort((a, b) => a.depth - b.depth)
    .map(({ locality }) => locality);
}

/**
 * Every file read and checked on its own (YAML and JSON as article files, CSV as rows of facts),
 * then every id they name resolved against the files together and the graph.
 */
async function readImportFiles(
  executor: Neo4jExecutor,
  files: string[],
): Promise<{ bundle: SeedBundle; vietnamese: ReadonlySet<string> }> {
  const csv = files.filter((file) => file.toLowerCase().endsWith(".csv"));
  const parts = [parseArticleFiles(files.filter((file) => !csv.includes(file))), ...csv.map(readCsvRecords)];
  // flatMap, not push(...): spreading a million records as arguments overflows the call stack.
  const keys = Object.keys(emptyBundle()) as Array<keyof SeedBundle>;
  const bundle = Object.fromEntries(
    keys.map((key) => [key, parts.flatMap((part) => part[key] as unknown[])]),
  ) as unknown as SeedBundle;
  const ids = [...mentionedIds(bundle)];
  const stored = await REFERENCES.read(executor, "references", { ids });
  const { known, vietnamese } = knownReferences(stored.map((record) => record.toObject() as StoredReference));
  const problems = checkRecords(bundle, known, "in the imported files or in the graph");
  if (problems.length > 0) {
    throw new SeedValidationError(problems);
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
