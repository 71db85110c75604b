import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  parse,
} from "graphql";
import { combinePlans, type Plan, type ReadCompiler } from "./compile";

/** What one root field of an operation compiles to: its statement and parameters, or null. */
export interface CompiledRootField {
  field: string;
  statement: string | null;
  params: Record<string, unknown>;
}

/**
 * The compiled Cypher of each root field of an operation, for reading and for snapshot tests (the
 * server logs the same at LOG_LEVEL=debug). A field the tables do not cover has no statement.
 */
export function compileOperation(
  schema: GraphQLSchema,
  compiler: ReadCompiler,
  document: DocumentNode | string,
  variables: Record<string, unknown> = {},
): CompiledRootField[] {
  return planRootFields(schema, compiler, document, variables).map(({ field, plan }) => ({
    field,
    statement: plan?.statement ?? null,
    params: plan?.params ?? {},
  }));
}

/**
 * The one statement the server sends for an operation's compiled root fields together (the others
 * are answered by the loaders): a single field's own statement, or several combined. Null when no
 * root field is compiled.
 */
export function compileRequest(
  schema: GraphQLSchema,
  compiler: ReadCompiler,
  document: DocumentNode | string,
  variables: Record<string, unknown> = {},
): { statement: string; params: Record<string, unknown> } | null {
  const plans = planRootFields(schema, compiler, document, variables).flatMap(({ plan }) =>
    plan ? [plan] : [],
  );
  if (plans.length < 2) {
    return plans[0] ? { statement: plans[0].statement, params: plans[0].params } : null;
  }
  return combinePlans(plans);
}

function planRootFields(
  schema: GraphQLSchema,
  compiler: ReadCompiler,
  document: DocumentNode | string,
  variables: Record<string, unknown>,
): Array<{ field: string; plan: Plan | null }> {
  const parsed = typeof document === "string" ? parse(document) : document;
  const operation = parsed.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) {
    throw new Error("The document has no operation");
  }
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) {
    throw new Error(coerced.errors.map((error) => error.message).join("\n"));
  }
  return operation.selectionSet.selections.flatMap((selection) => {
    if (selection.kind !== Kind.FIELD || selection.name.value.startsWith("__")) {
      return [];
    }
    const responseKey = selection.alias?.value ?? selection.name.value;
    const plan = compiler.compile({
      fieldName: selection.name.value,
      fieldNodes: [selection],
      fragments,
      variableValues: coerced.coerced,
      responseKey,
    });
    return [{ field: responseKey, plan }];
  });
}
