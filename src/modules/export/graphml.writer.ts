import {
  type Evidence,
  type ExportedGraph,
  type ExportValue,
  evidenceColumns,
  flatValue,
  type PropertyColumn,
} from "./exported-graph";

/**
 * The graph as GraphML (http://graphml.graphdrawing.org), which Gephi opens and NetworkX's
 * read_graphml loads with typed attributes. Every attribute is declared by a <key> before the graph:
 * on nodes `labels` and every property, on edges `type` and every property, and on both the
 * provenance, `sources` and `quotes`. Lists are joined with "|", dates are ISO strings. Node ids are
 * the entities' ids; a node's `id` property is therefore not repeated as an attribute.
 */

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`;

const TEXT: PropertyColumn["type"] = "string";
const PROVENANCE: PropertyColumn[] = [
  { name: "sources", type: TEXT },
  { name: "quotes", type: TEXT },
];

interface Key extends PropertyColumn {
  /** Unique across the document, while a name may be both a node's and an edge's attribute. */
  id: string;
}

export async function* graphml(graph: ExportedGraph): AsyncGenerator<string> {
  const columns = await graph.propertyColumns();
  const nodeKeys = keys("n", [{ name: "labels", type: TEXT }], columns.nodes, ["id"]);
  const edgeKeys = keys("e", [{ name: "type", type: TEXT }], columns.relationships, []);
  yield HEADER;
  for (const [domain, declared] of [
    ["node", nodeKeys],
    ["edge", edgeKeys],
  ] as const) {
    for (const key of declared) {
      yield `  <key id="${escapeXml(key.id)}" for="${domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>\n`;
    }
  }
  yield '  <graph id="vn-relations-graph" edgedefault="directed">\n';
  for await (const node of graph.nodes) {
    const values = { ...node.properties, labels: node.labels, ...provenance(node.evidence) };
    yield `    <node id="${escapeXml(node.id)}">\n${data(nodeKeys, values)}    </node>\n`;
  }
  for await (const edge of graph.relationships) {
    const values = { ...edge.properties, type: edge.type, ...provenance(edge.evidence) };
    yield `    <edge source="${escapeXml(edge.from)}" target="${escapeXml(edge.to)}">\n${data(edgeKeys, values)}    </edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}

/** The fixed attributes first, then the properties, then the provenance (which wins over a property of that name). */
function keys(prefix: string, fixed: PropertyColumn[], properties: PropertyColumn[], omit: string[]): Key[] {
  const taken = new Set([...fixed, ...PROVENANCE].map((column) => column.name).concat(omit));
  return [...fixed, ...properties.filter((column) => !taken.has(column.name)), ...PROVENANCE].map(
    (column) => ({ ...column, id: `${prefix}.${column.name}` }),
  );
}

/** A node or edge with no evidence has no provenance attributes, as it has none for an absent property. */
function provenance(evidence: Evidence[]): Partial<Record<string, string>> {
  return evidence.length > 0 ? evidenceColumns(evidence) : {};
}

function data(declared: Key[], values: Record<string, ExportValue | undefined>): string {
  let text = "";
  for (const key of declared) {
    const value = values[key.name];
    if (value !== undefined) {
      text += `      <data key="${escapeXml(key.id)}">${escapeXml(flatValue(value))}</data>\n`;
    }
  }
  return text;
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // Kept as references, or an XML parser would normalise them away (line ends, attribute whitespace).
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#9;",
};

/** Characters XML 1.0 cannot carry at all, even as references. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to find
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML content and attributes alike; what XML cannot carry becomes U+FFFD. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r\n\t]/g, (char) => ENTITIES[char] ?? char).replace(NOT_XML, "\uFFFD");
}
