import { useHttpServer } from "../support/http-server";
import { useTestDatabase } from "../support/test-neo4j";

/** Two requests from the client a proxy names in X-Forwarded-For; the second from another client. */
async function askAs(url: string, clients: string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const client of clients) {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": client },
      body: JSON.stringify({ query: "{ databaseInfo { nodeCount } }" }),
    });
    await response.text();
    statuses.push(response.status);
  }
  return statuses;
}

describe("the rate limit behind a proxy", () => {
  const db = useTestDatabase();

  describe("with TRUST_PROXY off (the default)", () => {
    const http = useHttpServer(db, { limits: { rateLimitPerMinute: 1 } });

    it("keys on the connection's address: every client behind the proxy shares one limit", async () => {
      expect(await askAs(http.server.url, ["203.0.113.1", "203.0.113.2"])).toEqual([200, 429]);
    });
  });

  describe("with TRUST_PROXY naming the proxy (loopback)", () => {
    const http = useHttpServer(db, { limits: { rateLimitPerMinute: 1 }, trustProxy: ["loopback"] });

    it("keys on the client the proxy names: each has its own limit", async () => {
      expect(await askAs(http.server.url, ["203.0.113.1", "203.0.113.2", "203.0.113.1"])).toEqual([
        200, 200, 429,
      ]);
    });
  });
});
