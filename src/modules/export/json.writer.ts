import type { ExportedGraph } from "./exported-graph";

/** Names the dump's layout, so a reader can tell this one from a later one. */
export const DUMP_FORMAT = "vn-relations-graph/1";

/**
 * The graph as one JSON document, `{format, nodes: [{id, labels, properties}], relationships: [{type,
 * from, to, key, properties}]}`, one node or relationship a line: streamable, diffable, and, since
 * order and keys are fixed, the same bytes for the same graph (what the import round trip relies on).
 * Provenance lives in the EVIDENCED_BY relationships and CITES properties themselves.
 */
export async function* jsonDump(graph: ExportedGraph): AsyncGenerator<string> {
  yield `{"format":${JSON.stringify(DUMP_FORMAT)},"nodes":[`;
  let separator = "";
  for await (const { id, labels, properties } of graph.nodes) {
    yield `${separator}\n${JSON.stringify({ id, labels, properties })}`;
    separator = ",";
  }
  yield '\n],"relationships":[';
  separator = "";
  for await (const { type, from, to, key, properties } of graph.relationships) {
    yield `${separator}\n${JSON.stringify({ type, from, to, key, properties })}`;
    separator = ",";
  }
  yield "\n]}\n";
}
