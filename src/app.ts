import type { Config } from "./config/config";
import { openDatabase } from "./db/database";
import { buildGraphQLSchema } from "./graphql/schema";
import { startHttpServer } from "./http/server";
import { warmWritePlans } from "./modules/editing/editing.repository";
import { seedIfEmpty } from "./seed/seed";
import type { Logger } from "./shared/logger";

export interface RunningApp {
  url: string;
  neo4jUri: string;
  stop(): Promise<void>;
}

/**
 * Start-up in order: the database (local Neo4j, driver, schema), the seed graph, then HTTP.
 * stop() drains HTTP first, then closes the database; a failed start stops what had started.
 */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const database = await openDatabase(config, logger);
  try {
    const seeded = await seedIfEmpty(database.executor);
    logger.info(
      seeded ? "seed graph loaded into the empty database" : "database holds data; seed load skipped",
    );
    // In the background: planning is an optimisation for the first edit, not a condition of serving
    // (on a machine at load 20 it took 21 s, a fifth of the start).
    const planned = warmWritePlans(database.executor).then(
      (statements) => logger.info({ statements }, "write statements planned"),
      (error: unknown) =>
        logger.warn({ err: error }, "planning the write statements failed; edits plan on first use"),
    );

    const http = await startHttpServer({
      ...config.http,
      auth: config.auth,
      schema: buildGraphQLSchema(),
      executor: database.executor,
      logger,
    });
    logger.info({ graphql: `${http.url}/graphql`, neo4j: config.neo4j.uri }, "server ready");
    const stop = async () => {
      await http.stop();
      await planned;
      await database.close();
    };
    return { url: http.url, neo4jUri: config.neo4j.uri, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}
