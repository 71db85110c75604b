import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConnectionConfig } from "../config/config";

const LIVENESS_CHECK_AFTER_IDLE_MS = 2_000;

export function createDriver(config: Neo4jConnectionConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    connectionTimeout: config.connectionTimeoutMs,
    maxTransactionRetryTime: config.maxRetryTimeMs,
    // A pooled connection idle this long is checked (one RESET) before it is lent. After Neo4j
    // restarts, every pooled connection is dead; unchecked, each request would meet one, fail,
    // and wait through the driver's retries. Under load connections are never idle this long.
    connectionLivenessCheckTimeout: LIVENESS_CHECK_AFTER_IDLE_MS,
    // Integers beyond 2^53 do not occur in this graph; plain numbers keep mappers simple.
    disableLosslessIntegers: true,
    userAgent: "vn-relations-graph",
  });
}
