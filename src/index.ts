import "reflect-metadata";
import { startApp } from "./app";
import { loadConfig } from "./config/config";
import { createLogger } from "./shared/logger";

/** `npm start`: serve GraphQL on the built-in local Neo4j, or on the one NEO4J_URI names. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  console.log(`GraphQL API ready at ${app.url}/graphql (Neo4j: ${app.neo4jUri})`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info({ signal }, "shutting down: draining requests, closing the driver, stopping local Neo4j");
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  // One line a person can act on; the details went to the log.
  console.error(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
