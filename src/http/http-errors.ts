import type { NextFunction, Request, Response } from "express";
import type { Logger } from "../shared/logger";

/**
 * One shape for every error the HTTP layer answers itself, the GraphQL one:
 * `{"errors":[{"message":..., "extensions":{"code":...}}]}`, so a client reads one format whatever
 * refused its request (body parsing, routing, load shedding, the rate limit, authentication).
 */
export function sendError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** What body-parser's error types mean to a client. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  "entity.parse.failed": {
    status: 400,
    code: "BAD_JSON",
    message:
      'The request body must be a JSON object such as {"query": "..."}; it is not valid JSON, or a bare value.',
  },
  "entity.too.large": {
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    message: "The request body is larger than this server accepts (1 MB).",
  },
  "charset.unsupported": {
    status: 415,
    code: "UNSUPPORTED_CHARSET",
    message: "The request body must be UTF-8 (Content-Type: application/json; charset=utf-8).",
  },
  "encoding.unsupported": {
    status: 415,
    code: "UNSUPPORTED_ENCODING",
    message: "The request body's Content-Encoding is not supported; send it plain, gzip or deflate.",
  },
  "request.aborted": {
    status: 400,
    code: "REQUEST_ABORTED",
    message: "The client aborted the request body.",
  },
  "request.size.invalid": {
    status: 400,
    code: "BAD_REQUEST",
    message: "The request body's length does not match its Content-Length.",
  },
};

/**
 * Express's last error handler: a client's mistake gets its status and code, logged as one info line
 * (never the body); anything else is a 500 INTERNAL_SERVER_ERROR logged as an error. Stack traces and
 * paths reach a client only in development mode.
 */
export function errorHandler(logger: Logger, development: boolean) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const type = (error as { type?: unknown }).type;
    const known = typeof type === "string" ? BODY_ERRORS[type] : undefined;
    const status = (error as { status?: unknown }).status;
    const clientError = known ?? clientStatus(status);
    const where = { method: req.method, path: req.path };
    if (res.headersSent) {
      logger.warn({ ...where, err: error }, "request failed after its answer had begun");
      res.destroy();
      return;
    }
    if (clientError) {
      logger.info({ ...where, status: clientError.status, code: clientError.code }, "request refused");
      sendError(res, clientError.status, clientError.code, clientError.message);
      return;
    }
    logger.error({ ...where, err: error }, "unexpected error while answering a request");
    const details = development && error instanceof Error ? { stacktrace: error.stack?.split("\n") } : {};
    sendError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error", details);
  };
}

function clientStatus(status: unknown): { status: number; code: string; message: string } | undefined {
  if (status === 404) {
    return { status, code: "ROUTE_NOT_FOUND", message: "No such file." };
  }
  return typeof status === "number" && status >= 400 && status < 500
    ? { status, code: "BAD_REQUEST", message: "The request could not be read." }
    : undefined;
}

/**
 * The answer for a path or method the server does not serve: 405 with Allow for a known path,
 * 404 otherwise.
 */
export function notFound(routes: Record<string, string[]>) {
  return (req: Request, res: Response): void => {
    // Under app.use("/graphql"), req.path is what follows the mount point.
    const path = `${req.baseUrl}${req.path}`.replace(/(.)\/$/, "$1");
    const allowed = routes[path];
    if (allowed) {
      res.setHeader("Allow", allowed.join(", "));
      sendError(res, 405, "METHOD_NOT_ALLOWED", `${path} accepts ${allowed.join(" and ")} only.`);
      return;
    }
    sendError(res, 404, "ROUTE_NOT_FOUND", `Nothing is served at ${path}; the API is at /graphql.`);
  };
}
