/**
 * Downloads of what is on screen: tables as CSV (with a byte-order mark, so spreadsheet programs
 * read the diacritics as UTF-8) or JSON, and the network as GraphML with a `label` attribute that
 * Gephi shows as the node's and edge's label.
 */

export type Cell = string | number | null | undefined;

function csvCell(value: Cell): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

function xml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

export interface GraphmlNode {
  id: string;
  label: string;
  type: string;
  country: string;
}

export interface GraphmlEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  facts: number;
  factIds: string;
}

export function toGraphml(nodes: GraphmlNode[], edges: GraphmlEdge[]): string {
  const data = (key: string, value: string | number) => `<data key="${key}">${xml(String(value))}</data>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="all" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="facts" for="edge" attr.name="facts" attr.type="int"/>',
    '  <key id="factIds" for="edge" attr.name="factIds" attr.type="string"/>',
    '  <graph id="explorer" edgedefault="undirected">',
    ...nodes.map(
      (node) =>
        `    <node id="${xml(node.id)}">${data("label", node.label)}${data("type", node.type)}${data("country", node.country)}</node>`,
    ),
    ...edges.map(
      (edge) =>
        `    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">${data("label", edge.label)}${data("facts", edge.facts)}${data("factIds", edge.factIds)}</edge>`,
    ),
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}

/** Hands a text to the browser as a file download. */
export function save(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has read the blob once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from the selection: "province-son-la-facts.csv". */
export function fileStem(id: string | null | undefined): string {
  return (id ?? "explorer").replace(/[^A-Za-z0-9-]+/g, "-");
}
