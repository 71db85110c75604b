import { signToken } from "../../src/auth/tokens";
import type { AuthConfig } from "../../src/config/config";
import { buildGraphQLSchema } from "../../src/graphql/schema";
import { type HttpServerOptions, type RunningHttpServer, startHttpServer } from "../../src/http/server";
import { createLogger } from "../../src/shared/logger";
import type { TestDatabase } from "./test-neo4j";

const schema = buildGraphQLSchema();

/** The secret of the tests that write, and a token of each writing role signed with it. */
const TEST_SECRET = "a-test-secret-that-is-at-least-32-characters-long";
export const EDITOR_TOKEN = signToken({ id: "editor@example.org", role: "editor" }, TEST_SECRET);
export const ADMIN_TOKEN = signToken({ id: "admin@example.org", role: "admin" }, TEST_SECRET);

/** Tokens signed with TEST_SECRET write; reading needs none. */
export const WRITABLE_AUTH: AuthConfig = {
  jwtSecret: TEST_SECRET,
  readRequiresToken: false,
  tokenMaxAgeSeconds: 30 * 24 * 3600,
};

/** A GraphQL request POSTed to the server, with the bearer token when given: its JSON answer. */
export async function postGraphQL<T>(
  server: RunningHttpServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as T;
}

/**
 * The real HTTP server (Apollo, guards, auth, /export) on a free port, over the file's test
 * database, for the file's tests. Returns a holder whose `server` is set in beforeAll.
 */
export function useHttpServer(
  db: TestDatabase,
  options: Partial<Pick<HttpServerOptions, "auth" | "authorizeRead" | "limits" | "trustProxy">> = {},
): { server: RunningHttpServer } {
  const holder = {} as { server: RunningHttpServer };
  beforeAll(async () => {
    holder.server = await startHttpServer({
      host: "127.0.0.1",
      port: 0,
      schema,
      executor: db.executor,
      logger: createLogger(process.env.TEST_LOG_LEVEL ?? "silent"),
      ...options,
    });
  });
  afterAll(() => holder.server.stop());
  return holder;
}

/** Polls GET /ready until it answers 200 (the warm-up has run), within `withinMs`. */
export async function waitUntilReady(url: string, withinMs = 60_000): Promise<void> {
  const until = Date.now() + withinMs;
  for (;;) {
    const response = await fetch(`${url}/ready`);
    if (response.status === 200) {
      return;
    }
    if (Date.now() > until) {
      throw new Error(`${url}/ready still answers ${response.status}: ${await response.text()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
