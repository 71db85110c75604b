import { join } from "node:path";
import { z } from "zod";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../../db/cypher-files";
import type { Neo4jExecutor } from "../../db/executor";
import type { GraphPlan } from "../../records/graph-plan";
import { toNeo4jValues, writePlan } from "../../records/graph-writer";
import { DUMP_FORMAT } from "./json.writer";

/**
 * Reads back a JSON export (json.writer.ts) and writes it with the records' writer (writePlan), in one
 * transaction: all of it or, on any failure (e.g. a relationship whose node is missing), nothing.
 * Nodes and relationships are merged by id and key, so importing into a database that holds them
 * updates them. ISO date strings become Neo4j dates, as in the seed load.
 */

const STATEMENTS = readNamedStatements(join(CYPHER_DIR, "import.cypher"));
const HISTORY_LABELS = ["Change", "ImportRun"];

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

/** Parses and checks a dump; a malformed one is rejected with the path of the first bad field. */
export function parseDump(text: string): GraphDump {
  const result = dumpSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new Error(`Not a ${DUMP_FORMAT} dump: ${issue?.path.join(".")}: ${issue?.message}`);
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
 * The knowledge graph goes through writePlan; the audit trail (Change and ImportRun nodes, which are
 * not Entities, and CHANGED) is restored by its own statements, in the same transaction.
 */
export function importDump(executor: Neo4jExecutor, dump: GraphDump): Promise<void> {
  const plan = dumpToPlan(dump);
  const isHistory = (labels: string[]) => labels.some((label) => HISTORY_LABELS.includes(label));
  const historyIds = new Set(plan.nodes.filter((node) => isHistory(node.labels)).map((node) => node.id));
  return executor.write("import-dump", async (tx) => {
    await writePlan(tx, {
      nodes: plan.nodes.filter((node) => !historyIds.has(node.id)),
      relationships: plan.relationships.filter((relationship) => !historyIds.has(relationship.from)),
    });
    for (const label of HISTORY_LABELS) {
      const rows = plan.nodes
        .filter((node) => node.labels.includes(label))
        .map((node) => ({ id: node.id, props: toNeo4jValues(node.props) }));
      await tx.run(namedStatement(STATEMENTS, `restore-${label}`), { rows });
    }
    const changed = plan.relationships.filter((relationship) => historyIds.has(relationship.from));
    const result = await tx.run(namedStatement(STATEMENTS, "restore-changed"), {
      rows: changed.map((relationship) => ({ ...relationship, props: toNeo4jValues(relationship.props) })),
    });
    if (result.records[0]?.get("written") !== changed.length) {
      throw new Error("The dump's audit trail names records it does not hold");
    }
  });
}
