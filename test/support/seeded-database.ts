import { applySchema } from "../../src/db/schema";
import { loadSeedGraph } from "../../src/seed/seed";
import { clearDatabase, type TestDatabase, useTestDatabaseConnection } from "./test-neo4j";

/**
 * For tests that only read: an empty database, the schema and the curated seed graph, loaded once
 * before the file's tests. Tests that write use useTestDatabase, which empties it before each test.
 */
export function useSeededDatabase(): TestDatabase {
  const db = useTestDatabaseConnection();
  beforeAll(async () => {
    await clearDatabase(db.executor);
    await applySchema(db.executor);
    await loadSeedGraph(db.executor);
  });
  return db;
}
