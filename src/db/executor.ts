import {
  type Driver,
  isRetryableError,
  type ManagedTransaction,
  Neo4jError,
  type Record as Neo4jRecord,
  type ServerInfo,
} from "neo4j-driver";
import { AppError, ErrorCode } from "../shared/errors";

export interface ExecutorOptions {
  database: string;
  transactionTimeoutMs: number;
  maintenanceTimeoutMs: number;
}

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

export interface ReadOptions {
  /** Replaces the configured transaction timeout for this call, e.g. for an export of the whole graph. */
  timeoutMs?: number;
}

/** What a repository of the read API needs: read transactions, nothing else. */
export interface ReadExecutor {
  read<T>(operation: string, work: Work<T>, options?: ReadOptions): Promise<T>;
  /** One read statement on its own: the same answer as a read transaction running only it. */
  query(operation: string, statement: string, params: Record<string, unknown>): Promise<Neo4jRecord[]>;
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

  query(operation: string, statement: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
    this.operations.push(operation);
    return this.executor.query(operation, statement, params);
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
  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  get database(): string {
    return this.options.database;
  }

  read<T>(operation: string, work: Work<T>, options: ReadOptions = {}): Promise<T> {
    return this.run("READ", operation, work, options.timeoutMs);
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
   */
  async query(operation: string, statement: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: "READ" });
    try {
      const result = await session.run(statement, params, {
        timeout: this.options.transactionTimeoutMs,
        metadata: { app: "vn-relations-graph", operation },
      });
      return result.records;
    } catch (error) {
      if (isRetryableError(error)) {
        const result = await this.read(operation, (tx) => tx.run(statement, params));
        return result.records;
      }
      throw toAppError(error);
    } finally {
      await session.close();
    }
  }

  /** Resolves when the server answers; used at start-up and by /ready. */
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
    timeoutMs = this.options.transactionTimeoutMs,
  ): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config = {
      timeout: timeoutMs,
      metadata: { app: "vn-relations-graph", operation },
    };
    try {
      return mode === "READ"
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw toAppError(error);
    } finally {
      await session.close();
    }
  }
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
