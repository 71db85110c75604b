import { join } from "node:path";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../db/cypher-files";
import type { Neo4jExecutor } from "../db/executor";
import type { GraphPlan, PropertyValue } from "./graph-plan";

const STATEMENTS = readNamedStatements(join(CYPHER_DIR, "seed-load.cypher"));
const statement = (name: string) => namedStatement(STATEMENTS, name);

/** Rows per UNWIND: large enough to be fast, small enough to keep each round trip modest. */
const BATCH_SIZE = 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A UTC instant as Neo4j writes a datetime() (the audit trail's `at`), nanoseconds included. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

export interface GraphSummary {
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

/** Writes a whole plan inside the caller's transaction, so a failure anywhere leaves nothing written. */
export async function writePlan(tx: ManagedTransaction, plan: GraphPlan): Promise<void> {
  for (const rows of chunks(
    plan.nodes.map((row) => ({ ...row, props: toNeo4jValues(row.props) })),
    BATCH_SIZE,
  )) {
    await tx.run(statement("merge-nodes"), { rows });
  }
  for (const rows of chunks(
    plan.relationships.map((row) => ({ ...row, props: toNeo4jValues(row.props) })),
    BATCH_SIZE,
  )) {
    const result = await tx.run(statement("merge-relationships"), { rows });
    const written = result.records[0]?.get("written") ?? 0;
    if (written !== rows.length) {
      // The seed reader checks every reference; this guards against a plan built around it.
      throw new Error(`Only ${written} of ${rows.length} relationships found both their nodes`);
    }
  }
}

/** The statements writePlan runs, for planning them ahead (EXPLAIN). */
export function writePlanStatements(): string[] {
  return [statement("merge-nodes"), statement("merge-relationships")];
}

/** Loads the plan in one maintenance transaction; run twice, the second load changes nothing. */
export function loadPlan(executor: Neo4jExecutor, plan: GraphPlan): Promise<void> {
  return executor.maintain("Loading the seed graph", (tx) => writePlan(tx, plan));
}

/** Loads the plan only into an empty database, in one transaction with the emptiness check. */
export function loadPlanIfEmpty(executor: Neo4jExecutor, plan: GraphPlan): Promise<boolean> {
  return executor.maintain("Loading the seed graph", async (tx) => {
    const result = await tx.run(statement("database-has-data"));
    if (result.records[0]?.get("hasData")) {
      return false;
    }
    await writePlan(tx, plan);
    return true;
  });
}

export function summarizeGraph(executor: Neo4jExecutor): Promise<GraphSummary> {
  return executor.read("graph-summary", async (tx) => {
    const labels = await tx.run(statement("count-by-label"));
    const types = await tx.run(statement("count-by-relationship-type"));
    return {
      labels: Object.fromEntries(labels.records.map((record) => [record.get("label"), record.get("count")])),
      relationshipTypes: Object.fromEntries(
        types.records.map((record) => [record.get("type"), record.get("count")]),
      ),
    };
  });
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
