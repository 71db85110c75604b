import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import { type BenchServer, startApolloServer } from "../servers";
import { PEER_TYPE_DEFS } from "./type-defs";

/** `@neo4j/graphql` over the same database, served by Apollo Server 5 over Express as ours is. */
export async function startPeerServer(options: {
  driver: Driver;
  database: string;
  host: string;
  port: number;
}): Promise<BenchServer> {
  const library = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: options.driver });
  const schema = await library.getSchema();
  return startApolloServer({
    schema,
    // Name the database, as our executor does, so no request asks the server for its default.
    context: async () => ({ sessionConfig: { database: options.database } }),
    host: options.host,
    port: options.port,
  });
}
