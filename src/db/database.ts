import type { Driver } from "neo4j-driver";
import { LocalNeo4j } from "../../tools/neo4j/launcher";
import type { Config } from "../config/config";
import type { Logger } from "../shared/logger";
import { createDriver } from "./driver";
import { Neo4jExecutor } from "./executor";
import { applySchema } from "./schema";

export interface OpenDatabase {
  executor: Neo4jExecutor;
  /** Closes the driver and stops the local Neo4j if this call started it. */
  close(): Promise<void>;
}

/**
 * A ready database for the server and the CLIs alike: the built-in Neo4j unless NEO4J_URI names the
 * user's own, a connected driver, and the schema applied. On failure, whatever started is stopped.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  const cleanup: Array<() => Promise<unknown>> = [];
  const close = async () => {
    while (cleanup.length > 0) {
      await cleanup.pop()?.();
    }
  };
  try {
    if (!config.externalNeo4j) {
      const localNeo4j = new LocalNeo4j(config.localNeo4j);
      const { started } = await localNeo4j.start((line) => logger.info(line));
      if (started) {
        cleanup.push(() => localNeo4j.stop().then(() => logger.info("local Neo4j stopped")));
      }
    }
    const driver = createDriver(config.neo4j);
    cleanup.push(() => driver.close());
    const executor = new Neo4jExecutor(driver, config.neo4j);
    await connect(driver, executor, config.neo4j.uri);
    const statements = await applySchema(executor);
    logger.info({ statements }, "schema applied");
    return { executor, close };
  } catch (error) {
    await close();
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
