import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { execute, parse } from "graphql";
import { loadConfig } from "../config/config";
import { createContext } from "../context/context";
import { openDatabase } from "../db/database";
import type { Neo4jExecutor } from "../db/executor";
import { buildGraphQLSchema } from "../graphql/schema";
import { loadSeedGraph } from "../seed/seed";
import { createLogger } from "../shared/logger";
import { PROJECT_ROOT } from "../shared/paths";
import { documentationFiles, documentedExamples, readExampleOperations } from "./example-operations";

/**
 * `npm run docs:examples`: re-runs every example operation the README and the guides in docs/ show
 * and writes its real output under it. Run it on a database that holds the seed graph only (a fresh
 * `.neo4j/data`); test/docs/examples.int.test.ts fails when a page and the outputs drift apart.
 */
export async function exampleOutput(executor: Neo4jExecutor, operation: string): Promise<string> {
  const example = readExampleOperations().find((candidate) => candidate.text === operation);
  if (!example) {
    throw new Error(`The docs show an operation that is not in schema/operations:\n${operation}`);
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
  const config = loadConfig();
  const database = await openDatabase(config, createLogger("warn"));
  try {
    await loadSeedGraph(database.executor);
    for (const file of documentationFiles()) {
      let page = readFileSync(file, "utf8");
      const examples = documentedExamples(page);
      // Rewrite from the end, so earlier positions stay valid.
      for (const example of [...examples].reverse()) {
        const output = await exampleOutput(database.executor, example.operation);
        page = page.slice(0, example.outputStart) + output + page.slice(example.outputEnd);
      }
      writeFileSync(file, page);
      if (examples.length > 0) {
        console.log(`updated ${examples.length} example outputs in ${relative(PROJECT_ROOT, file)}`);
      }
    }
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
