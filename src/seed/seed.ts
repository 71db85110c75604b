import type { Neo4jExecutor } from "../db/executor";
import { planGraph } from "./graph-plan";
import { readSeedBundle, SEED_DIR } from "./seed-files";
import { loadPlan, loadPlanIfEmpty } from "./seed-loader";

/**
 * The curated seed graph: read and check seeds/ as a whole, then load it in one transaction.
 * A seed set with any problem is rejected before anything is written.
 */
export async function loadSeedGraph(executor: Neo4jExecutor, dir = SEED_DIR): Promise<void> {
  await loadPlan(executor, planGraph(readSeedBundle(dir)));
}

/** Start-up's step: a database that holds anything is the user's and is never touched. */
export async function seedIfEmpty(executor: Neo4jExecutor, dir = SEED_DIR): Promise<boolean> {
  return await loadPlanIfEmpty(executor, planGraph(readSeedBundle(dir)));
}
