import { ensureChromium } from "./chromium";
import { testNeo4j } from "./test-neo4j";

/**
 * Installs what the browser tests need when it is missing (Chromium, from Debian, when run as root),
 * then starts the tests' Neo4j, or reuses one already running on its data folder (e.g. after an
 * interrupted run).
 */
export default async function globalSetup(): Promise<void> {
  ensureChromium((line) => console.log(`[test setup] ${line}`));
  const { started } = await testNeo4j().start((line) => console.log(`[test neo4j] ${line}`));
  (globalThis as { __testNeo4jStartedBySuite?: boolean }).__testNeo4jStartedBySuite = started;
}
