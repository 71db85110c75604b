import { join } from "node:path";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../db/cypher-files";
import type { Neo4jExecutor } from "../db/executor";
import type { GraphPlan, NodeRow, PropertyValue, RelationshipRow } from "./graph-plan";

/**
 * The one writer of records: the seed load, mutations, the import, a dump's restore and the
 * synthetic graph all write a plan (graph-plan.ts) through writePlan, inside a transaction of
 * theirs. It writes in the shape Neo4j ingests fastest: UNWIND batches of one set of labels or one
 * relationship type, CREATE for what the graph is seen not to hold, MERGE only for what it may.
 */

const STATEMENTS = readNamedStatements(join(CYPHER_DIR, "records.cypher"));
const statement = (name: string) => namedStatement(STATEMENTS, name);

/** Rows per UNWIND: large enough to be fast, small enough to keep each round trip modest. */
const BATCH_SIZE = 5000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A UTC instant as Neo4j writes a datetime() (the audit trail's `at`), nanoseconds included. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

/**
 * Writes a whole plan inside the caller's transaction, so a failure anywhere leaves nothing written.
 * Nodes the graph does not hold are created, and so are the relationships from or to them (no
 * relationship of a node created now can exist); everything else is merged by id and key.
 */
export async function writePlan(
  tx: ManagedTransaction,
  plan: GraphPlan,
  /** Which of the plan's node ids the graph holds, when the caller looked them up in this transaction. */
  stored?: ReadonlySet<string>,
): Promise<void> {
  const existing =
    stored ??
    (await existingIds(
      tx,
      plan.nodes.map((row) => row.id),
    ));
  const created = new Set<string>();
  const newNodes = new Map<string, NodeRow[]>();
  const oldNodes: NodeRow[] = [];
  for (const row of plan.nodes) {
    if (existing.has(row.id) || created.has(row.id)) {
      oldNodes.push(row);
    } else {
      created.add(row.id);
      const labels = row.labels.join(":");
      const group = newNodes.get(labels) ?? [];
      newNodes.set(labels, group);
      group.push(row);
    }
  }
  for (const rows of newNodes.values()) {
    for (const slice of chunks(rows, BATCH_SIZE)) {
      await tx.run(statement("create-nodes"), { labels: slice[0]?.labels, rows: slice.map(nodeValues) });
    }
  }
  for (const slice of chunks(oldNodes, BATCH_SIZE)) {
    await tx.run(statement("merge-nodes"), { rows: slice.map(nodeValues) });
  }

  const byType = new Map<string, { create: RelationshipRow[]; merge: RelationshipRow[] }>();
  for (const row of plan.relationships) {
    const group = byType.get(row.type) ?? { create: [], merge: [] };
    byType.set(row.type, group);
    (created.has(row.from) || created.has(row.to) ? group.create : group.merge).push(row);
  }
  for (const [type, group] of byType) {
    for (const [name, rows] of [
      ["create-relationships", group.create],
      ["merge-relationships", group.merge],
    ] as const) {
      for (const slice of chunks(rows, BATCH_SIZE)) {
        const result = await tx.run(statement(name), {
          type,
          rows: slice.map((row) => ({
            from: row.from,
            to: row.to,
            key: row.key,
            props: toNeo4jValues(row.props),
          })),
        });
        const written = Number(result.records[0]?.get("written") ?? 0);
        if (written !== slice.length) {
          // The reference checks resolve every id first; this guards against a plan built around them.
          throw new Error(`Only ${written} of ${slice.length} ${type} relationships found both their nodes`);
        }
      }
    }
  }
}

/** The statements writePlan runs, for planning them ahead (EXPLAIN). */
export function writePlanStatements(): string[] {
  return ["existing-ids", "create-nodes", "merge-nodes", "create-relationships", "merge-relationships"].map(
    statement,
  );
}

/** Writes a plan in one maintenance transaction (the seed load): all of it or nothing. */
export function writePlanInOne(executor: Neo4jExecutor, task: string, plan: GraphPlan): Promise<void> {
  return executor.maintain(task, (tx) => writePlan(tx, plan));
}

/** Writes a plan only into an empty database, in one maintenance transaction with the emptiness check. */
export function writePlanIfEmpty(executor: Neo4jExecutor, task: string, plan: GraphPlan): Promise<boolean> {
  return executor.maintain(task, async (tx) => {
    const result = await tx.run(statement("database-has-data"));
    if (result.records[0]?.get("hasData")) {
      return false;
    }
    await writePlan(tx, plan);
    return true;
  });
}

async function existingIds(tx: ManagedTransaction, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const slice of chunks(ids, BATCH_SIZE * 2)) {
    const result = await tx.run(statement("existing-ids"), { ids: slice });
    for (const id of (result.records[0]?.get("ids") as string[] | undefined) ?? []) {
      found.add(id);
    }
  }
  return found;
}

function nodeValues(row: NodeRow): { id: string; labels: string[]; props: Record<string, unknown> } {
  return { id: row.id, labels: row.labels, props: toNeo4jValues(row.props) };
}

/** Items cut into lists of at most `size`, in order. */
export function chunks<T>(items: T[], size: number): T[][] {
  const cut: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    cut.push(items.slice(start, start + size));
  }
  return cut;
}

/**
 * ISO dates become Neo4j dates, so periods compare and sort as dates in Cypher; UTC instants (from a
 * dump's audit trail) become datetimes.
 */
export function toNeo4jValues(props: Record<string, PropertyValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, toNeo4jValue(value)]));
}

function toNeo4jValue(value: PropertyValue): unknown {
  if (typeof value !== "string") {
    return value;
  }
  if (ISO_DATE.test(value)) {
    return neo4j.types.Date.fromStandardDate(utcDate(value));
  }
  const instant = ISO_DATE_TIME.exec(value);
  if (instant) {
    const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = instant.slice(1, 7).map(Number);
    const nanoseconds = Number((instant[7] ?? "").padEnd(9, "0"));
    return new neo4j.types.DateTime(year, month, day, hour, minute, second, nanoseconds, 0);
  }
  return value;
}

function utcDate(isoDate: string): Date {
  const [year = 0, month = 1, day = 1] = isoDate.split("-").map(Number);
  // fromStandardDate reads local fields; build the date at local midnight so no timezone shifts the day.
  return new Date(year, month - 1, day);
}
