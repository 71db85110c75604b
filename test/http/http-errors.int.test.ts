import jwt from "jsonwebtoken";
import { signToken } from "../../src/auth/tokens";
import { useHttpServer } from "../support/http-server";
import { useTestDatabaseConnection } from "../support/test-neo4j";

const SECRET = "a-test-secret-that-is-at-least-32-characters-long";
const DAY = 24 * 3600;

interface ErrorBody {
  errors: Array<{ message: string; extensions: { code: string; reason?: string } }>;
}

describe("errors outside GraphQL", () => {
  const db = useTestDatabaseConnection();
  const http = useHttpServer(db, {
    auth: { jwtSecret: SECRET, readRequiresToken: false, tokenMaxAgeSeconds: 30 * DAY },
  });

  async function send(path: string, init: RequestInit = {}) {
    const response = await fetch(`${http.server.url}${path}`, init);
    const text = await response.text();
    return { response, text, body: JSON.parse(text) as ErrorBody };
  }

  const post = (body: string, headers: Record<string, string> = {}) =>
    send("/graphql", { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  it.each([
    ["invalid JSON", '{"query":', 400, "BAD_JSON"],
    ["a bare JSON number", "42", 400, "BAD_JSON"],
    ["a bare JSON string", '"{ databaseInfo { nodeCount } }"', 400, "BAD_JSON"],
    ["a body over 1 MB", JSON.stringify({ query: `#${"x".repeat(1_100_000)}` }), 413, "PAYLOAD_TOO_LARGE"],
  ])(
    "answers %s with JSON in the GraphQL error shape, %i %s, and no stack or path",
    async (_case, body, status, code) => {
      const { response, text, body: json } = await post(body);
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(json.errors).toEqual([{ message: expect.any(String), extensions: { code } }]);
      expect(text).not.toMatch(/\/work\/|node_modules|at \w+ \(/);
    },
  );

  it("answers an unsupported charset with 415 UNSUPPORTED_CHARSET", async () => {
    const { response, body } = await post('{"query":"{ databaseInfo { nodeCount } }"}', {
      "content-type": "application/json; charset=latin1",
    });
    expect(response.status).toBe(415);
    expect(body.errors[0]?.extensions.code).toBe("UNSUPPORTED_CHARSET");
  });

  it("answers an unknown path with 404 ROUTE_NOT_FOUND and a known path's wrong method with 405 and Allow", async () => {
    const missing = await send("/nope");
    expect(missing.response.status).toBe(404);
    expect(missing.body.errors[0]?.extensions.code).toBe("ROUTE_NOT_FOUND");

    const put = await send("/graphql", { method: "PUT" });
    expect(put.response.status).toBe(405);
    expect(put.response.headers.get("allow")).toBe("GET, POST");
    expect(put.body.errors[0]?.extensions.code).toBe("METHOD_NOT_ALLOWED");

    const deleteHealth = await send("/health", { method: "DELETE" });
    expect(deleteHealth.response.status).toBe(405);
  });

  it.each([
    ["Basic credentials", "Basic dXNlcjpwYXNz", "MALFORMED_HEADER"],
    ["Bearer alone", "Bearer", "MALFORMED_HEADER"],
    ["Bearer with two words", "Bearer x y", "MALFORMED_HEADER"],
    ["a token that is not one", "Bearer not.a.token", "INVALID_TOKEN"],
    [
      "an expired token",
      `Bearer ${jwt.sign({ role: "editor" }, SECRET, { subject: "a", expiresIn: -10 })}`,
      "EXPIRED_TOKEN",
    ],
    ["a token without exp", `Bearer ${jwt.sign({ role: "editor" }, SECRET, { subject: "a" })}`, "NO_EXPIRY"],
    [
      "a token living longer than allowed",
      `Bearer ${jwt.sign({ role: "editor" }, SECRET, { subject: "a", expiresIn: 31 * DAY })}`,
      "TOO_LONG_LIVED",
    ],
  ])("answers %s with 401 UNAUTHENTICATED and reason %s", async (_case, authorization, reason) => {
    const { response, body } = await post('{"query":"{ databaseInfo { nodeCount } }"}', { authorization });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(body.errors).toEqual([
      { message: expect.any(String), extensions: { code: "UNAUTHENTICATED", reason } },
    ]);
  });

  it("takes a valid token", async () => {
    const token = signToken({ id: "alice", role: "editor" }, SECRET, "1h");
    const { response } = await post('{"query":"{ databaseInfo { nodeCount } }"}', {
      authorization: `Bearer ${token}`,
    });
    expect(response.status).toBe(200);
  });

  it("answers a subscription and a mismatched persisted query with client error codes", async () => {
    const subscription = await post(
      JSON.stringify({ query: "subscription S { databaseInfo { nodeCount } }" }),
    );
    expect(subscription.response.status).toBe(400);
    expect(subscription.body.errors[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");

    const persisted = await post(
      JSON.stringify({
        query: "{ databaseInfo { nodeCount } }",
        extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
      }),
    );
    expect(persisted.response.status).toBe(400);
    expect(persisted.body.errors[0]?.extensions.code).toMatch(/^(BAD_REQUEST|PERSISTED_QUERY_\w+)$/);
    expect(persisted.text).not.toContain("stacktrace");
  });

  it("sends nosniff, no framing and a Content-Security-Policy on every answer", async () => {
    for (const path of ["/", "/graphql", "/health", "/nope"]) {
      const response = await fetch(`${http.server.url}${path}`, { headers: { accept: "text/html" } });
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });

  it("serves the schema's SDL at /schema.graphql", async () => {
    const response = await fetch(`${http.server.url}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("type Query {");
  });
});
