import { Neo4jError } from "neo4j-driver";
import { createDriver } from "../../src/db/driver";
import { Neo4jExecutor, toAppError } from "../../src/db/executor";
import { AppError, ErrorCode } from "../../src/shared/errors";
import { testConnectionConfig, useTestDatabase } from "../support/test-neo4j";

describe("Neo4jExecutor against the real Neo4j", () => {
  const db = useTestDatabase();

  it("reads back what a write transaction committed", async () => {
    await db.executor.write("test", (tx) => tx.run("CREATE (:Probe {name: $name})", { name: "Sơn La" }));
    const names = await db.executor.read("test", async (tx) => {
      const result = await tx.run("MATCH (p:Probe) RETURN p.name AS name");
      return result.records.map((record) => record.get("name"));
    });
    expect(names).toEqual(["Sơn La"]);
  });

  it("leaves nothing behind when a write transaction fails half-way", async () => {
    const failing = db.executor.write("test", async (tx) => {
      await tx.run("CREATE (:Probe {n: 1})");
      await tx.run("CREATE (:Probe {n: 2})");
      throw new Error("validation failed after two writes");
    });
    await expect(failing).rejects.toThrow("validation failed after two writes");
    const count = await db.executor.read("test", (tx) => tx.run("MATCH (p:Probe) RETURN count(p) AS n"));
    expect(count.records[0]?.get("n")).toBe(0);
  });

  it("maps a query that outlives the transaction timeout to DATABASE_TIMEOUT", async () => {
    const impatient = new Neo4jExecutor(db.driver, testConnectionConfig({ transactionTimeoutMs: 50 }));
    const slow = impatient.read("test", (tx) =>
      tx.run("UNWIND range(1, 500000000) AS x RETURN sum(x * x) AS total"),
    );
    await expect(slow).rejects.toMatchObject({ extensions: { code: ErrorCode.DATABASE_TIMEOUT } });
  });

  it("bounds maintenance by its own timeout, not a request's, and names the task when it is hit", async () => {
    const impatient = new Neo4jExecutor(
      db.driver,
      testConnectionConfig({ transactionTimeoutMs: 50, maintenanceTimeoutMs: 60_000 }),
    );
    const long = await impatient.maintain("Counting to a million", (tx) =>
      tx.run("UNWIND range(1, 1000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n"),
    );
    expect(long.records[0]?.get("n")).toBe(142857);

    const tooLong = new Neo4jExecutor(db.driver, testConnectionConfig({ maintenanceTimeoutMs: 50 }));
    const slow = tooLong.maintain("Loading the seed graph", (tx) =>
      tx.run("UNWIND range(1, 500000000) AS x RETURN sum(x * x) AS total"),
    );
    await expect(slow).rejects.toMatchObject({
      message:
        "Loading the seed graph took longer than NEO4J_MAINTENANCE_TIMEOUT_MS (50 ms) allows; raise it on a slow or busy machine.",
      extensions: { code: ErrorCode.DATABASE_TIMEOUT },
    });
  });

  it("answers a single read statement as a read transaction would", async () => {
    await db.executor.write("test", (tx) => tx.run("CREATE (:Probe {name: 'a'}), (:Probe {name: 'b'})"));
    const records = await db.executor.query(
      "test",
      "MATCH (p:Probe) RETURN p.name AS name ORDER BY name",
      {},
    );
    expect(records.map((record) => record.get("name"))).toEqual(["a", "b"]);
  });

  it("holds a single read statement to the transaction timeout too", async () => {
    const impatient = new Neo4jExecutor(db.driver, testConnectionConfig({ transactionTimeoutMs: 50 }));
    const slow = impatient.query("test", "UNWIND range(1, 500000000) AS x RETURN sum(x * x) AS total", {});
    await expect(slow).rejects.toMatchObject({ extensions: { code: ErrorCode.DATABASE_TIMEOUT } });
  });

  it("maps a constraint violation to DUPLICATE and keeps the stored record", async () => {
    await db.executor.write("test", (tx) =>
      tx.run("CREATE CONSTRAINT probe_id IF NOT EXISTS FOR (p:Probe) REQUIRE p.id IS UNIQUE"),
    );
    try {
      await db.executor.write("test", (tx) => tx.run("CREATE (:Probe {id: 'x', v: 1})"));
      const duplicate = db.executor.write("test", (tx) => tx.run("CREATE (:Probe {id: 'x', v: 2})"));
      await expect(duplicate).rejects.toMatchObject({ extensions: { code: ErrorCode.DUPLICATE } });
      const stored = await db.executor.read("test", (tx) =>
        tx.run("MATCH (p:Probe {id: 'x'}) RETURN p.v AS v"),
      );
      expect(stored.records.map((record) => record.get("v"))).toEqual([1]);
    } finally {
      await db.executor.write("test", (tx) => tx.run("DROP CONSTRAINT probe_id IF EXISTS"));
    }
  });

  it("maps an unreachable server to DATABASE_UNAVAILABLE", async () => {
    const config = testConnectionConfig({ uri: "bolt://127.0.0.1:1", connectionTimeoutMs: 1000 });
    const driver = createDriver(config);
    try {
      const unreachable = new Neo4jExecutor(driver, config).read("test", (tx) => tx.run("RETURN 1"));
      await expect(unreachable).rejects.toMatchObject({
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
      });
      // A single statement retries through a read transaction, then fails the same way.
      await expect(new Neo4jExecutor(driver, config).query("test", "RETURN 1", {})).rejects.toMatchObject({
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
      });
    } finally {
      await driver.close();
    }
  });

  it("names the database and the server it talks to", async () => {
    const server = await db.executor.verifyConnectivity();
    expect(db.executor.database).toBe("neo4j");
    expect(server.address).toMatch(/^127\.0\.0\.1:\d+$/);
  });
});

describe("toAppError", () => {
  it("hides a server error's details behind DATABASE_ERROR and keeps it as the original error", () => {
    const serverError = new Neo4jError(
      "Invalid input 'MATC'",
      "Neo.ClientError.Statement.SyntaxError",
      "42000",
      "",
    );
    const mapped = toAppError(serverError) as AppError;
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped.extensions.code).toBe(ErrorCode.DATABASE_ERROR);
    expect(mapped.message).not.toContain("MATC");
    expect(mapped.originalError).toBe(serverError);
  });

  it("passes errors that do not come from Neo4j through unchanged", () => {
    const error = new RangeError("not a database problem");
    expect(toAppError(error)).toBe(error);
  });
});

describe("Neo4jExecutor.planning()", () => {
  const db = useTestDatabase();

  it("plans statements with their parameters without running them: nothing is read or written", async () => {
    const planner = db.executor.planning();
    const read = await planner.query("test", "MATCH (p:Probe {name: $name}) RETURN p.name AS name", {
      name: "Sơn La",
    });
    await planner.read("test", (tx) => tx.run("CREATE (:Probe {name: $name})", { name: "Lào Cai" }));
    expect(read).toEqual([]);
    const count = await db.executor.query("test", "MATCH (p:Probe) RETURN count(p) AS n", {});
    expect(count[0]?.get("n")).toBe(0);
  });

  it("still reports a statement Neo4j cannot plan", async () => {
    const planning = db.executor.planning().query("test", "MATCH (p:Probe RETURN p", {});
    await expect(planning).rejects.toBeInstanceOf(AppError);
  });
});
