import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CYPHER_DIR, parseCypherStatements } from "./cypher-files";
import type { Neo4jExecutor } from "./executor";

const SCHEMA_FILE = join(CYPHER_DIR, "schema.cypher");
const INDEX_WAIT_SECONDS = 300;

/**
 * Applies cypher/schema.cypher (idempotent) and waits until every index is online, so that the
 * first query after start-up already starts from an index. Schema commands run one per transaction,
 * as Neo4j requires, under the maintenance timeout.
 */
export async function applySchema(executor: Neo4jExecutor, file = SCHEMA_FILE): Promise<number> {
  const statements = parseCypherStatements(readFileSync(file, "utf8"));
  for (const statement of statements) {
    await executor.maintain("Applying the schema", (tx) => tx.run(statement));
  }
  await executor.maintain("Building the indexes", (tx) =>
    tx.run("CALL db.awaitIndexes($seconds)", { seconds: INDEX_WAIT_SECONDS }),
  );
  return statements.length;
}
