import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
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
      ...rejectWith(
        ErrorCode.QUERY_TOO_COMPLEX,
        (n) => `The query's cost exceeds ${n}; ask for fewer fields or split it.`,
        LIMITS.maxCost,
      ),
    }),
  ] as ValidationRule[];
}
