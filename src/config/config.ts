import { z } from "zod";

/**
 * Every setting the project reads from the environment, validated in one place.
 * A bad value stops start-up with a message naming the variable.
 */

const NEO4J_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

const port = z.coerce.number().int().min(1).max(65535);
// PORT=0 lets the system pick a free port (the server prints the one it got).
const httpPort = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const nonNegativeInt = z.coerce.number().int().min(0);

const environment = z.object({
  NEO4J_URI: z
    .string()
    .trim()
    .min(1)
    .refine((value) => NEO4J_SCHEMES.includes(value.split("://")[0] ?? "") && value.includes("://"), {
      message: `must be a URI with one of the schemes ${NEO4J_SCHEMES.join(", ")} (e.g. neo4j+s://xxxx.databases.neo4j.io)`,
    })
    .optional(),
  NEO4J_USERNAME: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{2,62}$/,
      "must be a Neo4j database name (lower-case letters, digits, . and -)",
    )
    .default("neo4j"),
  NEO4J_TRANSACTION_TIMEOUT_MS: positiveInt.default(15_000),
  NEO4J_MAINTENANCE_TIMEOUT_MS: positiveInt.default(600_000),
  NEO4J_CONNECTION_TIMEOUT_MS: positiveInt.default(10_000),
  NEO4J_MAX_RETRY_TIME_MS: positiveInt.default(5_000),

  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: httpPort.default(4000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  LOCAL_NEO4J_PORT: port.default(7687),
  LOCAL_NEO4J_DATA_DIR: z.string().min(1).default(".neo4j/data"),
  LOCAL_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/i, 'must be a JVM size such as "512m" or "2g"')
    .default("1g"),
  LOCAL_NEO4J_PAGECACHE_MB: positiveInt.default(512),
  LOCAL_NEO4J_START_TIMEOUT_MS: positiveInt.default(120_000),
  LOCAL_NEO4J_MAVEN_SETTINGS: z.string().min(1).optional(),

  AUTH_JWT_SECRET: z.string().min(32, "must be at least 32 characters (a random secret)").optional(),
  AUTH_READ_REQUIRES_TOKEN: z.enum(["true", "false"]).default("false"),
  AUTH_TOKEN_MAX_AGE_SECONDS: positiveInt.default(30 * 24 * 3600),

  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  GRAPHQL_INTROSPECTION: z.enum(["true", "false"]).default("true"),
  REQUEST_DEADLINE_MS: positiveInt.default(10_000),
  MAX_CONCURRENT_REQUESTS: positiveInt.default(16),
  MAX_QUEUED_REQUESTS: nonNegativeInt.default(256),
  RATE_LIMIT_PER_MINUTE: nonNegativeInt.default(600),
  MAX_CONCURRENT_EXPORTS: positiveInt.default(2),
  MAX_ANONYMOUS_EXPORTS: nonNegativeInt.default(1),
  HTTP_REQUEST_TIMEOUT_MS: positiveInt.default(30_000),
  HTTP_HEADERS_TIMEOUT_MS: positiveInt.default(10_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: positiveInt.default(5_000),
  TRUST_PROXY: z
    .string()
    .trim()
    .default("false")
    .refine((value) => value !== "true", {
      message:
        'must name the proxies (addresses, subnets, "loopback") or their number of hops: "true" would let any client choose its address by sending X-Forwarded-For',
    })
    .transform(trustProxy),
});

/**
 * Express's `trust proxy`: false (off), a number of proxy hops, or the proxies' addresses and subnets
 * (comma-separated; "loopback", "linklocal", "uniquelocal" as Express names them).
 */
export type TrustProxy = false | number | string[];

function trustProxy(value: string): TrustProxy {
  if (value === "false" || value === "") {
    return false;
  }
  if (/^\d+$/.test(value)) {
    return Number(value);
  }
  return value
    .split(",")
    .map((address) => address.trim())
    .filter((address) => address.length > 0);
}

export interface Neo4jConnectionConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Bounds each request's transaction. */
  transactionTimeoutMs: number;
  /** Bounds each maintenance transaction (schema, seed load): long on a cold or busy machine. */
  maintenanceTimeoutMs: number;
  connectionTimeoutMs: number;
  /** How long a transaction is retried on a transient failure, e.g. a cluster leader switch. */
  maxRetryTimeMs: number;
}

