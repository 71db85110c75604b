import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema, isEnumType } from "graphql";
import { authenticate } from "../auth/access";
import type { AuthConfig } from "../config/config";
import { type Context, createContext } from "../context/context";
import type { Neo4jExecutor } from "../db/executor";
import { argumentPathAt } from "../graphql/argument-path";
import { guardRules } from "../graphql/guards";
import { exportRouter } from "../modules/export/export.router";
import { ErrorCode } from "../shared/errors";
import type { Logger } from "../shared/logger";
import { explorerRouter } from "./explorer.router";

export interface HttpServerOptions {
  host: string;
  port: number;
  /** Tokens and read access; without it no token is valid and reading is open. */
  auth?: AuthConfig;
  schema: GraphQLSchema;
  executor: Neo4jExecutor;
  logger: Logger;
  /** Rejects a request that may not read the graph (the export endpoint); absent, every request may. */
  authorizeRead?: (req: express.Request) => Promise<void>;
}

export interface RunningHttpServer {
  url: string;
  /** Stops taking requests, lets in-flight ones finish, then closes. */
  stop(): Promise<void>;
}

/** Express carries the GraphQL endpoint, the two probes an orchestrator needs, and the browser pages. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { executor, logger } = options;
  const auth = options.auth ?? { jwtSecret: null, readRequiresToken: false };
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    validationRules: guardRules(),
    formatError: (formatted, error) => formatError(formatted, error, options.schema, logger),
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads its Sandbox from a CDN; we serve GraphiQL ourselves.
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints, and the default cache-control plugin wraps every field's
      // resolver to compute them: a cost on every field of every answer, for nothing.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // Shutdown is ours (src/index.ts): Apollo must not race it with its own signal handlers.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  // Liveness: the process answers. Says nothing about the database, so it never causes a restart loop.
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });

  // Readiness: Neo4j answers now (start-up already applied the schema before the server listened).
  app.get("/ready", async (_req, res) => {
    try {
      const server = await executor.verifyConnectivity();
      res.json({ status: "ready", neo4j: server.address, database: executor.database });
    } catch (error) {
      logger.warn({ err: error }, "readiness check failed");
      res
        .status(503)
        .json({ status: "unavailable", reason: error instanceof Error ? error.message : String(error) });
    }
  });

  // GET /export: the graph as GraphML, CSV or JSON, streamed (src/modules/export).
  // The export endpoint reads as /graphql does: the same token rules (AUTH_READ_REQUIRES_TOKEN).
  const authorizeRead =
    options.authorizeRead ??
    (async (req: express.Request) => {
      authenticate(req.headers.authorization, auth);
    });
  app.use(exportRouter({ executor, logger, authorizeRead }));

  // The network explorer at / and GraphiQL on GET /graphql from a browser (src/explorer, built by npm run build).
  app.use(explorerRouter());

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(executor, authenticate(req.headers.authorization, auth)),
    }),
  );

  try {
    await listen(httpServer, options.host, options.port);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host === "0.0.0.0" ? "localhost" : options.host}:${port}`;
  return { url, stop: () => apollo.stop() };
}

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
  logger.error({ err: original }, "unexpected error while answering a request");
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
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
