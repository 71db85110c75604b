import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { rateLimit } from "express-rate-limit";
import {
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  isEnumType,
  printSchema,
  type ValidationRule,
} from "graphql";
import helmet from "helmet";
import { authenticate } from "../auth/access";
import type { User } from "../auth/tokens";
import { type AuthConfig, defaultHttpLimits, type HttpLimits, type TrustProxy } from "../config/config";
import { type Context, createContext } from "../context/context";
import type { Neo4jExecutor, RequestScope } from "../db/executor";
import { DatabaseHealth, RETRY_AFTER_SECONDS } from "../db/health";
import { argumentPathAt } from "../graphql/argument-path";
import { guardRules } from "../graphql/guards";
import { exportRouter } from "../modules/export/export.router";
import { AppError, ErrorCode } from "../shared/errors";
import type { Logger } from "../shared/logger";
import { admission } from "./admission";
import { explorerRouter } from "./explorer.router";
import { errorHandler, notFound, sendError } from "./http-errors";
import { warmUp } from "./warm-up";

export interface HttpServerOptions {
  host: string;
  port: number;
  /** Tokens and read access; without it no token is valid and reading is open. */
  auth?: AuthConfig;
  schema: GraphQLSchema;
  executor: Neo4jExecutor;
  logger: Logger;
  /**
   * Rejects a request that may not read the graph (the export endpoint) and names who asks (null:
   * anonymous); absent, the request's bearer token decides as on /graphql.
   */
  authorizeRead?: (req: express.Request) => Promise<User | null | undefined>;
  /** Stack traces in error answers (NODE_ENV=development); off by default. */
  development?: boolean;
  /** Whether introspection queries are answered; the pages work without (GRAPHQL_INTROSPECTION). */
  introspection?: boolean;
  /** Express's `trust proxy` (TRUST_PROXY): who may name the client in X-Forwarded-For; off by default. */
  trustProxy?: TrustProxy;
  /** Deadlines, admission, rate limit, export cap, server timeouts; the documented defaults otherwise. */
  limits?: Partial<HttpLimits>;
}

export interface RunningHttpServer {
  url: string;
  /** The database's circuit breaker and readiness. */
  health: DatabaseHealth;
  /** Fails readiness, stops taking requests, lets in-flight ones finish, then closes. */
  stop(): Promise<void>;
}

/** The paths the server answers and their methods: anything else gets 404, or 405 on a known path. */
const ROUTES: Record<string, string[]> = {
  "/health": ["GET"],
  "/ready": ["GET"],
  "/schema.graphql": ["GET"],
  "/export": ["GET"],
  "/graphql": ["GET", "POST"],
  "/": ["GET"],
};

