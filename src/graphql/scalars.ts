import { GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { CountryCodeResolver, GraphQLDate } from "graphql-scalars";

/**
 * The schema's Date and CountryCode scalars: graphql-scalars' own, with input errors a user can act
 * on. graphql-js prefixes the message with the argument or variable it was given for.
 */

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function literalText(ast: ValueNode): string {
  return ast.kind === Kind.STRING ? ast.value : `a ${ast.kind.toLowerCase()} value`;
}

/** A calendar day; an invalid value is refused with the format expected, YYYY-MM-DD. */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLDate.toConfig(),
  parseValue(value: unknown) {
    return parseDate(value, String(value));
  },
  parseLiteral(ast: ValueNode) {
    return parseDate(ast.kind === Kind.STRING ? ast.value : undefined, literalText(ast));
  },
});

function parseDate(value: unknown, shown: string): Date {
  if (typeof value === "string" && DATE_PATTERN.test(value)) {
    const date = new Date(`${value}T00:00:00.000Z`);
    // Rejects days that do not exist (2017-02-30 would roll over to March).
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) {
      return date;
    }
  }
  // A plain error: graphql-js then says which variable, or (src/http) which argument, it was given for.
  throw new TypeError(`"${shown}" is not a date; expected YYYY-MM-DD, e.g. 2017-04-30.`);
}

/** ISO 3166-1 alpha-2, in any case: "la" is read as "LA", as /export already did. */
export const CountryCodeScalar = new GraphQLScalarType({
  ...CountryCodeResolver.toConfig(),
  parseValue(value: unknown) {
    return CountryCodeResolver.parseValue(typeof value === "string" ? value.toUpperCase() : value);
  },
  parseLiteral(ast: ValueNode) {
    return CountryCodeResolver.parseLiteral(
      ast.kind === Kind.STRING ? { ...ast, value: ast.value.toUpperCase() } : ast,
    );
  },
});
