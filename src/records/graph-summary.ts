import { join } from "node:path";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../db/cypher-files";
import type { Neo4jExecutor } from "../db/executor";

const STATEMENTS = readNamedStatements(join(CYPHER_DIR, "records.cypher"));

export interface GraphSummary {
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

/** What the graph holds, by label and relationship type: what a load wrote, and what tests compare. */
export function summarizeGraph(executor: Neo4jExecutor): Promise<GraphSummary> {
  return executor.read("graph-summary", async (tx) => {
    const labels = await tx.run(namedStatement(STATEMENTS, "count-by-label"));
    const types = await tx.run(namedStatement(STATEMENTS, "count-by-relationship-type"));
    return {
      labels: Object.fromEntries(labels.records.map((record) => [record.get("label"), record.get("count")])),
      relationshipTypes: Object.fromEntries(
        types.records.map((record) => [record.get("type"), record.get("count")]),
      ),
    };
  });
}
