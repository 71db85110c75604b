import { type ExecutionResult, graphql } from "graphql";
import { createContext } from "../../src/context/context";
import type { Neo4jExecutor } from "../../src/db/executor";
import { buildGraphQLSchema } from "../../src/graphql/schema";

const schema = buildGraphQLSchema();

/** Runs an operation through the real schema and resolvers, with a fresh per-request context. */
export function execute(
  executor: Neo4jExecutor,
  source: string,
  variableValues?: Record<string, unknown>,
): Promise<ExecutionResult> {
  return graphql({
    schema,
    source,
    variableValues,
    contextValue: createContext(executor),
  }) as Promise<ExecutionResult>;
}
