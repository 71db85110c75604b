import { buildGraphQLSchema } from "../../src/graphql/schema";
import { type HttpServerOptions, type RunningHttpServer, startHttpServer } from "../../src/http/server";
import { createLogger } from "../../src/shared/logger";
import type { TestDatabase } from "./test-neo4j";

const schema = buildGraphQLSchema();

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
