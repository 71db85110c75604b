import { stringify } from "csv-stringify/sync";
import { type ExportedGraph, evidenceColumns, flatValue } from "./exported-graph";

/**
 * The graph as two CSV files, nodes.csv and edges.csv, as spreadsheets, pandas and Gephi's spreadsheet
 * import read them: a header row, then one row per node or relationship with a column per property key
 * (empty where a row lacks it), lists joined with "|". The last two columns, `sources` and `quotes`,
 * are the provenance (see ExportNode.evidence, ExportRelationship.evidence).
 */

const PROVENANCE = ["sources", "quotes"];
const NODE_COLUMNS = ["id", "labels"];
const EDGE_COLUMNS = ["type", "from", "to", "key"];

export async function* csvNodes(graph: ExportedGraph): AsyncGenerator<string> {
  const properties = propertyNames((await graph.propertyColumns()).nodes, NODE_COLUMNS);
  yield row([...NODE_COLUMNS, ...properties, ...PROVENANCE]);
  for await (const node of graph.nodes) {
    const { sources, quotes } = evidenceColumns(node.evidence);
    yield row([
      node.id,
      flatValue(node.labels),
      ...properties.map((name) => flatValue(node.properties[name])),
      sources,
      quotes,
    ]);
  }
}

export async function* csvEdges(graph: ExportedGraph): AsyncGenerator<string> {
  const properties = propertyNames((await graph.propertyColumns()).relationships, EDGE_COLUMNS);
  yield row([...EDGE_COLUMNS, ...properties, ...PROVENANCE]);
  for await (const edge of graph.relationships) {
    const { sources, quotes } = evidenceColumns(edge.evidence);
    yield row([
      edge.type,
      edge.from,
      edge.to,
      edge.key,
      ...properties.map((name) => flatValue(edge.properties[name])),
      sources,
      quotes,
    ]);
  }
}

/** Property columns, less those a fixed column already carries (id, key, and CITES' sources and quotes). */
function propertyNames(columns: Array<{ name: string }>, fixed: string[]): string[] {
  const taken = new Set([...fixed, ...PROVENANCE]);
  return columns.map((column) => column.name).filter((name) => !taken.has(name));
}

/**
 * RFC 4180: CRLF between records; a field with a comma, quote or line break quoted, quotes doubled.
 * csv-stringify quotes a lone LF or CR only when asked (quoted_match).
 */
function row(fields: string[]): string {
  return stringify([fields], { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}
