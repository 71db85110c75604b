import type { Driver } from "neo4j-driver";
import { LocalNeo4j } from "../tools/neo4j/launcher";
import type { Config } from "./config/config";
import { createDriver } from "./db/driver";
import { Neo4jExecutor } from "./db/executor";
import { applySchema } from "./db/schema";
import { buildGraphQLSchema } from "./graphql/schema";
import { startHttpServer } from "./http/server";
import { seedIfEmpty } from "./seed/seed";
import type { Logger } from "./shared/logger";

export interface RunningApp {
  url: string;
  neo4jUri: string;
  stop(): Promise<void>;
}

/**
 * Start-up in order: the built-in Neo4j (unless NEO4J_URI names the user's own), the driver, the
 * schema, the seed graph, then HTTP. Whatever started is stopped again, in reverse order, on stop()
 * or when a later step fails.
 */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const stack: Array<() => Promise<unknown>> = [];
  const stop = async () => {
    while (stack.length > 0) {
      await stack.pop()?.();
    }
  };
  try {
    if (!config.externalNeo4j) {
      const localNeo4j = new LocalNeo4j(config.localNeo4j);
      const { started } = await localNeo4j.start((line) => logger.info(line));
      if (started) {
        stack.push(() => localNeo4j.stop().then(() => logger.info("local Neo4j stopped")));
      }
    }

    const driver = createDriver(config.neo4j);
    stack.push(() => driver.close());
    const executor = new Neo4jExecutor(driver, config.neo4j);
    await connect(driver, executor, config.neo4j.uri);

    const statements = await applySchema(executor);
    logger.info({ statements }, "schema applied");
    const seed = await seedIfEmpty(executor);
    logger.info(
      seed,
      seed.loaded ? "seed graph loaded into the empty database" : "database holds data; seed skipped",
    );

    const http = await startHttpServer({ ...config.http, schema: buildGraphQLSchema(), executor, logger });
    stack.push(() => http.stop());
    logger.info({ graphql: `${http.url}/graphql`, neo4j: config.neo4j.uri }, "server ready");
    return { url: http.url, neo4jUri: config.neo4j.uri, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function connect(driver: Driver, executor: Neo4jExecutor, uri: string): Promise<void> {
  try {
    await executor.verifyConnectivity();
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
    await driver.close();
    throw new Error(`Cannot reach Neo4j at ${uri}: ${reason}`);
  }
}
