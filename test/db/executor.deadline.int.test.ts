import { ErrorCode } from "../../src/shared/errors";
import { useTestDatabaseConnection } from "../support/test-neo4j";

const SLOW = "UNWIND range(1, 500000000) AS x RETURN sum(x * x) AS total";

describe("a request's deadline and its client's departure", () => {
  const db = useTestDatabaseConnection();

  /** The transactions still running in Neo4j for an operation of this test. */
  async function running(operation: string): Promise<number> {
    const records = await db.executor.query(
      "test-transactions",
      "SHOW TRANSACTIONS YIELD metaData WHERE metaData.operation = $operation RETURN count(*) AS n",
      { operation },
    );
    return records[0]?.get("n") as number;
  }

  it("ends a read at the request's deadline with DEADLINE_EXCEEDED, and Neo4j's transaction with it", async () => {
    const scoped = db.executor.scoped({ deadline: Date.now() + 300 });
    await expect(scoped.query("deadline-query", SLOW, {})).rejects.toMatchObject({
      extensions: { code: ErrorCode.DEADLINE_EXCEEDED },
    });
    await expect(scoped.read("deadline-read", (tx) => tx.run(SLOW))).rejects.toMatchObject({
      extensions: { code: ErrorCode.DEADLINE_EXCEEDED },
    });
    expect(await running("deadline-query")).toBe(0);
    expect(await running("deadline-read")).toBe(0);
  });

  it("refuses to start a read once the deadline has passed", async () => {
    const scoped = db.executor.scoped({ deadline: Date.now() - 1 });
    await expect(scoped.query("late", "RETURN 1 AS one", {})).rejects.toMatchObject({
      extensions: { code: ErrorCode.DEADLINE_EXCEEDED },
    });
  });

  it("stops a read, in Neo4j too, when its client leaves", async () => {
    const controller = new AbortController();
    const scoped = db.executor.scoped({ deadline: Date.now() + 60_000, signal: controller.signal });
    const reading = scoped.query("client-left", SLOW, {});
    while ((await running("client-left")) === 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    controller.abort();
    await expect(reading).rejects.toMatchObject({ extensions: { code: ErrorCode.DEADLINE_EXCEEDED } });
    while ((await running("client-left")) > 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await running("client-left")).toBe(0);
  });
});
