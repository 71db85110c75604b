import { createDriver } from "../../src/db/driver";
import { Neo4jExecutor } from "../../src/db/executor";
import { TEST_NEO4J_OPTIONS, testConnectionConfig } from "../support/test-neo4j";

/**
 * Scale-out as far as it can be proven here: through a `neo4j://` URI the driver asks the server for
 * a routing table and sends reads and writes where it says. The built-in Neo4j answers as a
 * one-member cluster, so the same code runs against a cluster's leader and followers.
 */
describe("a neo4j:// (routing) connection to the built-in Neo4j", () => {
  const config = testConnectionConfig({ uri: `neo4j://127.0.0.1:${TEST_NEO4J_OPTIONS.port}` });
  const driver = createDriver(config);
  const executor = new Neo4jExecutor(driver, config);
  afterAll(() => driver.close());

  it("gets a routing table naming the server as writer, reader and router", async () => {
    const result = await executor.read("test", (tx) =>
      tx.run("CALL dbms.routing.getRoutingTable({}, $database)", { database: config.database }),
    );
    const servers = result.records[0]?.get("servers") as Array<{ addresses: string[]; role: string }>;
    const address = `127.0.0.1:${TEST_NEO4J_OPTIONS.port}`;
    expect(Object.fromEntries(servers.map((server) => [server.role, server.addresses]))).toEqual({
      WRITE: [address],
      READ: [address],
      ROUTE: [address],
    });
  });

  it("routes a write transaction, then reads it back through a read transaction and a single statement", async () => {
    const marker = `routing-${Date.now()}`;
    try {
      await executor.write("test", (tx) => tx.run("CREATE (:RoutingProbe {marker: $marker})", { marker }));
      const read = await executor.read("test", (tx) =>
        tx.run("MATCH (p:RoutingProbe {marker: $marker}) RETURN count(p) AS n", { marker }),
      );
      expect(read.records[0]?.get("n")).toBe(1);
      const query = await executor.query(
        "test",
        "MATCH (p:RoutingProbe {marker: $marker}) RETURN count(p) AS n",
        { marker },
      );
      expect(query[0]?.get("n")).toBe(1);
    } finally {
      await executor.write("test", (tx) =>
        tx.run("MATCH (p:RoutingProbe {marker: $marker}) DELETE p", { marker }),
      );
    }
  });

  it("runs maintenance (a schema command) through the router", async () => {
    await executor.maintain("test", (tx) =>
      tx.run("CREATE INDEX routing_probe_marker IF NOT EXISTS FOR (n:RoutingProbe) ON (n.marker)"),
    );
    await executor.maintain("test", (tx) => tx.run("DROP INDEX routing_probe_marker IF EXISTS"));
  });
});
