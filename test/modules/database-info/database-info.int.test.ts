import { DatabaseInfoDocument } from "../../../src/generated/operations";
import { execute } from "../../support/graphql";
import { useTestDatabase } from "../../support/test-neo4j";

describe("databaseInfo", () => {
  const db = useTestDatabase();

  it("answers which Neo4j it reads from and how many nodes and relationships it holds", async () => {
    await db.executor.write("test", (tx) => tx.run("CREATE (:Probe)-[:NEXT]->(:Probe)-[:NEXT]->(:Probe)"));
    const result = await execute(db.executor, DatabaseInfoDocument);
    expect(result.errors).toBeUndefined();
    expect(result.data?.databaseInfo).toEqual({
      name: "Neo4j Kernel",
      edition: "community",
      version: expect.stringMatching(/^5\.26\.\d+$/),
      database: "neo4j",
      nodeCount: 3,
      relationshipCount: 2,
    });
  });
});
