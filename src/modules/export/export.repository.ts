import { join } from "node:path";
import type { ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../../db/cypher-files";
import type { ReadExecutor } from "../../db/executor";
import { AppError, ErrorCode } from "../../shared/errors";
import { type ExportFilter, isWholeGraph } from "./export-filter";
import type {
  Evidence,
  ExportedGraph,
  ExportNode,
  ExportRelationship,
  ExportScalar,
  ExportValue,
  PropertyColumn,
} from "./exported-graph";

const STATEMENTS = readNamedStatements(join(CYPHER_DIR, "export.cypher"));
const statement = (name: string) => namedStatement(STATEMENTS, name);

/** A whole-graph export streams far longer than an API read may take (NEO4J_TRANSACTION_TIMEOUT_MS). */
const EXPORT_TIMEOUT_MS = 10 * 60_000;

export interface ExportCounts {
  nodes: number;
  relationships: number;
}

/**
 * Runs an export in one read transaction: the writer gets the selected graph and consumes it as
 * Neo4j streams it (`for await` over the result pulls records as the writer asks for them), so no
 * export, however large, is held in memory.
 */
export class ExportRepository {
  constructor(
    private readonly executor: ReadExecutor,
    private readonly timeoutMs = EXPORT_TIMEOUT_MS,
  ) {}

  /**
   * Calls `write` with the graph `filter` selects and returns how many nodes and relationships it
   * read. With `history`, a whole-graph export includes the audit trail.
   */
  export(
    filter: ExportFilter,
    write: (graph: ExportedGraph) => Promise<void>,
    options: { history: boolean } = { history: false },
  ): Promise<ExportCounts> {
    const whole = isWholeGraph(filter);
    const params = { ...filter, whole, history: whole && options.history };
    let writing = false;
    return this.executor.read(
      "export",
      async (tx) => {
        // The driver retries a transaction that failed transiently; once output has begun, a second
        // run would write it twice, so the export fails instead.
        if (writing) {
          throw new AppError(
            ErrorCode.DATABASE_UNAVAILABLE,
            "The database connection failed during the export; run it again.",
          );
        }
        writing = true;
        const counts: ExportCounts = { nodes: 0, relationships: 0 };
        await write({
          propertyColumns: async () => ({
            nodes: await propertyColumns(tx, "node-property-types", params),
            relationships: await propertyColumns(tx, "relationship-property-types", params),
          }),
          nodes: stream(tx, "nodes", params, (record) => {
            counts.nodes += 1;
            return toNode(record);
          }),
          relationships: stream(tx, "relationships", params, (record) => {
            counts.relationships += 1;
            return toRelationship(record);
          }),
        });
        return counts;
      },
      { timeoutMs: this.timeoutMs },
    );
  }
}

async function* stream<T>(
  tx: ManagedTransaction,
  name: string,
  params: Record<string, unknown>,
  map: (record: Neo4jRecord) => T,
): AsyncGenerator<T> {
  for await (const record of tx.run(statement(name), params)) {
    yield map(record);
  }
}

async function propertyColumns(
  tx: ManagedTransaction,
  name: string,
  params: Record<string, unknown>,
): Promise<PropertyColumn[]> {
  const result = await tx.run(statement(name), params);
  return result.records.map((record) => ({
    name: record.get("key"),
    type: columnType(record.get("types")),
  }));
}

/** From Cypher's valueType() names, e.g. "FLOAT NOT NULL"; dates and lists are written as text. */
function columnType(valueTypes: string[]): PropertyColumn["type"] {
  const types = new Set(valueTypes.map((type) => type.replace(/ NOT NULL$/, "")));
  const only = (...allowed: string[]) => [...types].every((type) => allowed.includes(type));
  if (only("BOOLEAN")) return "boolean";
  if (only("INTEGER")) return "long";
  if (only("INTEGER", "FLOAT")) return "double";
  return "string";
}

function toNode(record: Neo4jRecord): ExportNode {
  return {
    id: record.get("id"),
    labels: [...(record.get("labels") as string[])].sort(),
    properties: plainProperties(record.get("properties")),
    evidence: toEvidence(record.get("evidence")),
  };
}

function toRelationship(record: Neo4jRecord): ExportRelationship {
  return {
    type: record.get("type"),
    from: record.get("fromId"),
    to: record.get("toId"),
    key: record.get("key"),
    properties: plainProperties(record.get("properties")),
    evidence: toEvidence(record.get("evidence")),
  };
}

function plainProperties(properties: Record<string, unknown>): Record<string, ExportValue> {
  return Object.fromEntries(
    Object.keys(properties)
      .sort()
      .map((key) => [key, plainValue(properties[key])]),
  );
}

/** Dates (and any other temporal value) become their ISO string; numbers arrive plain (see driver.ts). */
function plainValue(value: unknown): ExportValue {
  if (Array.isArray(value)) {
    return value.map((item) => plainValue(item) as ExportScalar);
  }
  return typeof value === "object" && value !== null ? String(value) : (value as ExportValue);
}

function toEvidence(pairs: Array<[string, string]>): Evidence[] {
  return pairs
    .map(([source, quote]) => ({ source, quote }))
    .sort((a, b) => compare(a.source, b.source) || compare(a.quote, b.quote));
}

/** Code-point order, the same on every machine (localeCompare depends on the locale). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
