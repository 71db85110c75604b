import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execute, parse } from "graphql";
import { loadConfig } from "../config/config";
import { createContext } from "../context/context";
import { openDatabase } from "../db/database";
import type { Neo4jExecutor } from "../db/executor";
import { buildGraphQLSchema } from "../graphql/schema";
import { loadSeedGraph } from "../seed/seed";
import { createLogger } from "../shared/logger";
import { PROJECT_ROOT } from "../shared/paths";
import { readExampleOperations, readmeExamples } from "./example-operations";

/**
 * `npm run docs:readme`: re-runs every example operation the README shows and writes its real output
 * under it. Run it on a database that holds the seed graph only (a fresh `.neo4j/data`); the test
 * test/docs/readme.int.test.ts fails when the README and the outputs drift apart.
 */
export async function exampleOutput(executor: Neo4jExecutor, operation: string): Promise<string> {
  const example = readExampleOperations().find((candidate) => candidate.text === operation);
  if (!example) {
    throw new Error(`The README shows an operation that is not in schema/operations:\n${operation}`);
  }
  const result = await execute({
    schema: buildGraphQLSchema(),
    document: parse(example.text),
    variableValues: example.variables,
    contextValue: createContext(executor),
  });
  return `${JSON.stringify(result, null, 2)}\n`;
}

async function main(): Promise<void> {
  const file = join(PROJECT_ROOT, "README.md");
  let readme = readFileSync(file, "utf8");
  const config = loadConfig();
  const database = await openDatabase(config, createLogger("warn"));
  try {
    await loadSeedGraph(database.executor);
    // Rewrite from the end, so earlier positions stay valid.
    for (const example of readmeExamples(readme).reverse()) {
      const output = await exampleOutput(database.executor, example.operation);
      readme = readme.slice(0, example.outputStart) + output + readme.slice(example.outputEnd);
    }
    writeFileSync(file, readme);
    console.log(`updated ${readmeExamples(readme).length} example outputs in README.md`);
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
