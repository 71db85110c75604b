import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { DatabaseInfoResolver } from "../modules/database-info/database-info.resolver";

/** The whole GraphQL schema, built from the resolver classes (code first). */
export function buildGraphQLSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [DatabaseInfoResolver],
    validate: false,
  });
}

/** The schema as SDL, sorted so that a diff shows only real changes. */
export function printGraphQLSchema(): string {
  const header =
    "# Emitted from the code by `npm run schema:emit`; do not edit. A test fails when it is stale.\n\n";
  return `${header}${printSchema(lexicographicSortSchema(buildGraphQLSchema()))}\n`;
}
