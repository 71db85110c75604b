import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ExecutionResult, execute as executeDocument } from "graphql";
import { createContext } from "../../src/context/context";
import type { Neo4jExecutor } from "../../src/db/executor";
import { buildGraphQLSchema } from "../../src/graphql/schema";

const schema = buildGraphQLSchema();

/**
 * Runs an operation through the real schema and resolvers, with a fresh per-request context.
 * Operations come from schema/operations/*.graphql via codegen, so results are typed.
 */
export async function execute<TResult, TVariables extends Record<string, unknown>>(
  executor: Neo4jExecutor,
  document: TypedDocumentNode<TResult, TVariables>,
  variableValues?: TVariables,
): Promise<ExecutionResult<TResult>> {
  return (await executeDocument({
    schema,
    document,
    variableValues,
    contextValue: createContext(executor),
  })) as ExecutionResult<TResult>;
}
