import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../../db/cypher-files";
import type { Neo4jExecutor } from "../../db/executor";
import { Statements } from "../../db/statements";
import { type GraphPlan, planFact, planGraph } from "../../seed/graph-plan";
import {
  knownReferences,
  mentionedIds,
  readArticleFiles,
  readYamlData,
  type SeedBundle,
  type StoredReference,
} from "../../seed/seed-files";
import { writePlan } from "../../seed/seed-loader";

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
  /** Records per transaction. */
  batchSize?: number;
  onProgress?: (batchesDone: number, batches: number) => void;
}

/**
 * `npm run import`: article files in the seed record format (YAML or JSON) into a database that
 * holds the gazetteer. Everything is checked first (the files, and every id they name against the
 * database). Then records are written in batches, each batch one transaction that also records the
 * import's progress: a record is never split across batches, so a crash or kill leaves no half
 * record, and a rerun of the same files resumes after the last committed batch. MERGE makes a
 * repeated import change nothing.
 */
export async function importArticleFiles(
  executor: Neo4jExecutor,
  paths: string[],
  options: ImportOptions,
): Promise<ImportReport> {
  const files = paths.map((path) => resolve(path));
  const ids = new Set<string>();
  for (const file of files) {
    mentionedIds(readYamlData(file), ids);
  }
  const stored = await REFERENCES.read(executor, "references", { ids: [...ids] });
  const { known, vietnamese } = knownReferences(stored.map((record) => record.toObject() as StoredReference));
  const bundle = readArticleFiles(files, known);
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
    nodes: batches.reduce((sum, batch) => sum + batch.nodes.length, 0),
    relationships: batches.reduce((sum, batch) => sum + batch.relationships.length, 0),
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
    const batch = batches[index] as GraphPlan;
    await executor.write("import-batch", async (tx) => {
      await writePlan(tx, batch);
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
 * The plan cut by record: first everything the facts rest on (sources, organisations, documents,
 * places, group counts), then the facts, `size` to a batch, each fact whole in one batch. The
 * synthetic graph of the benchmarks (src/synth) is written through it too.
 */
export function recordBatches(
  bundle: SeedBundle,
  vietnamese: ReadonlySet<string>,
  size: number,
): GraphPlan[] {
  const foundations = planGraph({ ...bundle, facts: [] }, vietnamese);
  const batches: GraphPlan[] = [foundations];
  for (let start = 0; start < bundle.facts.length; start += size) {
    const plans = bundle.facts.slice(start, start + size).map(({ record }) => planFact(record, vietnamese));
    batches.push({
      nodes: plans.flatMap((plan) => plan.nodes),
      relationships: plans.flatMap((plan) => plan.relationships),
    });
  }
  return batches;
}

/** The same files (by content) are the same import, whose progress a rerun resumes. */
function importRunId(files: string[]): string {
  const hash = createHash("sha256");
  for (const file of [...files].sort()) {
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}
