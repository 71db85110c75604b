import { join } from "node:path";
import type { ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../../db/cypher-files";
import type { Neo4jExecutor } from "../../db/executor";
import type { GraphPlan, RelationshipRow } from "../../records/graph-plan";
import { chunks, toNeo4jValues, writePlan } from "../../records/graph-writer";
import { AppError, ErrorCode } from "../../shared/errors";
import { DUMP_FORMAT } from "./json.writer";

/**
 * Reads back a JSON export (json.writer.ts) and restores it (`npm run restore`, restore-cli.ts): all of
 * it or nothing. Nodes and relationships are merged by id and key, so restoring into a database that
 * holds them updates them. ISO date strings become Neo4j dates, as in the seed load.
 */

const STATEMENTS = readNamedStatements(join(CYPHER_DIR, "import.cypher"));
const HISTORY_LABELS = ["Change", "ImportRun"];
/** Ids per look-up of what the graph holds. */
const IDS_PER_LOOKUP = 10_000;
/** How many missing nodes a message names before it counts the rest. */
const MISSING_SHOWN = 10;

const value = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number())]);
const properties = z.record(z.string(), value);

const dumpSchema = z.object({
  format: z.literal(DUMP_FORMAT),
  nodes: z.array(z.object({ id: z.string().min(1), labels: z.array(z.string().min(1)), properties })),
  relationships: z.array(
    z.object({
      type: z.string().min(1),
      from: z.string().min(1),
      to: z.string().min(1),
      key: z.string(),
      properties,
    }),
  ),
});

export type GraphDump = z.infer<typeof dumpSchema>;

/** What a restore wrote, or with a dry run would write. */
export interface DumpReport {
  written: boolean;
  /** Knowledge nodes (Entities), and how many of them the graph did not hold before. */
  nodes: number;
  newNodes: number;
  /** Relationships between knowledge nodes. */
  relationships: number;
  /** The audit trail: Change and ImportRun nodes (each Change with its CHANGED link). */
  auditRecords: number;
}

/** Parses and checks a dump; a malformed one is rejected with the path of the first bad field. */
export function parseDump(text: string): GraphDump {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Not a ${DUMP_FORMAT} dump: not JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const result = dumpSchema.safeParse(json);
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Not a ${DUMP_FORMAT} dump: ${issue?.path.join(".")}: ${issue?.message}`,
    );
  }
  return result.data;
}

/** The dump as the rows writePlan merges (also what a batching importer would split). */
export function dumpToPlan(dump: GraphDump): GraphPlan {
  return {
    // The id is a property too (merge-nodes replaces all properties): keep it whatever the dump says.
    nodes: dump.nodes.map((node) => ({
      id: node.id,
      labels: node.labels,
      props: { ...node.properties, id: node.id },
    })),
    relationships: dump.relationships.map(({ properties: props, ...relationship }) => ({
      ...relationship,
      props,
    })),
  };
}

/**
 * Restores a dump in one maintenance transaction (a whole graph may take longer than a request may):
 * first checks that every relationship's two nodes are in the dump or in the graph, then writes. The
 * knowledge graph goes through writePlan; the audit trail (Change and ImportRun nodes, which are not
 * Entities, and CHANGED) is restored by its own statements, in the same transaction. With `dryRun`
 * the same checks run and nothing is written.
 */
export function importDump(
  executor: Neo4jExecutor,
  dump: GraphDump,
  options: { dryRun?: boolean } = {},
): Promise<DumpReport> {
  const plan = dumpToPlan(dump);
  const isHistory = (labels: string[]) => labels.some((label) => HISTORY_LABELS.includes(label));
  const historyIds = new Set(plan.nodes.filter((node) => isHistory(node.labels)).map((node) => node.id));
  const knowledge: GraphPlan = {
    nodes: plan.nodes.filter((node) => !historyIds.has(node.id)),
    relationships: plan.relationships.filter((relationship) => !historyIds.has(relationship.from)),
  };
  const changed = plan.relationships.filter((relationship) => historyIds.has(relationship.from));
  // A dry run too: the checks read as much of the graph as the restore, and need the same timeout.
  const task = options.dryRun ? "Checking the dump" : "Restoring the dump";
  return executor.maintain(task, async (tx) => {
    const stored = await storedIds(tx, plan);
    checkEndpoints(plan, stored);
    const report: DumpReport = {
      written: !options.dryRun,
      nodes: knowledge.nodes.length,
      newNodes: knowledge.nodes.filter((node) => !stored.has(node.id)).length,
      relationships: knowledge.relationships.length,
      auditRecords: historyIds.size,
    };
    if (options.dryRun) {
      return report;
    }
    // The look-up above covered every node of the dump: the writer need not look them up again.
    await writePlan(tx, knowledge, stored);
    for (const label of HISTORY_LABELS) {
      const rows = plan.nodes
        .filter((node) => node.labels.includes(label))
        .map((node) => ({ id: node.id, props: toNeo4jValues(node.props) }));
      await tx.run(namedStatement(STATEMENTS, `restore-${label}`), { rows });
    }
    const result = await tx.run(namedStatement(STATEMENTS, "restore-changed"), {
      rows: changed.map((relationship) => ({ ...relationship, props: toNeo4jValues(relationship.props) })),
    });
    if (result.records[0]?.get("written") !== changed.length) {
      throw new Error("The dump's audit trail names records it does not hold");
    }
    return report;
  });
}

/** Which of the ids the dump holds or its relationships name the graph holds already. */
async function storedIds(tx: ManagedTransaction, plan: GraphPlan): Promise<Set<string>> {
  const ids = new Set(plan.nodes.map((node) => node.id));
  for (const { from, to } of plan.relationships) {
    ids.add(from).add(to);
  }
  const stored = new Set<string>();
  for (const slice of chunks([...ids], IDS_PER_LOOKUP)) {
    const result = await tx.run(namedStatement(STATEMENTS, "dump-stored-ids"), { ids: slice });
    for (const id of (result.records[0]?.get("ids") as string[] | undefined) ?? []) {
      stored.add(id);
    }
  }
  return stored;
}

/** Rejects a dump whose relationships name a node that neither it nor the graph holds, naming them. */
function checkEndpoints(plan: GraphPlan, stored: ReadonlySet<string>): void {
  const dumped = new Set(plan.nodes.map((node) => node.id));
  const missing = new Map<string, RelationshipRow>();
  for (const relationship of plan.relationships) {
    for (const id of [relationship.from, relationship.to]) {
      if (!dumped.has(id) && !stored.has(id) && !missing.has(id)) {
        missing.set(id, relationship);
      }
    }
  }
  if (missing.size === 0) {
    return;
  }
  const named = [...missing]
    .slice(0, MISSING_SHOWN)
    .map(([id, { type, from, to }]) => `${id} (${type} from ${from} to ${to})`);
  const more = missing.size > MISSING_SHOWN ? `, and ${missing.size - MISSING_SHOWN} more` : "";
  throw new AppError(
    ErrorCode.BAD_USER_INPUT,
    `The dump's relationships name ${missing.size} node(s) that neither the dump nor the graph holds: ${named.join(", ")}${more}`,
  );
}
