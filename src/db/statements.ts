import { join } from "node:path";
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";
import { ENTITY_TYPES } from "../domain/entities";
import { FACT_TYPES } from "../domain/model";
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
      withoutUnsetOptions(withLabels(namedStatement(this.statements, name), params), params),
      withIntegers(params),
    );
  }
}

const LABELS = new Set<string>([...ENTITY_TYPES, ...FACT_TYPES]);

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

/**
 * A condition `($option IS NULL OR ...)` whose option is null lets everything through: it is written
 * as `true`, so that Neo4j neither plans nor runs it. The fact filter's conditions hold EXISTS
 * subqueries; planned whether used or not, they doubled the cold planning of the mission's statement
 * (seconds on a just-restarted Neo4j). The text depends only on which options are set, never on
 * their values: one cached plan per combination a client uses.
 */
export function withoutUnsetOptions(statement: string, params: Record<string, unknown>): string {
  // `($a IS NULL OR ...)`, and `(($a IS NULL AND $b IS NULL ...) OR ...)` for options that go together.
  const option = /\((?:\$(\w+) IS NULL|\((\$\w+ IS NULL(?: AND \$\w+ IS NULL)*)\)\s*) OR /g;
  const isUnset = (name: string) => name in params && params[name] === null;
  let written = "";
  let from = 0;
  for (let match = option.exec(statement); match; match = option.exec(statement)) {
    const names = match[1]
      ? [match[1]]
      : [...(match[2] ?? "").matchAll(/\$(\w+)/g)].map((found) => found[1] ?? "");
    const end = names.every(isUnset) ? closingParenthesis(statement, match.index) : -1;
    if (end >= 0) {
      written += `${statement.slice(from, match.index)}true`;
      from = end + 1;
      option.lastIndex = from;
    }
  }
  return written + statement.slice(from);
}

/** Where the parenthesis opened at `open` closes (quoted text skipped), or -1. */
function closingParenthesis(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    const char = text[at];
    if (char === "'" || char === '"' || char === "`") {
      at = text.indexOf(char, at + 1);
      if (at < 0) {
        return -1;
      }
    } else if (char === "(") {
      depth++;
    } else if (char === ")" && --depth === 0) {
      return at;
    }
  }
  return -1;
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
