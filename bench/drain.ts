import { type Driver, Neo4jError, type Session } from "neo4j-driver";

/** How the database came to rest after a load. */
export interface Drain {
  /** How long the load's transactions went on after it ended. */
  seconds: number;
  /** Transactions still running at the bound, terminated so that they do not slow the next load. */
  terminated: number;
}

// Marks the check's own transaction, which SHOW TRANSACTIONS lists too.
const CHECK_METADATA = { app: "bench-drain" };
const POLL_MS = 200;

/**
 * Waits until Neo4j runs no transaction but this check, at most `boundMs`; then terminates the rest.
 * A load generator gives up on a slow request at its own timeout, but the server goes on running its
 * statement: without this, one way's abandoned statements would be measured as the next way's slowness.
 */
export async function drainTransactions(driver: Driver, database: string, boundMs: number): Promise<Drain> {
  const started = performance.now();
  const session = driver.session({ database });
  try {
    for (;;) {
      const running = await runningTransactions(session);
      const elapsedMs = performance.now() - started;
      if (running === null) {
        // Neo4j had no memory left even for the check (a way's statement holds it all): wait for it.
        if (elapsedMs >= boundMs * 2) {
          throw new Error(
            `Neo4j stayed out of transaction memory for ${Math.round(elapsedMs / 1000)} s after a load`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        continue;
      }
      if (running.length === 0) {
        return { seconds: elapsedMs / 1000, terminated: 0 };
      }
      if (elapsedMs >= boundMs) {
        const terminated = await session.run(
          "TERMINATE TRANSACTIONS $ids YIELD transactionId, message WHERE message = 'Transaction terminated.' " +
            "RETURN transactionId",
          { ids: running },
          { metadata: CHECK_METADATA },
        );
        return { seconds: elapsedMs / 1000, terminated: terminated.records.length };
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    await session.close();
  }
}

/** The ids of the transactions other than this check's, or null when Neo4j refused for want of memory. */
async function runningTransactions(session: Session): Promise<string[] | null> {
  try {
    const { records } = await session.run(
      "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app IS NULL OR metaData.app <> $app " +
        "RETURN transactionId",
      { app: CHECK_METADATA.app },
      { metadata: CHECK_METADATA },
    );
    return records.map((record) => record.get("transactionId") as string);
  } catch (error) {
    if (error instanceof Neo4jError && error.code.endsWith("MemoryPoolOutOfMemoryError")) {
      return null;
    }
    throw error;
  }
}
