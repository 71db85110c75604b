import { createServer } from "node:net";
import { signToken } from "../../src/auth/tokens";
import { createDriver } from "../../src/db/driver";
import { Neo4jExecutor } from "../../src/db/executor";
import { buildGraphQLSchema } from "../../src/graphql/schema";
import { type RunningHttpServer, startHttpServer } from "../../src/http/server";
import { createLogger } from "../../src/shared/logger";
import { waitUntilReady } from "../support/http-server";
import { testConnectionConfig, useTestDatabase } from "../support/test-neo4j";

const schema = buildGraphQLSchema();
const logger = createLogger("silent");

describe("the HTTP server", () => {
  const db = useTestDatabase();
  let server: RunningHttpServer;

  beforeAll(async () => {
    server = await startHttpServer({ host: "127.0.0.1", port: 0, schema, executor: db.executor, logger });
  });
  afterAll(() => server.stop());

  it("says it is alive on GET /health", async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("says it is ready on GET /ready once warmed up while Neo4j answers, without naming where Neo4j is", async () => {
    await waitUntilReady(server.url);
    const response = await fetch(`${server.url}/ready`);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ status: "ready" });
    expect(body).not.toContain("127.0.0.1");
  });

  it("fails readiness first when it shuts down", async () => {
    const stopping = await startHttpServer({
      host: "127.0.0.1",
      port: 0,
      schema,
      executor: db.executor,
      logger,
    });
    await waitUntilReady(stopping.url);
    stopping.health.beginShutdown();
    const response = await fetch(`${stopping.url}/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", reason: "shutting down" });
    await stopping.stop();
  });

  it("answers a GraphQL query read from Neo4j on POST /graphql", async () => {
    await db.executor.write("test", (tx) => tx.run("CREATE (:Probe), (:Probe)"));
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ databaseInfo { nodeCount } }" }),
    });
    expect(await response.json()).toEqual({ data: { databaseInfo: { nodeCount: 2 } } });
  });

  // The driver would retry for two minutes; the breaker answers long before the test's minute runs out.
  it("answers 503 DATABASE_UNAVAILABLE with Retry-After at once, and 503 on /ready, when Neo4j is unreachable", async () => {
    const config = testConnectionConfig({
      uri: "bolt://127.0.0.1:1",
      connectionTimeoutMs: 30_000,
      maxRetryTimeMs: 60_000,
    });
    const driver = createDriver(config);
    const offline = await startHttpServer({
      host: "127.0.0.1",
      port: 0,
      schema,
      executor: new Neo4jExecutor(driver, config),
      logger,
    });
    try {
      const ready = await fetch(`${offline.url}/ready`);
      expect(ready.status).toBe(503);
      expect(ready.headers.get("retry-after")).toBe("2");
      expect(await ready.json()).toEqual({ status: "unavailable", reason: "database unavailable" });

      for (let attempt = 0; attempt < 3; attempt++) {
        const response = await fetch(`${offline.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ databaseInfo { nodeCount } }" }),
        });
        expect(response.status).toBe(503);
        expect(response.headers.get("retry-after")).toBe("2");
        expect(await response.json()).toEqual({
          errors: [
            {
              message: "The database cannot be reached; try again shortly.",
              extensions: { code: "DATABASE_UNAVAILABLE" },
            },
          ],
        });
      }
    } finally {
      await offline.stop();
      await driver.close();
    }
  }, 60_000);

  it("refuses to start on a busy port with a message naming the port", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(
        startHttpServer({ host: "127.0.0.1", port, schema, executor: db.executor, logger }),
      ).rejects.toThrow(`HTTP port ${port} on 127.0.0.1 is already in use; free it or set PORT.`);
    } finally {
      blocker.close();
    }
  });

  it("closes /graphql and /export to requests without a token when reading requires one", async () => {
    const secret = "a-test-secret-that-is-at-least-32-characters-long";
    const closed = await startHttpServer({
      host: "127.0.0.1",
      port: 0,
      schema,
      executor: db.executor,
      logger,
      auth: { jwtSecret: secret, readRequiresToken: true, tokenMaxAgeSeconds: 30 * 24 * 3600 },
    });
    try {
      const graphql = await fetch(`${closed.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ databaseInfo { nodeCount } }" }),
      });
      const body = (await graphql.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0]?.extensions.code).toBe("UNAUTHENTICATED");
      expect(graphql.status).toBe(401);

      const exported = await fetch(`${closed.url}/export?format=json`);
      expect(exported.status).toBe(401);

      const token = signToken({ id: "reader", role: "editor" }, secret);
      const allowed = await fetch(`${closed.url}/export?format=json`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(allowed.status).toBe(200);
    } finally {
      await closed.stop();
    }
  });
});
