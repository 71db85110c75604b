import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, Kind, type SelectionNode, type ValidationContext, type ValidationRule } from "graphql";
import { ErrorCode } from "../shared/errors";

/**
 * Limits on what one operation may ask, checked before anything runs (GraphQL Armor's validation
 * rules). Each rejection carries its own error code and the limit, so a client knows what to change.
 * Page sizes are capped by the pagination arguments; each transaction has a timeout (executor).
 */
export const LIMITS = {
  /** Deep enough for provinces → partners → facts → sources → source, with room to spare. */
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  /** Armor's cost: 2 per object field and 1 per scalar, weighted by depth. */
  maxCost: 20_000,
} as const;

function rejectWith(code: string, message: (limit: number) => string, limit: number) {
  return {
    // Report our own error instead of Armor's, to carry the code and the limit.
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null) => {
        context?.reportError(new GraphQLError(message(limit), { extensions: { code, limit } }));
      },
    ],
  };
}

/**
 * QUERY_TOO_COMPLEX with what a client needs to fix it: the cost, the limit, and the fields whose
 * `first` (or `last`) multiplied the cost of everything under them, largest first.
 */
function rejectTooComplex(context: ValidationContext | null, error: GraphQLError) {
  if (!context) return;
  const cost = Number(/found (.+)\.$/.exec(error.message)?.[1]);
  const multipliers: Array<{ field: string; first: number }> = [];
  const walk = (selections: readonly SelectionNode[], path: string[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        const field = [...path, selection.alias?.value ?? selection.name.value];
        const size = selection.arguments?.find((arg) => ["first", "last"].includes(arg.name.value))?.value;
        if (size?.kind === Kind.INT && Number(size.value) > 1) {
          multipliers.push({ field: field.join("."), first: Number(size.value) });
        }
        if (selection.selectionSet) walk(selection.selectionSet.selections, field);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet.selections, path);
      } else {
        const fragment = context.getFragment(selection.name.value);
        if (fragment) walk(fragment.selectionSet.selections, path);
      }
    }
  };
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) walk(definition.selectionSet.selections, []);
  }
  multipliers.sort((a, b) => b.first - a.first);
  const named = multipliers.map((item) => `${item.field} (first: ${item.first})`).join(", ");
  context.reportError(
    new GraphQLError(
      `The query's cost is ${Math.round(cost)}, over the limit of ${LIMITS.maxCost}` +
        (named
          ? `; multiplied by ${named}: lower these or split the query.`
          : "; ask for fewer fields or split it."),
      {
        extensions: {
          code: ErrorCode.QUERY_TOO_COMPLEX,
          cost: Math.round(cost),
          limit: LIMITS.maxCost,
          multipliers,
        },
      },
    ),
  );
}

export function guardRules(): ValidationRule[] {
  return [
    maxDepthRule({
      n: LIMITS.maxDepth,
      ...rejectWith(
        ErrorCode.QUERY_TOO_DEEP,
        (n) => `The query is nested deeper than ${n} levels; split it.`,
        LIMITS.maxDepth,
      ),
    }),
    maxAliasesRule({
      n: LIMITS.maxAliases,
      ...rejectWith(
        ErrorCode.TOO_MANY_ALIASES,
        (n) => `The query uses more than ${n} aliases.`,
        LIMITS.maxAliases,
      ),
    }),
    maxDirectivesRule({
      n: LIMITS.maxDirectives,
      ...rejectWith(
        ErrorCode.TOO_MANY_DIRECTIVES,
        (n) => `The query uses more than ${n} directives.`,
        LIMITS.maxDirectives,
      ),
    }),
    costLimitRule({
      maxCost: LIMITS.maxCost,
      propagateOnRejection: false,
      onReject: [rejectTooComplex],
    }),
  ] as ValidationRule[];
}
