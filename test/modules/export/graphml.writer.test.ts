import { graphml } from "../../../src/modules/export/graphml.writer";
import { collect, graphOf, readGraphML } from "./export-support";

const figure = {
  id: "programme:son-la-training/figure/0",
  labels: ["Entity", "Figure"],
  properties: {
    id: "programme:son-la-training/figure/0",
    text: "113 cán bộ <\"Lào\"> & 'Bắc Lào'\nhết\u0001",
    value: 113,
  },
  evidence: [],
};
const fact = {
  id: "programme:son-la-training",
  labels: ["Entity", "Fact", "Programme"],
  properties: {
    id: "programme:son-la-training",
    periodStart: "2017-01-01",
    sectors: ["EDUCATION", "TRAINING"],
  },
  evidence: [{ source: "source:001", quote: "mở 03 lớp" }],
};
const membership = {
  type: "MEMBER_OF",
  from: "locality:la-houaphanh",
  to: "group:northern-lao-provinces",
  key: "",
  properties: { certainty: "INFERRED", key: "", referenceData: true },
  evidence: [],
};
const columns = {
  nodes: [
    { name: "id", type: "string" as const },
    { name: "periodStart", type: "string" as const },
    { name: "sectors", type: "string" as const },
    { name: "text", type: "string" as const },
    { name: "value", type: "double" as const },
  ],
  relationships: [
    { name: "certainty", type: "string" as const },
    { name: "key", type: "string" as const },
    { name: "referenceData", type: "boolean" as const },
  ],
};

async function write() {
  const text = await collect(graphml(graphOf([fact, figure], [membership], columns)));
  return { text, graph: readGraphML(text) };
}

describe("the GraphML writer", () => {
  it("writes well-formed XML in the GraphML namespace, one directed graph", async () => {
    const { text } = await write();
    expect(text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns"/,
    );
    expect(text).toContain('<graph id="vn-relations-graph" edgedefault="directed">');
  });

  it("declares a typed <key> for every attribute before the graph, node and edge keys with distinct ids", async () => {
    const { text, graph } = await write();
    expect(text.lastIndexOf("<key ")).toBeLessThan(text.indexOf("<graph "));
    expect(graph.keys.map((key) => [key.id, key.for, key.name, key.type])).toEqual([
      ["n.labels", "node", "labels", "string"],
      ["n.periodStart", "node", "periodStart", "string"],
      ["n.sectors", "node", "sectors", "string"],
      ["n.text", "node", "text", "string"],
      ["n.value", "node", "value", "double"],
      ["n.sources", "node", "sources", "string"],
      ["n.quotes", "node", "quotes", "string"],
      ["e.type", "edge", "type", "string"],
      ["e.certainty", "edge", "certainty", "string"],
      ["e.key", "edge", "key", "string"],
      ["e.referenceData", "edge", "referenceData", "boolean"],
      ["e.sources", "edge", "sources", "string"],
      ["e.quotes", "edge", "quotes", "string"],
    ]);
  });

  it("writes labels, lists joined with |, dates as ISO strings, typed numbers and the provenance; nothing for an absent value", async () => {
    const { graph } = await write();
    expect(graph.nodes.map((node) => node.id)).toEqual([fact.id, figure.id]);
    expect(graph.nodes[0]?.attributes).toEqual({
      labels: "Entity|Fact|Programme",
      periodStart: "2017-01-01",
      sectors: "EDUCATION|TRAINING",
      sources: "source:001",
      quotes: "mở 03 lớp",
    });
    expect(graph.nodes[1]?.attributes).toMatchObject({ labels: "Entity|Figure", value: 113 });
  });

  it("escapes markup and keeps line breaks; a character XML cannot carry becomes U+FFFD", async () => {
    const { text, graph } = await write();
    expect(graph.nodes[1]?.attributes.text).toBe("113 cán bộ <\"Lào\"> & 'Bắc Lào'\nhết\uFFFD");
    expect(text).toContain(
      '<data key="n.text">113 cán bộ &lt;&quot;Lào&quot;&gt; &amp; &apos;Bắc Lào&apos;&#10;hết\uFFFD</data>',
    );
  });

  it("writes an edge with its type, its properties and booleans as true/false", async () => {
    const { text, graph } = await write();
    expect(graph.edges).toEqual([
      {
        source: "locality:la-houaphanh",
        target: "group:northern-lao-provinces",
        attributes: { type: "MEMBER_OF", certainty: "INFERRED", key: "", referenceData: true },
      },
    ]);
    expect(text).toContain(
      [
        '    <edge source="locality:la-houaphanh" target="group:northern-lao-provinces">',
        '      <data key="e.type">MEMBER_OF</data>',
        '      <data key="e.certainty">INFERRED</data>',
        '      <data key="e.key"></data>',
        '      <data key="e.referenceData">true</data>',
        "    </edge>",
      ].join("\n"),
    );
  });
});
