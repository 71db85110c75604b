import type { Neo4jExecutor } from "../db/executor";
import { writePlan } from "../records/graph-writer";
import { recordBatches } from "../records/record-batches";
import { readRecordFolder } from "../records/record-files";
import { loadSeedGraph } from "../seed/seed";
import { SEED_DIR } from "../shared/paths";
import { type SynthGraph, synthGraph } from "./synth-graph";

/** Records per transaction: at M, 2,000 loaded 2,320 rel/s, 10,000 4,058 and 25,000 5,961 (docs/benchmarks.md). */
export const DEFAULT_SYNTH_BATCH_SIZE = 20_000;

export interface SynthLoadReport {
  nodes: number;
  relationships: number;
  batches: number;
  seconds: number;
  relationshipsPerSecond: number;
}

export interface SynthLoadOptions {
  relationships: number;
  seed: number;
  /** Records per transaction. */
  batchSize?: number;
  onProgress?: (relationshipsDone: number, relationships: number) => void;
}

/** The synthetic graph for a gazetteer read from seeds/ (the seed graph it is loaded on top of). */
export function buildSynthGraph(options: Pick<SynthLoadOptions, "relationships" | "seed">): SynthGraph {
  const seed = readRecordFolder(SEED_DIR);
  return synthGraph(seed, options);
}

/**
 * Loads the seed graph, then the synthetic records on top of it in batches, through the records'
 * own batching (recordBatches) and write path (writePlan): what is benchmarked is what users load.
 * Only the synthetic batches (planned and written) are timed for the throughput.
 */
export async function loadSynthGraph(
  executor: Neo4jExecutor,
  options: SynthLoadOptions,
): Promise<SynthLoadReport> {
  await loadSeedGraph(executor);
  const graph = buildSynthGraph(options);
  // The import's batches without their audit records: synthetic data has no one to answer for it.
  // Planned one at a time (all plans at once took gigabytes at L): the next is planned while Neo4j
  // writes the one before, and the planning is timed with the writing.
  const batches = recordBatches(
    graph.bundle,
    graph.vietnamese,
    options.batchSize ?? DEFAULT_SYNTH_BATCH_SIZE,
  );
  const started = performance.now();
  let done = 0;
  let nodes = 0;
  let count = 0;
  let next = batches.next();
  while (!next.done) {
    const { plan } = next.value;
    const written = executor.maintain("Loading the synthetic graph", (tx) => writePlan(tx, plan));
    next = batches.next();
    await written;
    count += 1;
    nodes += plan.nodes.length;
    done += plan.relationships.length;
    options.onProgress?.(done, Math.max(done, graph.factRelationships));
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    nodes,
    relationships: done,
    batches: count,
    seconds,
    relationshipsPerSecond: Math.round(done / Math.max(seconds, 0.001)),
  };
}