/** Express carries the GraphQL endpoint, the two probes an orchestrator needs, and the browser pages. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { executor, logger } = options;
  const auth = options.auth ?? { jwtSecret: null, readRequiresToken: false, tokenMaxAgeSeconds: 0 };
  const limits = { ...defaultHttpLimits(), ...options.limits };
  const development = options.development ?? false;
  const app = express();
  // Express's own "X-Powered-By" tells an attacker the stack and a client nothing.
  app.disable("x-powered-by");
  // Behind a proxy every request comes from the proxy's address: trusting it lets the rate limit
  // key on the client it names instead of limiting all clients as one.
  app.set("trust proxy", options.trustProxy ?? false);
  const httpServer = createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
    },
    app,
  );
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    validationRules: [...guardRules(), noSubscriptions],
    formatError: (formatted, error) => formatError(formatted, error, options.schema, logger),
    includeStacktraceInErrorResponses: development,
    introspection: options.introspection ?? true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads its Sandbox from a CDN; we serve GraphiQL ourselves.
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints, and the default cache-control plugin wraps every field's
      // resolver to compute them: a cost on every field of every answer, for nothing.
      ApolloServerPluginCacheControlDisabled(),
      statusOfErrors(),
    ],
    // Shutdown is ours (src/index.ts): Apollo must not race it with its own signal handlers.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const health = new DatabaseHealth(executor, { logger, warmUp: warmUp(options.schema, executor, logger) });
  health.start();

  app.use(securityHeaders());

  // Liveness: the process answers. Says nothing about the database, so it never causes a restart loop.
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });

  // Readiness: a real read answers within a short timeout and the query plans are warm. Says
  // nothing of where the database is: that is for the operator's logs, not for anonymous callers.
  app.get("/ready", async (_req, res) => {
    const readiness = await health.readiness();
    if (readiness.ready) {
      res.json({ status: "ready" });
      return;
    }
    res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
    res.status(503).json({ status: "unavailable", reason: readiness.reason });
  });

  if (limits.rateLimitPerMinute > 0) {
    app.use(
      rateLimit({
        windowMs: 60_000,
        limit: limits.rateLimitPerMinute,
        standardHeaders: "draft-8",
        legacyHeaders: false,
        // Any client can send X-Forwarded-For; the library's check would print a stack trace to stderr
        // for each. Whether to believe the header is TRUST_PROXY's decision (docs/operations.md).
        validate: { xForwardedForHeader: false },
        handler: (_req, res) =>
          sendError(
            res,
            429,
            "RATE_LIMITED",
            `More than ${limits.rateLimitPerMinute} requests a minute from this client; slow down.`,
          ),
      }),
    );
  }

  // The SDL, for GraphiQL and any client when introspection is off (GRAPHQL_INTROSPECTION=false).
  const sdl = printSchema(options.schema);
  app.get("/schema.graphql", (_req, res) => {
    res.type("text/plain; charset=utf-8").send(sdl);
  });

  // GET /export: the graph as GraphML, CSV or JSON, streamed (src/modules/export).
  // The export endpoint reads as /graphql does: the same token rules (AUTH_READ_REQUIRES_TOKEN).
  const authorizeRead =
    options.authorizeRead ?? (async (req: express.Request) => authenticate(req.headers.authorization, auth));
  app.use(
    exportRouter({
      executor,
      logger,
      authorizeRead,
      maxConcurrent: limits.maxConcurrentExports,
      maxAnonymous: limits.maxAnonymousExports,
    }),
  );

  // The network explorer at / and GraphiQL on GET /graphql from a browser (src/explorer, built by npm run build).
  // The pages' scripts are files: anything but a read gets the 405 of the error shape, not serve-static's empty one.
  app.use("/explorer", (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") {
      next();
      return;
    }
    res.setHeader("Allow", "GET, HEAD");
    sendError(res, 405, "METHOD_NOT_ALLOWED", "The explorer's files can only be read.");
  });
  app.use(explorerRouter());

  app.use(
    "/graphql",
    (req, res, next) => {
      if (req.method !== "GET" && req.method !== "POST") {
        notFound(ROUTES)(req, res);
        return;
      }
      // The deadline counts from arrival: time in the queue is the client's time too.
      res.locals.deadline = Date.now() + limits.requestDeadlineMs;
      // While the database is away, answer at once rather than wait in the queue for a failure.
      if (!health.isAvailable) {
        res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
        sendError(
          res,
          503,
          ErrorCode.DATABASE_UNAVAILABLE,
          "The database cannot be reached; try again shortly.",
        );
        return;
      }
      try {
        res.locals.user = authenticate(req.headers.authorization, auth);
      } catch (error) {
        sendCredentialError(res, error);
        return;
      }
      next();
    },
    admission({
      maxConcurrent: limits.maxConcurrentRequests,
      maxQueued: limits.maxQueuedRequests,
      maxWaitMs: limits.requestDeadlineMs,
    }),
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        createContext(executor, (res.locals.user as User | null) ?? null, requestScope(res), logger),
    }),
  );

  app.use(notFound(ROUTES));
  app.use(errorHandler(logger, development));

  try {
    await listen(httpServer, options.host, options.port);
  } catch (error) {
    health.beginShutdown();
    await apollo.stop();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host === "0.0.0.0" ? "localhost" : options.host}:${port}`;
  const stop = async () => {
    health.beginShutdown();
    await apollo.stop();
  };
  return { url, health, stop };
}

/**
 * The request's bounds: its deadline, and a signal that aborts when the deadline passes or the
 * client disconnects, which ends the request's Neo4j transactions.
 */
function requestScope(res: express.Response): RequestScope {
  const deadline = res.locals.deadline as number;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(0, deadline - Date.now()));
  res.once("close", () => {
    clearTimeout(timer);
    if (!res.writableFinished) {
      controller.abort();
    }
  });
  return { deadline, signal: controller.signal };
}

function sendCredentialError(res: express.Response, error: unknown): void {
  if (!(error instanceof AppError)) {
    throw error;
  }
  res.setHeader("WWW-Authenticate", 'Bearer realm="vn-relations-graph"');
  sendError(res, 401, error.code, error.message, { reason: error.extensions.reason });
}

