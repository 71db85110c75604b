import type { Neo4jExecutor } from "../db/executor";
import { planGraph } from "../records/graph-plan";
import { writePlanIfEmpty, writePlanInOne } from "../records/graph-writer";
import { readRecordFolder } from "../records/record-files";
import { SEED_DIR } from "../shared/paths";

const TASK = "Loading the seed graph";

/**
 * The curated seed graph: seeds/ read and checked as a whole, then written by the records' writer in
 * one transaction under the maintenance timeout (NEO4J_MAINTENANCE_TIMEOUT_MS), not a request's. A
 * seed set with any problem is rejected before anything is written; loaded twice, nothing changes.
 */
export async function loadSeedGraph(executor: Neo4jExecutor, dir = SEED_DIR): Promise<void> {
  await writePlanInOne(executor, TASK, planGraph(readRecordFolder(dir)));
}

/** Start-up's step: a database that holds anything is the user's and is never touched. */
export async function seedIfEmpty(executor: Neo4jExecutor, dir = SEED_DIR): Promise<boolean> {
  return await writePlanIfEmpty(executor, TASK, planGraph(readRecordFolder(dir)));
}
