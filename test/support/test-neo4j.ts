import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import type { Neo4jConnectionConfig } from "../../src/config/config";
import { createDriver } from "../../src/db/driver";
import { Neo4jExecutor } from "../../src/db/executor";
import { PROJECT_ROOT } from "../../src/shared/paths";
import { LocalNeo4j, type LocalNeo4jOptions } from "../../tools/neo4j/launcher";

/**
 * The tests' own Neo4j: a separate port and data folder, so a developer's database is never touched.
 * TEST_NEO4J_PORT and TEST_NEO4J_DATA_DIR move it, e.g. to run two suites side by side.
 */
export const TEST_NEO4J_OPTIONS: LocalNeo4jOptions = {
  port: Number(process.env.TEST_NEO4J_PORT ?? 7697),
  dataDir: process.env.TEST_NEO4J_DATA_DIR ?? join(PROJECT_ROOT, ".neo4j", "test-data"),
  heap: "1g",
  pageCacheMiB: 256,
  startTimeoutMs: 180_000,
};

export const testNeo4j = () => new LocalNeo4j(TEST_NEO4J_OPTIONS);

/**
 * How the tests reach their Neo4j: `neo4j://` by default, so every test also proves the routing
 * path a cluster needs (the built-in Neo4j answers routing requests as a one-member cluster);
 * TEST_NEO4J_SCHEME=bolt connects directly.
 */
export const TEST_NEO4J_SCHEME = process.env.TEST_NEO4J_SCHEME ?? "neo4j";

export function testConnectionConfig(overrides: Partial<Neo4jConnectionConfig> = {}): Neo4jConnectionConfig {
  return {
    uri: `${TEST_NEO4J_SCHEME}://127.0.0.1:${TEST_NEO4J_OPTIONS.port}`,
    username: "neo4j",
    password: "",
    database: "neo4j",
    transactionTimeoutMs: 15_000,
    maintenanceTimeoutMs: 600_000,
    connectionTimeoutMs: 5_000,
    maxRetryTimeMs: 500,
    ...overrides,
  };
}

export interface TestDatabase {
  driver: Driver;
  executor: Neo4jExecutor;
}

/**
 * Gives a test file a driver and executor on the test Neo4j, and an empty database before each test.
 * Returns a holder whose fields are set in beforeAll.
 */
export function useTestDatabase(overrides: Partial<Neo4jConnectionConfig> = {}): TestDatabase {
  const holder = useTestDatabaseConnection(overrides);
  beforeEach(() => clearDatabase(holder.executor));
  return holder;
}

/** A driver and executor on the test Neo4j for the file's tests, closed after them. */
export function useTestDatabaseConnection(overrides: Partial<Neo4jConnectionConfig> = {}): TestDatabase {
  const holder = {} as TestDatabase;
  beforeAll(() => {
    const config = testConnectionConfig(overrides);
    holder.driver = createDriver(config);
    holder.executor = new Neo4jExecutor(holder.driver, config);
  });
  afterAll(() => holder.driver.close());
  return holder;
}

/** Maintenance, like the seed load it undoes: a busy machine may take longer than a request may. */
export async function clearDatabase(executor: Neo4jExecutor): Promise<void> {
  await executor.maintain("test-clear", (tx) => tx.run("MATCH (n) DETACH DELETE n"));
}
