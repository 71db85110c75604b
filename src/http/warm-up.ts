import type { ApolloServer } from "@apollo/server";
import { type Context, createContext } from "../context/context";
import type { Neo4jExecutor } from "../db/executor";
import { readExampleOperations } from "../docs/example-operations";
import type { Logger } from "../shared/logger";

/**
 * Runs the API's main reads once, one after the other: the example operations of schema/operations
 * (the mission query among them) through the whole server, so that Neo4j has planned and cached
 * their statements before readiness lets traffic in. A cold Neo4j plans a statement in seconds; two
 * hundred clients asking for it at once would each wait for that.
 */
export function warmUp(apollo: ApolloServer<Context>, executor: Neo4jExecutor, logger: Logger) {
  const operations = readExampleOperations();
  return async (signal: AbortSignal): Promise<void> => {
    for (const operation of operations) {
      if (signal.aborted) {
        return;
      }
      const response = await apollo.executeOperation(
        { query: operation.text, variables: operation.variables },
        { contextValue: createContext(executor) },
      );
      const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
      if (errors?.length) {
        logger.warn({ operation: operation.file, errors }, "warm-up operation answered with errors");
      }
    }
  };
}
