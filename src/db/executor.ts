import {
  type Driver,
  isRetryableError,
  type ManagedTransaction,
  Neo4jError,
  type Record as Neo4jRecord,
  type ServerInfo,
  type Session,
} from "neo4j-driver";
import { AppError, ErrorCode } from "../shared/errors";
import { type GivingUp, StatementWarmth } from "./statement-warmth";

export interface ExecutorOptions {
  database: string;
  transactionTimeoutMs: number;
  maintenanceTimeoutMs: number;
  /** Every statement is sent as EXPLAIN: planned and cached by Neo4j, not run (see planning()). */
  planOnly?: boolean;
}

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

export interface ReadOptions {
  /** Replaces the configured transaction timeout for this call, e.g. for an export of the whole graph. */
  timeoutMs?: number;
  /** The request this read serves: its transaction ends by the deadline, or when the client leaves. */
  scope?: RequestScope;
  /** A client's use, counted among the statements to warm first after an outage (default true). */
  counted?: boolean;
}

/** A request's bounds: `deadline` in epoch milliseconds; `signal` aborts when the client disconnects. */
export interface RequestScope {
  deadline: number;
  signal?: AbortSignal;
}

/** Told by every call whether the database could be reached: the circuit breaker of db/health.ts. */
export interface AvailabilityGate {
  /** Throws DATABASE_UNAVAILABLE at once while the database is known to be away. */
  admit(): void;
  /** A call failed because the database could not be reached. */
  unavailable(error: unknown): void;
  /** Calls `listener` when the database is found away; returns what unsubscribes it. */
  onOutage(listener: () => void): () => void;
}

/** What a repository of the read API needs: read transactions, nothing else. */
export interface ReadExecutor {
  read<T>(operation: string, work: Work<T>, options?: ReadOptions): Promise<T>;
  /** One read statement on its own: the same answer as a read transaction running only it. */
  query(
    operation: string,
    statement: string,
    params: Record<string, unknown>,
    options?: ReadOptions,
  ): Promise<Neo4jRecord[]>;
}

/**
 * A request's view of the executor that counts its read transactions, one round trip each: the
 * measure that proves nested requests are batched (no N+1) and that benchmarks report.
 */
export class CountingReader implements ReadExecutor {
  /** The operations run, in order: one round trip each. */
  readonly operations: string[] = [];

  constructor(private readonly executor: ReadExecutor) {}

  get roundTrips(): number {
    return this.operations.length;
  }

  read<T>(operation: string, work: Work<T>, options?: ReadOptions): Promise<T> {
    this.operations.push(operation);
    return this.executor.read(operation, work, options);
  }

  query(
    operation: string,
    statement: string,
    params: Record<string, unknown>,
    options?: ReadOptions,
  ): Promise<Neo4jRecord[]> {
    this.operations.push(operation);
    return this.executor.query(operation, statement, params, options);
  }
}

/**
 * The one place that opens sessions. Reads go through executeRead, so on a `neo4j://` cluster they
 * route to secondaries; writes through executeWrite, to the leader. Every transaction carries the
 * configured timeout (or a read's own) and metadata naming the operation (visible in SHOW TRANSACTIONS
 * and query logs).
 * Neo4j errors leave here as AppErrors with a stable code.
 */
