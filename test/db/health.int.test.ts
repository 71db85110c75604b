import { connect, createServer, type Server, type Socket } from "node:net";
import { createDriver } from "../../src/db/driver";
import { Neo4jExecutor } from "../../src/db/executor";
import { buildGraphQLSchema } from "../../src/graphql/schema";
import { type RunningHttpServer, startHttpServer } from "../../src/http/server";
import { createLogger } from "../../src/shared/logger";
import { waitUntilReady } from "../support/http-server";
import { TEST_NEO4J_OPTIONS, testConnectionConfig } from "../support/test-neo4j";

/**
 * A TCP relay in front of the test Neo4j that can be cut and restored: to the server, Neo4j
 * disappears (connections dropped, new ones refused) and comes back on the same address.
 */
class Relay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(TEST_NEO4J_OPTIONS.port, "127.0.0.1");
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) {
      socket.destroy();
    }
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server = null;
  }
}

const query = (url: string) =>
  fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ databaseInfo { nodeCount } }" }),
  });

/** A compiled read (one auto-commit statement), the kind of request a client repeats. */
const compiledQuery = (url: string) =>
  fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ provinces(first: 3) { nodes { id } } }" }),
  });

describe("the database's circuit breaker", () => {
  const relay = new Relay();
  let server: RunningHttpServer;
  let executor: Neo4jExecutor;
  let close: () => Promise<void>;

  beforeAll(async () => {
    await relay.open();
    // The driver alone would retry a lost database for a minute; the breaker must answer long before.
    const config = testConnectionConfig({
      uri: `bolt://127.0.0.1:${relay.port}`,
      connectionTimeoutMs: 30_000,
      maxRetryTimeMs: 60_000,
    });
    const driver = createDriver(config);
    executor = new Neo4jExecutor(driver, config);
    server = await startHttpServer({
      host: "127.0.0.1",
      port: 0,
      schema: buildGraphQLSchema(),
      executor,
      logger: createLogger("silent"),
    });
    close = async () => {
      await server.stop();
      await driver.close();
    };
  });
  afterAll(async () => {
    await close();
    await relay.cut();
  });

  it("fails requests with 503 while Neo4j is away, and serves them again, ready, once it is back", async () => {
    await waitUntilReady(server.url);
    expect((await query(server.url)).status).toBe(200);

    await relay.cut();
    let response = await query(server.url);
    while (response.status === 200) {
      response = await query(server.url);
    }
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions
        .code,
    ).toBe("DATABASE_UNAVAILABLE");
    expect(server.health.isAvailable).toBe(false);
    expect((await fetch(`${server.url}/ready`)).status).toBe(503);

    await relay.open();
    await waitUntilReady(server.url);
    expect((await query(server.url)).status).toBe(200);
  }, 60_000);

  it("plans again the statements clients used most before it says ready after an outage", async () => {
    await waitUntilReady(server.url);
    for (let asked = 0; asked < 3; asked++) {
      expect((await compiledQuery(server.url)).status).toBe(200);
    }
    const [busiest] = executor.warmth.busiest(1);
    expect(busiest?.statement).toContain("MATCH");

    await relay.cut();
    while ((await compiledQuery(server.url)).status === 200) {
      // until the breaker notices
    }
    expect(executor.warmth.isPlanned(busiest?.statement ?? "")).toBe(false);

    await relay.open();
    await waitUntilReady(server.url);
    expect(executor.warmth.isPlanned(busiest?.statement ?? "")).toBe(true);
  }, 60_000);
});
