import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import express from "express";
import { mayKnowEditors, redactEditors } from "../../auth/access";
import type { User } from "../../auth/tokens";
import type { ReadExecutor } from "../../db/executor";
import { AppError, ErrorCode } from "../../shared/errors";
import type { Logger } from "../../shared/logger";
import { checkIds } from "../whole-graph/id-check";
import { ExportRepository } from "./export.repository";
import { type ExportFilter, parseExportFilter } from "./export-filter";
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportFormatName } from "./export-formats";
import type { ExportNode } from "./exported-graph";

export interface ExportRouterOptions {
  executor: ReadExecutor;
  logger: Logger;
  /**
   * Rejects (with an AppError, e.g. UNAUTHENTICATED) a request that may not read the graph, and
   * names who asks: null or undefined for an anonymous reader.
   */
  authorizeRead: (req: express.Request) => Promise<User | null | undefined>;
  /** Exports running at once; each is a long transaction, so few. */
  maxConcurrent: number;
  /** Of those, how many may be anonymous (0: exporting needs a token). */
  maxAnonymous: number;
}

const PARAMETERS = ["format", "province", "country", "from", "to", "rollUpMerged"];

/** The HTTP status of an error code; other codes get the status of the step that failed. */
const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.DATABASE_TIMEOUT]: 504,
};

/** Seconds a client refused for the export cap is told to wait. */
const RETRY_AFTER_SECONDS = 30;

/**
 * `GET /export?format=graphml|csv-nodes|csv-edges|json&province=&rollUpMerged=&country=&from=&to=`:
 * the export of src/modules/export over HTTP, streamed as Neo4j returns it, with the same filters and
 * the same read access as the GraphQL API. At most maxConcurrent exports run at once
 * (maxAnonymous of them without a token); another gets 503 TOO_MANY_EXPORTS with Retry-After.
 * Editors' identities in the audit trail (the JSON dump) are redacted for anonymous readers.
 * Errors before the first byte are JSON in the GraphQL error shape,
 * `{errors: [{message, extensions: {code}}]}`; a failure once streaming has begun cuts the connection, so a client
 * never takes a truncated file for a whole one.
 */
export function exportRouter(options: ExportRouterOptions): express.Router {
  const { logger } = options;
  const repository = new ExportRepository(options.executor);
  const router = express.Router();

  const running = { all: 0, anonymous: 0 };

  router.get("/export", async (req, res) => {
    let user: User | null;
    try {
      user = (await options.authorizeRead(req)) ?? null;
    } catch (error) {
      sendError(res, logger, error, 401);
      return;
    }
    let request: { format: ExportFormatName; filter: ExportFilter };
    try {
      request = parseQuery(req.query);
      // An unknown province would export an empty file; it is refused with the closest ids instead.
      await checkIds(options.executor, [
        { argument: "province", ids: [request.filter.province], types: ["Province"] },
      ]);
    } catch (error) {
      sendError(res, logger, error, 400);
      return;
    }
    const anonymous = !mayKnowEditors(user);
    if (running.all >= options.maxConcurrent || (anonymous && running.anonymous >= options.maxAnonymous)) {
      res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      const message =
        anonymous && options.maxAnonymous === 0
          ? "Exporting needs a bearer token on this server."
          : "Too many exports are running; try again shortly.";
      sendError(res, logger, new AppError(ErrorCode.TOO_MANY_EXPORTS, message), 503);
      return;
    }
    running.all += 1;
    running.anonymous += anonymous ? 1 : 0;
    res.once("close", () => {
      running.all -= 1;
      running.anonymous -= anonymous ? 1 : 0;
    });
    const format = EXPORT_FORMATS[request.format];
    try {
      await repository.export(
        request.filter,
        async (graph) => {
          // attachment() sets a type from the file name: ours follows it.
          res.status(200).attachment(fileName(request.filter, format.fileSuffix)).type(format.contentType);
          const shown = { ...graph, nodes: withEditorsRedacted(graph.nodes, user) };
          await pipeline(Readable.from(format.write(shown)), res);
        },
        { history: format.history },
      );
    } catch (error) {
      if (res.headersSent || res.destroyed) {
        logger.warn({ err: error }, "export stopped while streaming");
        return;
      }
      sendError(res, logger, error, 500);
    }
  });
  return router;
}

/** The query string, checked: each parameter at most once, no unknown one, values as parseExportFilter wants. */
function parseQuery(query: express.Request["query"]): { format: ExportFormatName; filter: ExportFilter } {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!PARAMETERS.includes(name)) {
      throw badInput(`Unknown parameter "${name}"; the parameters are ${PARAMETERS.join(", ")}`);
    }
    if (typeof value !== "string") {
      throw badInput(`${name} must be given once, as a plain value`);
    }
    values[name] = value;
  }
  const { format, rollUpMerged, ...filter } = values;
  if (!EXPORT_FORMAT_NAMES.includes(format as ExportFormatName)) {
    throw badInput(
      `format must be one of ${EXPORT_FORMAT_NAMES.join(", ")}${format === undefined ? "" : ` (got "${format}")`}`,
    );
  }
  if (rollUpMerged !== undefined && rollUpMerged !== "true" && rollUpMerged !== "false") {
    throw badInput(`rollUpMerged must be true or false (got "${rollUpMerged}")`);
  }
  return {
    format: format as ExportFormatName,
    filter: parseExportFilter({ ...filter, rollUpMerged: rollUpMerged === "true" }),
  };
}

/** e.g. vn-relations-graph-son-la-LA-from-2017-01-01.graphml */
function fileName(filter: ExportFilter, suffix: string): string {
  const parts = [
    "vn-relations-graph",
    filter.province?.replace(/^province:/, ""),
    filter.rollUpMerged && filter.province ? "rolled-up" : null,
    filter.country,
    filter.from && `from-${filter.from}`,
    filter.to && `to-${filter.to}`,
  ];
  return `${parts.filter(Boolean).join("-")}${suffix}`;
}

/** Editors' identities (a change's `by`, a record's `retiredBy`, ...) replaced by "redacted"; the rest as it is. */
async function* withEditorsRedacted(
  nodes: AsyncIterable<ExportNode>,
  user: User | null,
): AsyncIterable<ExportNode> {
  for await (const node of nodes) {
    yield { ...node, properties: redactEditors(node.properties, user) };
  }
}

/** An AppError as it is, with the status of its code (or the one given); anything else as a bare 500. */
function sendError(res: express.Response, logger: Logger, error: unknown, fallbackStatus: number): void {
  if (error instanceof AppError) {
    const code = String(error.extensions.code);
    const extensions =
      error.extensions.reason === undefined ? { code } : { code, reason: error.extensions.reason };
    res.status(STATUS[code] ?? fallbackStatus).json({ errors: [{ message: error.message, extensions }] });
    return;
  }
  logger.error({ err: error }, "unexpected error while answering an export request");
  res
    .status(500)
    .json({ errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
}

function badInput(message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message);
}