export class Neo4jExecutor implements ReadExecutor {
  private gate: AvailabilityGate | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
    /** Shared with the planning executor, whose EXPLAINs warm the statements requests then run. */
    readonly warmth = new StatementWarmth(),
  ) {}

  get database(): string {
    return this.options.database;
  }

  /** Every later call asks `gate` first and tells it when the database could not be reached; null: none. */
  guard(gate: AvailabilityGate | null): void {
    this.gate = gate;
  }

  /**
   * The same executor, guarded by the same gate, but sending every statement as EXPLAIN with its
   * real parameters: Neo4j plans and caches it (the cache keys on the text and the parameters' types,
   * not on EXPLAIN) without reading the graph, so warming a plan costs its planning only. Answers
   * come back empty. Planning a large statement on a cold, busy Neo4j can outlast a request's
   * timeout, and a plan cut off is not cached: it gets the maintenance timeout.
   */
  planning(): Neo4jExecutor {
    const planner = new Neo4jExecutor(
      this.driver,
      { ...this.options, transactionTimeoutMs: this.options.maintenanceTimeoutMs, planOnly: true },
      this.warmth,
    );
    planner.guard(this.gate);
    return planner;
  }

  /** The reads of one request, bounded by its deadline and cut when its client leaves. */
  scoped(scope: RequestScope): ReadExecutor {
    return {
      read: (operation, work, options) => this.read(operation, work, { ...options, scope }),
      query: (operation, statement, params, options) =>
        this.query(operation, statement, params, { ...options, scope }),
    };
  }

  read<T>(operation: string, work: Work<T>, options: ReadOptions = {}): Promise<T> {
    return this.run("READ", operation, work, options.timeoutMs, options.scope);
  }

  write<T>(operation: string, work: Work<T>): Promise<T> {
    return this.run("WRITE", operation, work);
  }

  /**
   * Maintenance (the schema, the seed load): a write under its own, generous timeout, so that
   * NEO4J_TRANSACTION_TIMEOUT_MS bounds requests only and a cold or busy machine still starts. A
   * timeout names the task and the setting to raise instead of a request's advice.
   */
  async maintain<T>(task: string, work: Work<T>): Promise<T> {
    const timeoutMs = this.options.maintenanceTimeoutMs;
    try {
      return await this.run("WRITE", task, work, timeoutMs);
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.DATABASE_TIMEOUT) {
        throw new AppError(
          ErrorCode.DATABASE_TIMEOUT,
          `${task} took longer than NEO4J_MAINTENANCE_TIMEOUT_MS (${timeoutMs} ms) allows; raise it on a slow or busy machine.`,
          { cause: error },
        );
      }
      throw error;
    }
  }

  /**
   * One statement as an auto-commit read: one message to the server where a transaction takes three
   * (BEGIN, RUN, COMMIT), which the benchmarks showed to be most of a small look-up's cost. A single
   * statement sees one snapshot either way, and a read session still routes to a secondary. Only a
   * transient failure (a leader switch, a lost connection) takes the retried read-transaction path.
   * A statement Neo4j has not planned since it (re)connected runs once at a time (StatementWarmth).
   */
  async query(
    operation: string,
    statement: string,
    params: Record<string, unknown>,
    options: ReadOptions = {},
  ): Promise<Neo4jRecord[]> {
    this.gate?.admit();
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: "READ" });
    const scope = options.scope;
    const attempt = async (): Promise<Neo4jRecord[]> => {
      try {
        const result = await this.untilAborted(
          session.run(this.statement(statement), params, {
            timeout: this.timeoutWithin(options.timeoutMs, scope),
            metadata: { app: "vn-relations-graph", operation },
          }),
          session,
          scope,
        );
        return result.records;
      } catch (error) {
        if (!isRetryableError(error) || scope?.signal?.aborted) {
          throw error;
        }
        // A lost connection may mean the database is away: the gate then fails the retry at once.
        // After a restart, pooled connections to the old Neo4j fail one by one: the retry is part of
        // the attempt, so a cold statement is still planned once, not once per waiting request.
        this.reportUnavailable(error);
        const result = await this.read(operation, (tx) => tx.run(statement, params), options);
        return result.records;
      }
    };
    try {
      return await this.warmth.run(statement, params, attempt, {
        giveUp: scope ? () => givingUp(scope) : undefined,
        use: !this.options.planOnly && options.counted !== false,
      });
    } catch (error) {
      throw this.mapError(error, scope);
    } finally {
      await session.close();
    }
  }

  /**
   * One read statement that bypasses the gate, within `timeoutMs` (the driver's own connection
   * retries included): how db/health.ts tells whether the database answers.
   */
  async probe(statement: string, timeoutMs: number): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: "READ" });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        void session.close().catch(() => undefined);
        reject(
          new AppError(ErrorCode.DATABASE_TIMEOUT, `The database did not answer within ${timeoutMs} ms.`),
        );
      }, timeoutMs);
    });
    try {
      await Promise.race([
        session.run(
          statement,
          {},
          { timeout: timeoutMs, metadata: { app: "vn-relations-graph", operation: "probe" } },
        ),
        timedOut,
      ]);
    } catch (error) {
      throw toAppError(error);
    } finally {
      clearTimeout(timer);
      await session.close().catch(() => undefined);
    }
  }

  /** Resolves when the server answers; used at start-up. */
  async verifyConnectivity(): Promise<ServerInfo> {
    try {
      // Always name the database: otherwise the driver first asks the cluster which one is the default.
      return await this.driver.getServerInfo({ database: this.options.database });
    } catch (error) {
      throw toAppError(error);
    }
  }

  private async run<T>(
    mode: "READ" | "WRITE",
    operation: string,
    work: Work<T>,
    timeoutMs?: number,
    scope?: RequestScope,
  ): Promise<T> {
    const timeout = this.timeoutWithin(timeoutMs, scope);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config = { timeout, metadata: { app: "vn-relations-graph", operation } };
    const planned: Work<T> = this.options.planOnly ? (tx) => work(explaining(tx)) : work;
    try {
      return await this.untilAborted(
        mode === "READ" ? session.executeRead(planned, config) : session.executeWrite(planned, config),
        session,
        scope,
      );
    } catch (error) {
      throw this.mapError(error, scope);
    } finally {
      await session.close();
    }
  }

  /**
   * The transaction timeout of a call: its own or the configured one, cut to what is left of the
   * request's deadline, so Neo4j itself ends the transaction when the request's time is up.
   * Refuses at once when the database is known to be away or the deadline has passed.
   */
  private timeoutWithin(timeoutMs = this.options.transactionTimeoutMs, scope?: RequestScope): number {
    this.gate?.admit();
    if (!scope) {
      return timeoutMs;
    }
    const left = scope.deadline - Date.now();
    if (left <= 0 || scope.signal?.aborted) {
      throw deadlineExceeded();
    }
    return Math.min(timeoutMs, left);
  }

  private mapError(error: unknown, scope?: RequestScope): unknown {
    const mapped = toAppError(error);
    if (mapped instanceof AppError && mapped.code === ErrorCode.DATABASE_UNAVAILABLE) {
      this.reportUnavailable(error);
    }
    const outOfTime = scope && (Date.now() >= scope.deadline - DEADLINE_SLACK_MS || scope.signal?.aborted);
    if (outOfTime && mapped instanceof AppError && mapped.code === ErrorCode.DATABASE_TIMEOUT) {
      return deadlineExceeded(error);
    }
    return mapped;
  }

  /**
   * The call's answer; or DEADLINE_EXCEEDED as soon as the request's signal aborts (the client left,
   * or its deadline passed); or DATABASE_UNAVAILABLE as soon as the gate finds the database away,
   * rather than after the driver's retries. Closing the session stops those retries and resets the
   * connection, which ends the transaction in Neo4j.
   */
  private untilAborted<T>(work: Promise<T>, session: Session, scope?: RequestScope): Promise<T> {
    const signal = scope?.signal;
    const gate = this.gate;
    if (!signal && !gate) {
      return work;
    }
    return new Promise<T>((resolve, reject) => {
      // Errors are made when they happen: an AppError captures a stack, too dear for every read.
      const stop = (error: () => AppError) => () => {
        void session.close().catch(() => undefined);
        reject(error());
      };
      const onAbort = stop(() => deadlineExceeded());
      signal?.addEventListener("abort", onAbort, { once: true });
      const unsubscribe = gate?.onOutage(
        stop(
          () =>
            new AppError(
              ErrorCode.DATABASE_UNAVAILABLE,
              "The database cannot be reached; try again shortly.",
            ),
        ),
      );
      work.then(resolve, reject).finally(() => {
        signal?.removeEventListener("abort", onAbort);
        unsubscribe?.();
      });
    });
  }

  private statement(text: string): string {
    return this.options.planOnly ? `EXPLAIN ${text}` : text;
  }

  private reportUnavailable(error: unknown): void {
    if (error instanceof Neo4jError && error.code === "ServiceUnavailable") {
      this.gate?.unavailable(error);
    }
  }
}

