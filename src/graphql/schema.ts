import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { DatabaseInfoResolver } from "../modules/database-info/database-info.resolver";

/** The whole GraphQL schema, built from the resolver classes (code first). */
export function buildGraphQLSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [DatabaseInfoResolver],
    validate: false,
  });
}
