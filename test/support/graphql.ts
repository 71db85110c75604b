import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ExecutionResult, execute as executeDocument, parse } from "graphql";
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
): Promise<ExecutionResult<TResult> & { roundTrips: number; operations: string[] }> {
  const context = createContext(executor);
  const result = (await executeDocument({
    schema,
    document,
    variableValues,
    contextValue: context,
  })) as ExecutionResult<TResult>;
  return { ...result, roundTrips: context.reader.roundTrips, operations: [...context.reader.operations] };
}

/** The data of a result that must have no errors (the errors are shown when it has). */
export function dataOf<T>(result: ExecutionResult<T>): T {
  expect(result.errors).toBeUndefined();
  if (!result.data) {
    throw new Error("no data");
  }
  return result.data;
}

/** Runs an ad-hoc operation (for cases the example operations do not cover, e.g. bad arguments). */
export function executeText(
  executor: Neo4jExecutor,
  source: string,
  variableValues?: Record<string, unknown>,
) {
  return execute(
    executor,
    parse(source) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>,
    variableValues,
  );
}
