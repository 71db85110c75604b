import { type Logger, pino } from "pino";

export type { Logger };

/** JSON lines on stdout (pino): cheap on the request path and readable by any log shipper. */
export function createLogger(level: string, stream: "stdout" | "stderr" = "stdout"): Logger {
  const options = { level, base: { service: "vn-relations-graph" } };
  // stderr for a command whose stdout is data (npm run export without --out).
  return stream === "stdout" ? pino(options) : pino(options, pino.destination(2));
}
