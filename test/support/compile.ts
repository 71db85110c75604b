import type { DocumentNode } from "graphql";
import { ReadCompiler } from "../../src/compiler/compile";
import {
  type CompiledRootField,
  compileOperation as compile,
  compileRequest as compileWhole,
} from "../../src/compiler/compile-operation";
import { buildGraphQLSchema, FIELD_TABLES } from "../../src/graphql/schema";

const schema = buildGraphQLSchema();
const compiler = new ReadCompiler(schema, FIELD_TABLES);

/** The compiled Cypher of each root field of an operation (null where it falls back to the loaders). */
export function compileOperation(
  document: DocumentNode | string,
  variables: Record<string, unknown> = {},
): CompiledRootField[] {
  return compile(schema, compiler, document, variables);
}

/** The one statement the server sends for an operation's compiled root fields together. */
export function compileRequest(document: DocumentNode | string, variables: Record<string, unknown> = {}) {
  return compileWhole(schema, compiler, document, variables);
}
