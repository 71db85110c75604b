import { testNeo4j } from "./test-neo4j";

/** Starts the tests' Neo4j, or reuses one already running on its data folder (e.g. after an interrupted run). */
export default async function globalSetup(): Promise<void> {
  const { started } = await testNeo4j().start((line) => console.log(`[test neo4j] ${line}`));
  (globalThis as { __testNeo4jStartedBySuite?: boolean }).__testNeo4jStartedBySuite = started;
}
