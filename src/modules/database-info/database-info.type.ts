import { NonNegativeIntResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "The Neo4j server and database this API reads from." })
export class DatabaseInfo {
  @Field({ description: 'Product name reported by the server, e.g. "Neo4j Kernel".' })
  name!: string;

  @Field({ description: 'Server edition: "community" or "enterprise".' })
  edition!: string;

  @Field({ description: 'Neo4j server version, e.g. "5.26.30".' })
  version!: string;

  @Field({ description: "Name of the database the API uses." })
  database!: string;

  @Field(() => NonNegativeIntResolver, { description: "Number of nodes in the database." })
  nodeCount!: number;

  @Field(() => NonNegativeIntResolver, { description: "Number of relationships in the database." })
  relationshipCount!: number;
}