export interface AuthConfig {
  /** Signs and checks bearer tokens (HS256); without it no token is valid, so nothing can be written. */
  jwtSecret: string | null;
  /** Whether reading needs a token too (any role). */
  readRequiresToken: boolean;
  /** The longest life a token may have (exp - iat); a token without exp is refused. */
  tokenMaxAgeSeconds: number;
}

/** How the HTTP server protects itself and its database from load (docs/operations.md). */
export interface HttpLimits {
  /** Server-side deadline of one request; its Neo4j transactions are cut at it. */
  requestDeadlineMs: number;
  /** GraphQL requests run at once; the rest wait in a queue of maxQueuedRequests, then get 503. */
  maxConcurrentRequests: number;
  maxQueuedRequests: number;
  /** Requests per minute per client address; 0 turns the limit off. */
  rateLimitPerMinute: number;
  maxConcurrentExports: number;
  /** Of those, how many may be anonymous; 0 means exports need a token. */
  maxAnonymousExports: number;
  /** Node's server timeouts: the whole request, its headers, an idle keep-alive connection. */
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
}

export interface HttpConfig {
  host: string;
  port: number;
  /** NODE_ENV=development: stack traces in error answers. Nowhere else. */
  development: boolean;
  /** Whether the schema answers introspection queries (the pages work without it). */
  introspection: boolean;
  /** Which proxies' X-Forwarded-For names the client (the rate limit's key); false: none. */
  trustProxy: TrustProxy;
  limits: HttpLimits;
}

export interface Config {
  /** The user's own Neo4j; when absent the project runs its built-in local Neo4j. */
  externalNeo4j: boolean;
  neo4j: Neo4jConnectionConfig;
  http: HttpConfig;
  auth: AuthConfig;
  logLevel: z.infer<typeof environment>["LOG_LEVEL"];
  localNeo4j: {
    port: number;
    dataDir: string;
    heap: string;
    pageCacheMiB: number;
    startTimeoutMs: number;
    mavenSettings?: string;
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const localUri = `bolt://127.0.0.1:${e.LOCAL_NEO4J_PORT}`;
  return {
    externalNeo4j: e.NEO4J_URI !== undefined,
    neo4j: {
      uri: e.NEO4J_URI ?? localUri,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      transactionTimeoutMs: e.NEO4J_TRANSACTION_TIMEOUT_MS,
      maintenanceTimeoutMs: e.NEO4J_MAINTENANCE_TIMEOUT_MS,
      connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
      maxRetryTimeMs: e.NEO4J_MAX_RETRY_TIME_MS,
    },
    http: {
      host: e.HOST,
      port: e.PORT,
      development: e.NODE_ENV === "development",
      introspection: e.GRAPHQL_INTROSPECTION === "true",
      trustProxy: e.TRUST_PROXY,
      limits: {
        requestDeadlineMs: e.REQUEST_DEADLINE_MS,
        maxConcurrentRequests: e.MAX_CONCURRENT_REQUESTS,
        maxQueuedRequests: e.MAX_QUEUED_REQUESTS,
        rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
        maxConcurrentExports: e.MAX_CONCURRENT_EXPORTS,
        maxAnonymousExports: e.MAX_ANONYMOUS_EXPORTS,
        requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
        headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
        keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      },
    },
    auth: {
      jwtSecret: e.AUTH_JWT_SECRET ?? null,
      readRequiresToken: e.AUTH_READ_REQUIRES_TOKEN === "true",
      tokenMaxAgeSeconds: e.AUTH_TOKEN_MAX_AGE_SECONDS,
    },
    logLevel: e.LOG_LEVEL,
    localNeo4j: {
      port: e.LOCAL_NEO4J_PORT,
      dataDir: e.LOCAL_NEO4J_DATA_DIR,
      heap: e.LOCAL_NEO4J_HEAP,
      pageCacheMiB: e.LOCAL_NEO4J_PAGECACHE_MB,
      startTimeoutMs: e.LOCAL_NEO4J_START_TIMEOUT_MS,
      mavenSettings: e.LOCAL_NEO4J_MAVEN_SETTINGS,
    },
  };
}

/** The limits a server gets when none are given (tests, benchmarks): the documented defaults. */
export function defaultHttpLimits(): HttpLimits {
  return loadConfig({}).http.limits;
}

/** `FOO=` in a shell or .env file means "not set", not "set to nothing". */
function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "",
    ),
  );
}
