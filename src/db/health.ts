import { join } from "node:path";
import { eachConcurrently } from "../shared/concurrently";
import { AppError, ErrorCode } from "../shared/errors";
import type { Logger } from "../shared/logger";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "./cypher-files";
import type { AvailabilityGate, Neo4jExecutor } from "./executor";

export interface HealthOptions {
  logger: Logger;
  /** Plans the API's main reads, so their plans are cached before /ready says yes; stops on `signal`. Requests do not wait for it. */
  warmUp: (signal: AbortSignal) => Promise<void>;
  /** How long a probe may take before the database counts as away. */
  probeTimeoutMs?: number;
  /** How often the database is probed while it is away. */
  probeIntervalMs?: number;
  /** How often it is probed while it answers, to notice an outage that no request has met yet. */
  watchIntervalMs?: number;
}

export type Readiness = { ready: true } | { ready: false; reason: string };

const READY = namedStatement(readNamedStatements(join(CYPHER_DIR, "health.cypher")), "ready");

const RECOVERY_PROBE_TIMEOUT_MS = 5_000;

/** How many of the statements used most are run again before readiness after an outage. */
const BUSIEST_REPLANNED = 8;

/** A cold plan cut off by a timeout is not cached: a rerun may take longer than a request. */
const RERUN_TIMEOUT_MS = 60_000;

/** What a client is told to wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * A circuit breaker over the database. A call or the watching probe that finds Neo4j unreachable,
 * confirmed by two probes, opens it: from then on every call fails at once with DATABASE_UNAVAILABLE (no driver retry window), while a
 * background probe runs a real read every probeIntervalMs. When the probe succeeds the breaker
 * closes, the statements clients used most are run again (readiness holds until they have), then
 * the warm-up of the example operations runs in the background. Shutdown fails readiness
 * first, so an orchestrator stops sending traffic while in-flight requests drain.
 */
