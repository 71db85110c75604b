import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Neo4jExecutor } from "../db/executor";
import { parseCypherStatements } from "../db/schema";
import { PROJECT_ROOT } from "../shared/paths";

const SEED_FILE = join(PROJECT_ROOT, "cypher", "seed.cypher");

export interface SeedOutcome {
  loaded: boolean;
  statements: number;
}

/**
 * Loads the seed graph, in one transaction, only into an empty database: a database that holds
 * anything is the user's and is never touched at start-up.
 */
export async function seedIfEmpty(executor: Neo4jExecutor, file = SEED_FILE): Promise<SeedOutcome> {
  const statements = parseCypherStatements(readFileSync(file, "utf8"));
  return executor.write("seed-if-empty", async (tx) => {
    const existing = await tx.run("MATCH (n) RETURN count(n) > 0 AS hasData");
    if (existing.records[0]?.get("hasData")) {
      return { loaded: false, statements: 0 };
    }
    for (const statement of statements) {
      await tx.run(statement);
    }
    return { loaded: true, statements: statements.length };
  });
}
