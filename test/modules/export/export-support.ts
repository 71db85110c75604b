import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Neo4jExecutor } from "../../../src/db/executor";
import { ExportRepository } from "../../../src/modules/export/export.repository";
import type { ExportFilter } from "../../../src/modules/export/export-filter";
import { EXPORT_FORMATS, type ExportFormatName } from "../../../src/modules/export/export-formats";
import type {
  ExportedGraph,
  ExportNode,
  ExportRelationship,
  PropertyColumn,
} from "../../../src/modules/export/exported-graph";
import type { GraphDump } from "../../../src/modules/export/import-dump";

/** An in-memory graph for the writers' unit tests, shaped as the repository streams it. */
export function graphOf(
  nodes: ExportNode[],
  relationships: ExportRelationship[],
  columns: { nodes: PropertyColumn[]; relationships: PropertyColumn[] },
): ExportedGraph {
  return {
    propertyColumns: async () => columns,
    nodes: (async function* () {
      yield* nodes;
    })(),
    relationships: (async function* () {
      yield* relationships;
    })(),
  };
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) {
    text += chunk;
  }
  return text;
}

export const WHOLE_GRAPH: ExportFilter = {
  province: null,
  rollUpMerged: false,
  country: null,
  from: null,
  to: null,
};

/** One export from the real database, as the text the CLI and the endpoint would write. */
export async function exportText(
  executor: Neo4jExecutor,
  format: ExportFormatName,
  filter: Partial<ExportFilter> = {},
): Promise<string> {
  let text = "";
  await new ExportRepository(executor).export(
    { ...WHOLE_GRAPH, ...filter },
    async (graph) => {
      text = await collect(EXPORT_FORMATS[format].write(graph));
    },
    { history: EXPORT_FORMATS[format].history },
  );
  return text;
}

export async function exportDump(
  executor: Neo4jExecutor,
  filter: Partial<ExportFilter> = {},
): Promise<GraphDump> {
  return JSON.parse(await exportText(executor, "json", filter)) as GraphDump;
}

export interface GraphMLKey {
  id: string;
  for: "node" | "edge";
  name: string;
  type: string;
}

export interface LoadedGraph {
  keys: GraphMLKey[];
  nodes: Array<{ id: string; attributes: Record<string, unknown> }>;
  edges: Array<{ source: string; target: string; attributes: Record<string, unknown> }>;
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // Values as written: GraphML's declared types decide what they are, not the parser.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Numeric character references (&#10;) as well as the XML entities.
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && ["key", "node", "edge", "data"].includes(name),
});

/**
 * Reads GraphML as a GraphML consumer does, with fast-xml-parser: checks it is well-formed, that every
 * <data> names a declared key of its own domain, and converts each value by its key's attr.type
 * (as NetworkX's read_graphml does: long and int to integers, double and float to numbers, booleans).
 */
export function readGraphML(text: string): LoadedGraph {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const root = xmlParser.parse(text).graphml;
  const keys: GraphMLKey[] = (root.key ?? []).map((key: Record<string, string>) => ({
    id: key.id,
    for: key.for,
    name: key["attr.name"],
    type: key["attr.type"],
  }));
  type Element = { data?: Array<Record<string, string>> };
  const attributes = (domain: string, element: Element) =>
    Object.fromEntries(
      (element.data ?? []).map((data) => {
        const key = keys.find((candidate) => candidate.id === data.key && candidate.for === domain);
        if (!key) {
          throw new Error(`<data key="${data.key}"> on a ${domain} has no <key> declared for ${domain}s`);
        }
        return [key.name, typed(data["#text"] ?? "", key.type)];
      }),
    );
  const graph = root.graph;
  return {
    keys,
    nodes: (graph.node ?? []).map((node: Element & { id: string }) => ({
      id: node.id,
      attributes: attributes("node", node),
    })),
    edges: (graph.edge ?? []).map((edge: Element & { source: string; target: string }) => ({
      source: edge.source,
      target: edge.target,
      attributes: attributes("edge", edge),
    })),
  };
}

function typed(text: string, type: string): unknown {
  switch (type) {
    case "boolean":
      if (text !== "true" && text !== "false") throw new Error(`not a boolean: "${text}"`);
      return text === "true";
    case "int":
    case "long":
    case "float":
    case "double": {
      const value = Number(text);
      if (text.trim() === "" || Number.isNaN(value)) throw new Error(`not a ${type}: "${text}"`);
      return value;
    }
    default:
      return text;
  }
}
