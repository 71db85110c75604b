/** When a waiting request gives up (`when` resolves), and how to stop watching for it. */
export interface GivingUp {
  when: Promise<void>;
  cancel: () => void;
}

/** Statements remembered as planned; past this many the memory starts again (texts are cheap to relearn). */
const MAX_WARM = 5_000;
/** Statements remembered with their uses, for re-planning the busiest after an outage. */
const MAX_TRACKED = 200;

/**
 * Which statements Neo4j has planned since it was last (re)connected, and which the API uses most.
 *
 * A cold Neo4j (just started or restarted) spends seconds of CPU planning each large statement, and
 * twenty clients asking the same question at once would each plan it: on two cores the first answer
 * then comes after all twenty plannings. So the first call of a statement not yet planned leads and
 * the others with the same text wait for it (or for their deadline), then find its plan cached.
 * The uses are counted so that after an outage the statements clients were asking are planned first.
 */
export class StatementWarmth {
  private readonly planned = new Set<string>();
  private readonly leading = new Map<string, Promise<void>>();
  private readonly uses = new Map<string, { params: Record<string, unknown>; count: number }>();

  /**
   * Runs `call` for `statement`: at once when it is planned; else after the call that leads it
   * settles, or when the request gives up first (`giveUp`, made only when a call has to wait: its
   * deadline or its client leaving), whichever is sooner. `use`: a client's use, counted (the
   * warm-up's plans are not).
   */
  async run<T>(
    statement: string,
    params: Record<string, unknown>,
    call: () => Promise<T>,
    { giveUp, use = true }: { giveUp?: () => GivingUp; use?: boolean } = {},
  ): Promise<T> {
    if (use) {
      this.count(statement, params);
    }
    let leader = this.leading.get(statement);
    if (!this.planned.has(statement) && leader) {
      const givingUp = giveUp?.();
      try {
        while (!this.planned.has(statement) && leader) {
          const outcomes = [
            leader.then(() => "settled"),
            ...(givingUp ? [givingUp.when.then(() => "gave up")] : []),
          ];
          if ((await Promise.race(outcomes)) === "gave up") {
            return call();
          }
          leader = this.leading.get(statement);
        }
      } finally {
        givingUp?.cancel();
      }
    }
    if (this.planned.has(statement)) {
      return call();
    }
    const result = call();
    // Settles once the lead is handed back, so that a waiter waking finds it gone or planned.
    const settled: Promise<void> = result
      .then(
        () => this.remember(statement),
        () => undefined,
      )
      .then(() => {
        if (this.leading.get(statement) === settled) {
          this.leading.delete(statement);
        }
      });
    this.leading.set(statement, settled);
    return result;
  }

  /** Whether Neo4j has planned it since it was last (re)connected, as far as this process knows. */
  isPlanned(statement: string): boolean {
    return this.planned.has(statement);
  }

  /** Planned by Neo4j (an EXPLAIN of the warm-up, or a run). */
  remember(statement: string): void {
    if (this.planned.size >= MAX_WARM) {
      this.planned.clear();
    }
    this.planned.add(statement);
  }

  /** The database was away: whatever it had planned is gone with it. */
  forget(): void {
    this.planned.clear();
  }

  /** The `limit` statements used most, with the parameters of their last use. */
  busiest(limit: number): Array<{ statement: string; params: Record<string, unknown> }> {
    return [...this.uses]
      .sort(([, a], [, b]) => b.count - a.count)
      .slice(0, limit)
      .map(([statement, { params }]) => ({ statement, params }));
  }

  private count(statement: string, params: Record<string, unknown>): void {
    const use = this.uses.get(statement);
    if (use) {
      use.count++;
      use.params = params;
      return;
    }
    if (this.uses.size >= MAX_TRACKED) {
      // Keep the busier half: a statement asked once long ago makes room.
      const kept = [...this.uses].sort(([, a], [, b]) => b.count - a.count).slice(0, MAX_TRACKED / 2);
      this.uses.clear();
      for (const [text, value] of kept) {
        this.uses.set(text, value);
      }
    }
    this.uses.set(statement, { params, count: 1 });
  }
}