/**
 * Helmet's headers on every answer: nosniff, no framing by other sites, and a Content-Security-Policy
 * that the pages fit: scripts and styles from this server only (GraphiQL's fonts are data: URIs),
 * plus the explorer's one inline `onsubmit="return false"`, allowed by its hash alone.
 */
function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        "frame-ancestors": ["'none'"],
        "script-src-attr": ["'unsafe-hashes'", `'sha256-${sha256("return false")}'`],
        // The server speaks plain HTTP on 127.0.0.1 by default; upgrading would break its own pages.
        "upgrade-insecure-requests": null,
      },
    },
    frameguard: { action: "deny" },
    // No HSTS: TLS is the proxy's, which knows whether it serves HTTPS.
    strictTransportSecurity: false,
  });
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("base64");
}

/**
 * HTTP statuses from the errors of a GraphQL answer: 503 with Retry-After when the database is
 * away, 504 when the request ran out of time, so that load balancers and clients can act on them.
 */
function statusOfErrors(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          const codes = new Set((errors ?? []).map((error) => error.extensions?.code));
          if (codes.has(ErrorCode.DATABASE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          } else if (codes.has(ErrorCode.DEADLINE_EXCEEDED)) {
            response.http.status = 504;
          }
        },
      };
    },
  };
}

/**
 * The schema has no Subscription type; graphql-js only finds out when it executes, and reports it as
 * an execution error. Refused while validating instead, as the client's mistake it is.
 */
const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === "subscription") {
      context.reportError(
        new GraphQLError("This API has no subscriptions; ask with a query.", { nodes: [node] }),
      );
    }
  },
});

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`HTTP port ${port} on ${host} is already in use; free it or set PORT.`)
          : error,
      );
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

/** Codes a client may see as they are: Apollo's own and ours. Anything else is an internal error. */
const PUBLIC_CODES = new Set([
  ...Object.values(ErrorCode),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * What a client sees of an error: a guard's own code (Apollo files guard rejections under
 * GRAPHQL_VALIDATION_FAILED), our AppErrors as they are, and for anything unexpected a generic
 * message, the details going to the log.
 */
function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  schema: GraphQLSchema,
  logger: Logger,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const guardCode =
    error instanceof GraphQLError && error.originalError instanceof GraphQLError
      ? error.originalError.extensions.code
      : undefined;
  if (formatted.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && typeof guardCode === "string") {
    return { ...formatted, extensions: { ...formatted.extensions, code: guardCode } };
  }
  const badArgument =
    formatted.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && badArgumentValue(formatted.message, schema);
  if (badArgument) {
    const start = error instanceof GraphQLError ? error.nodes?.[0]?.loc?.start : undefined;
    const argument =
      error instanceof GraphQLError && error.source && start !== undefined
        ? argumentPathAt(error.source.body, start)
        : null;
    return {
      ...formatted,
      message: argument ? `Argument "${argument}": ${badArgument}` : badArgument,
      extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && PUBLIC_CODES.has(code)) {
    return formatted;
  }
  // Apollo refuses some requests (a persisted query's version or hash) with a 4xx and no code of
  // its own: a client's mistake, answered as BAD_REQUEST and not logged as an internal error.
  if (clientStatusOf(error) !== null) {
    return { message: formatted.message, extensions: { code: "BAD_REQUEST" } };
  }
  logger.error({ err: original }, "unexpected error while answering a request");
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

function clientStatusOf(error: unknown): number | null {
  const status =
    error instanceof GraphQLError
      ? (error.extensions.http as { status?: unknown } | undefined)?.status
      : undefined;
  return typeof status === "number" && status >= 400 && status < 500 ? status : null;
}

/**
 * graphql-js reports a wrongly typed argument value as a validation failure; to a client it is bad
 * input, so it gets BAD_USER_INPUT, and an unknown enum value gets the list of accepted values.
 */
function badArgumentValue(message: string, schema: GraphQLSchema): string | null {
  const unknownEnumValue = /^Value "[^"]*" does not exist in "(\w+)" enum/.exec(message);
  if (unknownEnumValue?.[1]) {
    const type = schema.getType(unknownEnumValue[1]);
    const accepted = isEnumType(type) ? type.getValues().map((value) => value.name) : [];
    return `${message.split(". Did you mean")[0]?.replace(/\.$/, "")}. Accepted values: ${accepted.join(", ")}.`;
  }
  return /^(Expected value of type|Enum "\w+" cannot represent|Int cannot represent|Float cannot represent|String cannot represent|ID cannot represent|Boolean cannot represent)/.test(
    message,
  )
    ? message
    : null;
}
