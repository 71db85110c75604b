import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import { type BenchServer, startApolloServer } from "../servers";
import { PEER_TYPE_DEFS } from "./type-defs";

/** `@neo4j/graphql` over the same database, served by Apollo Server 5 over Express as ours is. */
export async function startPeerServer(options: {
  driver: Driver;
  database: string;
  transactionTimeoutMs: number;
  host: string;
  port: number;
}): Promise<BenchServer> {
  const library = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: options.driver });
  const schema = await library.getSchema();
  return startApolloServer({
    schema,
    // Name the database, as our executor does, so no request asks the server for its default; the
    // transaction config is the library's (7.x) way to give each request's transaction a timeout.
    context: async () => ({
      sessionConfig: { database: options.database },
      transaction: { timeout: options.transactionTimeoutMs },
    }),
    host: options.host,
    port: options.port,
  });
}
