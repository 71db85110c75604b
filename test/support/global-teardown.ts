import { testNeo4j } from "./test-neo4j";

/** Stops the tests' Neo4j only if this run started it. */
export default async function globalTeardown(): Promise<void> {
  if ((globalThis as { __testNeo4jStartedBySuite?: boolean }).__testNeo4jStartedBySuite) {
    await testNeo4j().stop();
  }
}
