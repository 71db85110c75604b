import type { Neo4jExecutor } from "../../db/executor";

export interface DatabaseInfoRecord {
  name: string;
  edition: string;
  version: string;
  database: string;
  nodeCount: number;
  relationshipCount: number;
}

// Both counts come from Neo4j's count store: constant time whatever the size of the graph.
const DATABASE_INFO = `
CALL dbms.components() YIELD name, versions, edition
WITH name, versions[0] AS version, edition
LIMIT 1
RETURN name, version, edition,
       COUNT { MATCH (n) } AS nodeCount,
       COUNT { MATCH ()-[r]->() } AS relationshipCount
`;

export class DatabaseInfoRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async get(): Promise<DatabaseInfoRecord> {
    const result = await this.executor.read("database-info", (tx) => tx.run(DATABASE_INFO));
    const record = result.records[0];
    if (!record) {
      throw new Error("dbms.components() returned no row");
    }
    return {
      name: record.get("name"),
      edition: record.get("edition"),
      version: record.get("version"),
      database: this.executor.database,
      nodeCount: record.get("nodeCount"),
      relationshipCount: record.get("relationshipCount"),
    };
  }
}
