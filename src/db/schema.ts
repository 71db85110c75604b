import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../shared/paths";
import type { Neo4jExecutor } from "./executor";

const SCHEMA_FILE = join(PROJECT_ROOT, "cypher", "schema.cypher");
const INDEX_WAIT_SECONDS = 300;

/** Splits a .cypher file into statements: they end with `;` at the end of a line; `//` lines are comments. */
export function parseCypherStatements(text: string): string[] {
  const withoutComments = text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");
  return withoutComments
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Applies cypher/schema.cypher (idempotent) and waits until every index is online, so that the
 * first query after start-up already starts from an index. Schema commands run one per transaction,
 * as Neo4j requires.
 */
export async function applySchema(executor: Neo4jExecutor, file = SCHEMA_FILE): Promise<number> {
  const statements = parseCypherStatements(readFileSync(file, "utf8"));
  for (const statement of statements) {
    await executor.write("apply-schema", (tx) => tx.run(statement));
  }
  await executor.read("await-indexes", (tx) =>
    tx.run("CALL db.awaitIndexes($seconds)", { seconds: INDEX_WAIT_SECONDS }),
  );
  return statements.length;
}
