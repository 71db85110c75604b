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
  options: Partial<Pick<HttpServerOptions, "auth" | "authorizeRead">> = {},
): { server: RunningHttpServer } {
  const holder = {} as { server: RunningHttpServer };
  beforeAll(async () => {
    holder.server = await startHttpServer({
      host: "127.0.0.1",
      port: 0,
      schema,
      executor: db.executor,
      logger: createLogger("silent"),
      ...options,
    });
  });
  afterAll(() => holder.server.stop());
  return holder;
}