export class DatabaseHealth implements AvailabilityGate {
  private available = true;
  private warm = false;
  private shuttingDown = false;
  private probing: NodeJS.Timeout | null = null;
  private readonly stopping = new AbortController();
  private readonly outageListeners = new Set<() => void>();
  private watching: NodeJS.Timeout | null = null;
  private verifying = false;
  private readonly probeTimeoutMs: number;
  private readonly probeIntervalMs: number;

  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly options: HealthOptions,
  ) {
    this.probeTimeoutMs = options.probeTimeoutMs ?? 1_500;
    this.probeIntervalMs = options.probeIntervalMs ?? 500;
  }

  /** Guards the executor and warms the query plans; readiness waits for both. */
  start(): void {
    this.executor.guard(this);
    void this.warmUp();
    this.watching = setInterval(() => void this.watch(), this.options.watchIntervalMs ?? 1_000);
    this.watching.unref();
  }

  onOutage(listener: () => void): () => void {
    this.outageListeners.add(listener);
    return () => this.outageListeners.delete(listener);
  }

  get isAvailable(): boolean {
    return this.available;
  }

  admit(): void {
    if (!this.available) {
      throw databaseUnavailable();
    }
  }

  /**
   * A call found the database unreachable. That alone may be a pooled connection that died with a
   * Neo4j that has since restarted; two probes in a row decide, so stale connections are purged one
   * by one without turning every request away each time.
   */
  unavailable(error: unknown): void {
    if (!this.available || this.shuttingDown || this.verifying) {
      return;
    }
    this.verifying = true;
    void this.verify(error).finally(() => {
      this.verifying = false;
    });
  }

  private async verify(error: unknown): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await this.executor.probe(READY, this.probeTimeoutMs);
        return;
      } catch (probeError) {
        if (!(probeError instanceof AppError && probeError.code === ErrorCode.DATABASE_UNAVAILABLE)) {
          return;
        }
      }
    }
    this.open(error);
  }

  private open(error: unknown): void {
    if (!this.available || this.shuttingDown) {
      return;
    }
    this.available = false;
    this.warm = false;
    this.executor.warmth.forget();
    this.options.logger.warn(
      { err: error },
      "database unreachable: failing requests fast until a probe succeeds",
    );
    // Calls waiting on the driver's retries give up now, as new ones do.
    for (const listener of [...this.outageListeners]) {
      listener();
    }
    this.scheduleProbe();
  }

  /** Ready when not shutting down, warmed up, and a real read answers within the probe timeout. */
  async readiness(): Promise<Readiness> {
    if (this.shuttingDown) {
      return { ready: false, reason: "shutting down" };
    }
    if (!this.available) {
      return { ready: false, reason: "database unavailable" };
    }
    try {
      await this.executor.probe(READY, this.probeTimeoutMs);
    } catch (error) {
      this.noteProbeFailure(error);
      const away = error instanceof AppError && error.code === ErrorCode.DATABASE_UNAVAILABLE;
      return { ready: false, reason: away ? "database unavailable" : "database slow to answer" };
    }
    return this.warm ? { ready: true } : { ready: false, reason: "warming up" };
  }

  /** Readiness fails from now on; the caller then drains. */
  beginShutdown(): void {
    this.shuttingDown = true;
    this.stopping.abort();
    this.stopProbing();
    if (this.watching) {
      clearInterval(this.watching);
    }
    this.executor.guard(null);
  }

  /** While the database answers: a probe a second, so an outage is noticed with no request in flight. */
  private async watch(): Promise<void> {
    if (!this.available || this.shuttingDown) {
      return;
    }
    try {
      await this.executor.probe(READY, this.probeTimeoutMs);
    } catch (error) {
      this.noteProbeFailure(error);
    }
  }

  /**
   * Only a refused or lost connection opens the breaker: a probe that is merely slow (a busy
   * machine, a loaded database) fails readiness but must not turn every request away.
   */
  private noteProbeFailure(error: unknown): void {
    if (error instanceof AppError && error.code === ErrorCode.DATABASE_UNAVAILABLE) {
      this.unavailable(error);
    }
  }

  private scheduleProbe(): void {
    this.stopProbing();
    this.probing = setTimeout(() => void this.probe(), this.probeIntervalMs);
    this.probing.unref();
  }

  private stopProbing(): void {
    if (this.probing) {
      clearTimeout(this.probing);
      this.probing = null;
    }
  }

  private async probe(): Promise<void> {
    this.probing = null;
    try {
      // Any answer means it is back; a database just restarted on a busy machine answers slowly.
      await this.executor.probe(READY, RECOVERY_PROBE_TIMEOUT_MS);
    } catch {
      if (!this.shuttingDown) {
        this.scheduleProbe();
      }
      return;
    }
    this.available = true;
    this.options.logger.info("database reachable again: requests pass; running the busiest statements again");
    await this.rerunBusiest();
    // Ready once what clients were asking answers again; the example operations follow in the background.
    this.warm = this.available;
    void this.warmUp();
  }

  /**
   * Runs again the statements requests used most before the outage (reads, with the parameters of
   * their last use), the busiest first, two at a time: a cold Neo4j spends seconds planning each and
   * more on its first run, and requests asking them meanwhile wait for these (StatementWarmth)
   * instead of each paying that again.
   */
  private async rerunBusiest(): Promise<void> {
    const started = Date.now();
    await eachConcurrently(
      this.executor.warmth.busiest(BUSIEST_REPLANNED),
      2,
      async ({ statement, params }) => {
        try {
          await this.executor.query("rerun", statement, params, {
            counted: false,
            timeoutMs: RERUN_TIMEOUT_MS,
          });
        } catch (error) {
          this.options.logger.warn({ err: error }, "could not run a busy statement again");
        }
      },
      () => this.available && !this.shuttingDown,
    );
    this.options.logger.info({ ms: Date.now() - started }, "busiest statements run again");
  }

  private async warmUp(): Promise<void> {
    const started = Date.now();
    try {
      await this.options.warmUp(this.stopping.signal);
      this.options.logger.info({ ms: Date.now() - started }, "warm-up done");
    } catch (error) {
      // Warm plans are a speed-up, not a condition: a database that answers makes the server ready.
      this.options.logger.warn({ err: error }, "warm-up failed");
    }
    this.warm = this.available;
  }
}

function databaseUnavailable(): AppError {
  return new AppError(ErrorCode.DATABASE_UNAVAILABLE, "The database cannot be reached; try again shortly.");
}
