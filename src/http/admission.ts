import type { NextFunction, Request, Response } from "express";
import { sendError } from "./http-errors";

export interface AdmissionOptions {
  /** Requests that run at once. */
  maxConcurrent: number;
  /** Requests that may wait for a place; one more gets 503 at once. */
  maxQueued: number;
  /** How long a request may wait in the queue: its deadline. */
  maxWaitMs: number;
}

/** Seconds a client refused for load is told to wait. */
const RETRY_AFTER_SECONDS = 1;

/**
 * Admission control for GraphQL requests: at most maxConcurrent run, maxQueued wait in order, and
 * any other is refused at once with 503 SERVER_BUSY and Retry-After, so that latency stays bounded
 * under overload instead of growing with the queue. A request that waits past its deadline, or
 * whose client leaves, gives up its place.
 */
export function admission(options: AdmissionOptions) {
  let running = 0;
  const queue: Array<() => void> = [];

  const release = () => {
    const next = queue.shift();
    if (next) {
      next();
    } else {
      running -= 1;
    }
  };

  return (_req: Request, res: Response, next: NextFunction): void => {
    const admit = () => {
      let released = false;
      res.once("close", () => {
        if (!released) {
          released = true;
          release();
        }
      });
      next();
    };
    if (running < options.maxConcurrent) {
      running += 1;
      admit();
      return;
    }
    if (queue.length >= options.maxQueued) {
      busy(res, "The server is at capacity; try again shortly.");
      return;
    }
    const waiting = () => {
      clearTimeout(timer);
      res.off("close", leave);
      admit();
    };
    const leave = () => {
      clearTimeout(timer);
      const index = queue.indexOf(waiting);
      if (index >= 0) {
        queue.splice(index, 1);
      }
    };
    const timer = setTimeout(() => {
      leave();
      busy(res, "The request waited longer than its deadline for a place; try again shortly.");
    }, options.maxWaitMs);
    // A response closed before it was sent: the client left.
    res.once("close", leave);
    queue.push(waiting);
  };
}

function busy(res: Response, message: string): void {
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  sendError(res, 503, "SERVER_BUSY", message);
}
