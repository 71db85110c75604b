import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { type Context, createContext } from "../context/context";
import type { Neo4jExecutor } from "../db/executor";
import { readExampleOperations } from "../docs/example-operations";
import { eachConcurrently } from "../shared/concurrently";
import type { Logger } from "../shared/logger";

/** Operations planned at once: enough to overlap planning with round trips, few enough to leave cores to requests. */
const CONCURRENCY = 3;

/**
 * Plans the API's main reads: the example operations of schema/operations (the mission query among
 * them) through the whole server, with a planning executor that sends each statement as EXPLAIN with
 * its real parameters. Neo4j plans and caches the compiled statements without reading the graph, so a
 * cold Neo4j's seconds of planning per statement are spent here, a few at a time, rather than by
 * every client that asks for it at once. Answers are empty, so their GraphQL errors (a non-null
 * field without a row) are expected and only counted, by an Apollo of its own that does not log them as
 * the server's would; a statement Neo4j refuses to plan is logged.
 */
export function warmUp(schema: GraphQLSchema, executor: Neo4jExecutor, logger: Logger) {
  const operations = readExampleOperations();
  const planner = executor.planning();
  const apollo = new ApolloServer<Context>({ schema, plugins: [ApolloServerPluginCacheControlDisabled()] });
  let started: Promise<void> | null = null;
  return async (signal: AbortSignal): Promise<void> => {
    started ??= apollo.start();
    await started;
    let answeredWithErrors = 0;
    await eachConcurrently(
      operations,
      CONCURRENCY,
      async (operation) => {
        const response = await apollo.executeOperation(
          { query: operation.text, variables: operation.variables },
          { contextValue: createContext(planner) },
        );
        const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
        const refused = errors?.filter((error) =>
          String(error.extensions?.code ?? "").startsWith("DATABASE"),
        );
        if (refused?.length) {
          logger.warn({ operation: operation.file, errors: refused }, "warm-up could not plan an operation");
        }
        if (errors?.length) {
          answeredWithErrors++;
        }
      },
      () => !signal.aborted,
    );
    logger.debug(
      { operations: operations.length, answeredWithErrors },
      "warm-up planned the example operations",
    );
  };
}
