import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { useSeededDatabase } from "../../support/seeded-database";
import { exportText, type LoadedGraph, readGraphML } from "./export-support";

/**
 * Loads a GraphML file in NetworkX (read_graphml) and reports what it read. NetworkX is not a project
 * dependency: where python3 cannot import it, the same checks run on the file as read by
 * readGraphML (fast-xml-parser, typed by the declared keys), and README "Export" gives the manual step.
 */
const LOAD_IN_NETWORKX = `
import json, sys
import networkx as nx
graph = nx.read_graphml(sys.argv[1])
print(json.dumps({
    "multigraph": graph.is_multigraph(),
    "directed": graph.is_directed(),
    "nodes": [{"id": node, "attributes": data} for node, data in graph.nodes(data=True)],
    "edges": [{"source": u, "target": v, "attributes": data} for u, v, data in graph.edges(data=True)],
}))
`;

const networkxAvailable = spawnSync("python3", ["-c", "import networkx"]).status === 0;

function load(text: string): Pick<LoadedGraph, "nodes" | "edges"> {
  if (!networkxAvailable) {
    return readGraphML(text);
  }
  const file = join(mkdtempSync(join(tmpdir(), "graphml-")), "graph.graphml");
  writeFileSync(file, text);
  const result = spawnSync("python3", ["-c", LOAD_IN_NETWORKX, file], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) {
    throw new Error(`NetworkX could not read the export:\n${result.stderr}`);
  }
  const loaded = JSON.parse(result.stdout);
  expect([loaded.directed, loaded.multigraph]).toEqual([true, true]);
  return loaded;
}

describe("the GraphML export of the real graph", () => {
  const db = useSeededDatabase();
  let text: string;

  beforeAll(async () => {
    text = await exportText(db.executor, "graphml");
  });

  it("is well-formed GraphML whose every attribute is declared with its type", () => {
    const graph = readGraphML(text);
    const types = Object.fromEntries(graph.keys.map((key) => [key.id, key.type]));
    expect(types).toMatchObject({
      "n.labels": "string",
      "n.value": "double",
      "n.periodStart": "string",
      "e.type": "string",
      "e.referenceData": "boolean",
      "e.statedCount": "double",
      "n.sources": "string",
      "e.quotes": "string",
    });
  });

  it(`loads in ${networkxAvailable ? "NetworkX" : "an XML parser (NetworkX is not installed)"} with every node, edge and typed attribute`, async () => {
    const graph = load(text);
    const counts = await db.executor.read("test", (tx) =>
      tx.run("MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS edges"),
    );
    expect(graph.nodes).toHaveLength(counts.records[0]?.get("nodes"));
    expect(graph.edges).toHaveLength(counts.records[0]?.get("edges"));

    const node = (id: string) => graph.nodes.find((candidate) => candidate.id === id)?.attributes;
    expect(node("province:son-la")).toMatchObject({
      labels: "Entity|Province",
      nameVi: "Sơn La",
      isoCode: "VN-05",
      aliases: expect.stringContaining("|"),
    });
    expect(node("province:long-an")).toMatchObject({ validUntil: "2025-07-01" });
    expect(node("delegation:son-la-incoming-la-2017-2018-04")).toMatchObject({
      labels: "Delegation|Entity|Fact",
      periodStart: "2017-01-01",
      periodEnd: "2018-04-30",
      sources: "source:001_d3df1d2f0ab25093",
      quotes: expect.stringContaining("Lào"),
    });
    expect(node("delegation:son-la-incoming-la-2017-2018-04/figure/0")).toMatchObject({ value: 14 });

    const membership = graph.edges.find((edge) => edge.attributes.type === "MEMBER_OF");
    expect(membership?.attributes).toMatchObject({ certainty: "INFERRED", referenceData: true });
    const statedCount = graph.edges.find((edge) => edge.attributes.statedCount !== undefined);
    expect(statedCount?.attributes).toMatchObject({ type: "EVIDENCED_BY", statedCount: expect.any(Number) });
  });
});
