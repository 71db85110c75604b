import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConnectionConfig } from "../config/config";

export function createDriver(config: Neo4jConnectionConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    connectionTimeout: config.connectionTimeoutMs,
    maxTransactionRetryTime: config.maxRetryTimeMs,
    // Integers beyond 2^53 do not occur in this graph; plain numbers keep mappers simple.
    disableLosslessIntegers: true,
    userAgent: "vn-relations-graph",
  });
}
