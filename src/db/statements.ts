import { join } from "node:path";
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";
import { ENTITY_TYPES } from "../domain/entities";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "./cypher-files";
import type { ReadExecutor } from "./executor";

/**
 * A file of named read statements in cypher/, and how repositories run them: by name, with
 * parameters, each on its own (executor.query).
 */
export class Statements {
  private readonly statements: Map<string, string>;

  constructor(file: string) {
    this.statements = readNamedStatements(join(CYPHER_DIR, file));
  }

  async read(executor: ReadExecutor, name: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
    return executor.query(
      name,
      withLabels(namedStatement(this.statements, name), params),
      withIntegers(params),
    );
  }
}

const LABELS = new Set<string>(ENTITY_TYPES);

/**
 * Neo4j 5 plans a dynamic label (`MATCH (n:$($type))`) as a scan of every node, not of the label: a
 * list of 86 provinces read all 430,000 nodes of the largest benchmark graph. A `$(param)` whose value
 * is one of the graph's own labels is written into the statement instead (one cached plan per label);
 * any other value stays a parameter, so nothing a client sends ever becomes Cypher text.
 */
export function withLabels(statement: string, params: Record<string, unknown>): string {
  return statement.replace(/\$\(\$(\w+)\)/g, (dynamic, param: string) => {
    const value = params[param];
    return typeof value === "string" && LABELS.has(value) ? `\`${value}\`` : dynamic;
  });
}

/** JavaScript numbers reach Cypher as floats; LIMIT and path lengths need integers. */
export function withIntegers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === "number" && Number.isInteger(value) ? neo4j.int(value) : value,
    ]),
  );
}

/** Groups batched rows by the id each answers for, keeping every requested id (empty when nothing matched). */
export function groupById<R, T>(
  ids: readonly string[],
  rows: R[],
  idOf: (row: R) => string,
  map: (row: R) => T,
): Map<string, T[]> {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    groups.get(idOf(row))?.push(map(row));
  }
  return groups;
}
