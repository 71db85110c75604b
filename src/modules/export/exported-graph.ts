/**
 * The graph an export writes, as the writers see it: plain values (dates as ISO strings), nodes and
 * relationships in a fixed order, each with its provenance. Nodes and relationships are streamed from
 * Neo4j while a writer consumes them, nodes first; each can be read once.
 */

export type ExportScalar = string | number | boolean;
export type ExportValue = ExportScalar | ExportScalar[];

/** One quote and the Source it comes from. */
export interface Evidence {
  source: string;
  quote: string;
}

export interface ExportNode {
  id: string;
  /** Sorted, including Entity. */
  labels: string[];
  /** Sorted by key; `id` is one of them. */
  properties: Record<string, ExportValue>;
  /** The quotes that state this node (facts, organisations, documents, groups), by source then quote. */
  evidence: Evidence[];
}

export interface ExportRelationship {
  type: string;
  from: string;
  to: string;
  /** Tells apart parallel relationships of one type; "" when the relationship has none. */
  key: string;
  properties: Record<string, ExportValue>;
  /** Its own quote or citations, else the evidence of the fact it belongs to. */
  evidence: Evidence[];
}

/** A property key and the GraphML type all its values fit (numbers that mix integers are doubles). */
export interface PropertyColumn {
  name: string;
  type: "boolean" | "long" | "double" | "string";
}

export interface ExportedGraph {
  /** Every property key of the exported nodes and relationships, sorted; one more query, so on demand. */
  propertyColumns(): Promise<{ nodes: PropertyColumn[]; relationships: PropertyColumn[] }>;
  nodes: AsyncIterable<ExportNode>;
  relationships: AsyncIterable<ExportRelationship>;
}

/** Separates the items of a list in the flat formats (GraphML, CSV). */
const LIST_SEPARATOR = "|";

/** A value as the flat formats write it: lists joined with "|", booleans as true/false. */
export function flatValue(value: ExportValue | undefined): string {
  if (value === undefined) {
    return "";
  }
  return Array.isArray(value) ? value.map(String).join(LIST_SEPARATOR) : String(value);
}

/** Provenance as two aligned columns: the n-th quote comes from the n-th source. */
export function evidenceColumns(evidence: Evidence[]): { sources: string; quotes: string } {
  return {
    sources: flatValue(evidence.map((item) => item.source)),
    quotes: flatValue(evidence.map((item) => item.quote)),
  };
}
