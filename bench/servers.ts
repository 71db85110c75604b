import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";

/** A server of one way of asking: where to send requests, and how to stop it. */
export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

export function listen(app: express.Express, host: string, port: number, path: string): Promise<BenchServer> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${bound}${path}`,
        stop: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** A schema served by Apollo Server 5 over Express 5, as src/http/server.ts serves ours. */
export async function startApolloServer(options: {
  schema: GraphQLSchema;
  context: () => Promise<Record<string, unknown>>;
  host: string;
  port: number;
}): Promise<BenchServer> {
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    // The plugins our server runs (src/http/server.ts), so that both are served alike.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled()],
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: options.context }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://${options.host}:${port}/graphql`, stop: () => apollo.stop() };
}
