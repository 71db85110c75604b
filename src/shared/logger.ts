import { type Logger, pino } from "pino";

export type { Logger };

/** JSON lines on stdout (pino): cheap on the request path and readable by any log shipper. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "vn-relations-graph" } });
}
