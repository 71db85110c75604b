import { resolve } from "node:path";
import type { Neo4jExecutor } from "../../db/executor";
import { Statements } from "../../db/statements";
import { planGraph } from "../../seed/graph-plan";
import { entityKind, mentionedIds, readArticleFiles, readYamlData } from "../../seed/seed-files";
import { loadPlan } from "../../seed/seed-loader";

const STATEMENTS = new Statements("editing.cypher");

export interface ImportReport {
  files: string[];
  nodes: number;
  relationships: number;
  written: boolean;
}

/**
 * `npm run import`: article files in the seed record format (YAML or JSON) into a database that
 * holds the gazetteer. Everything is checked first (the files, and every id they name against the
 * database); then, unless it is a dry run, the whole import is written in one transaction with the
 * seed load's MERGE statements, so a second import of the same files changes nothing and a failure
 * leaves nothing half-written.
 */
export async function importArticleFiles(
  executor: Neo4jExecutor,
  paths: string[],
  options: { dryRun: boolean },
): Promise<ImportReport> {
  const files = paths.map((path) => resolve(path));
  const ids = new Set<string>();
  for (const file of files) {
    mentionedIds(readYamlData(file), ids);
  }
  const stored = await STATEMENTS.read(executor, "references", { ids: [...ids] });
  const known = new Map<string, string>();
  const vietnamese: string[] = [];
  for (const record of stored) {
    const kind = record.get("type") ? entityKind(record.get("type")) : null;
    if (kind) {
      known.set(record.get("id"), kind);
      if (kind === "province" || record.get("countryCode") === "VN") {
        vietnamese.push(record.get("id"));
      }
    }
  }
  const plan = planGraph(readArticleFiles(files, known), vietnamese);
  if (!options.dryRun) {
    await loadPlan(executor, plan);
  }
  return {
    files,
    nodes: plan.nodes.length,
    relationships: plan.relationships.length,
    written: !options.dryRun,
  };
}
