import { countingDriver, QueryCounter } from "../../bench/counting-driver";
import { Neo4jExecutor } from "../../src/db/executor";
import { testConnectionConfig, useTestDatabaseConnection } from "../support/test-neo4j";

describe("the benchmark's counting driver", () => {
  const db = useTestDatabaseConnection();

  it("counts every query a request sends, in sessions and transactions, but not the server's health probes", async () => {
    const counter = new QueryCounter();
    const executor = new Neo4jExecutor(countingDriver(db.driver, counter), testConnectionConfig());

    await executor.query("a read", "RETURN 1 AS one", {});
    await executor.read("a transaction", async (tx) => {
      await tx.run("RETURN 1 AS one");
      await tx.run("RETURN 2 AS two");
    });
    expect(counter.queries).toBe(3);

    await executor.probe("RETURN 1 AS one", 5_000);
    expect(counter.queries).toBe(3);
  });
});