/** When a request stops waiting: its deadline passes or its client leaves. */
function givingUp(scope: RequestScope): GivingUp {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const when = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, scope.deadline - Date.now()));
    onAbort = () => resolve();
    scope.signal?.addEventListener("abort", onAbort, { once: true });
  });
  return {
    when,
    cancel: () => {
      clearTimeout(timer);
      if (onAbort) {
        scope.signal?.removeEventListener("abort", onAbort);
      }
    },
  };
}

/** A transaction whose statements are planned, not run. */
function explaining(tx: ManagedTransaction): ManagedTransaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === "run") {
        return (text: string, params?: Record<string, unknown>) => target.run(`EXPLAIN ${text}`, params);
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/** A transaction cut at the deadline reports its timeout a little before the clock reaches it. */
const DEADLINE_SLACK_MS = 100;

function deadlineExceeded(cause?: unknown): AppError {
  return new AppError(
    ErrorCode.DEADLINE_EXCEEDED,
    "The request took longer than this server allows (REQUEST_DEADLINE_MS); narrow it or try again.",
    { cause, details: { http: { status: 504 } } },
  );
}

const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.TransactionTimedOut",
]);

/** Maps a driver or server error to the code a client sees; anything else passes through unchanged. */
export function toAppError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Neo4jError)) {
    return error;
  }
  if (error.code === "ServiceUnavailable" || error.code === "SessionExpired") {
    return new AppError(
      ErrorCode.DATABASE_UNAVAILABLE,
      "The database cannot be reached; try again shortly.",
      {
        cause: error,
      },
    );
  }
  if (TIMEOUT_CODES.has(error.code)) {
    return new AppError(
      ErrorCode.DATABASE_TIMEOUT,
      "The query took longer than the transaction timeout allows; narrow it (filters, a smaller page).",
      { cause: error },
    );
  }
  if (error.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    // A uniqueness constraint refused the write inside its transaction: another writer got there first.
    return new AppError(ErrorCode.DUPLICATE, "A record with the same identity is already stored.", {
      cause: error,
    });
  }
  return new AppError(ErrorCode.DATABASE_ERROR, "The database could not answer this request.", {
    cause: error,
  });
}
