import { csvEdges, csvNodes } from "../../../src/modules/export/csv.writer";
import { collect, graphOf } from "./export-support";

const fact = {
  id: "programme:son-la-training",
  labels: ["Entity", "Fact", "Programme"],
  properties: {
    description: 'Lớp "tiếng Việt", khóa 1\nvà khóa 2\r\nkết thúc',
    id: "programme:son-la-training",
    periodStart: "2017-01-01",
    sectors: ["EDUCATION", "TRAINING"],
  },
  evidence: [
    { source: "source:001", quote: "mở 03 lớp, cho 113 cán bộ" },
    { source: "source:001", quote: "đào tạo" },
  ],
};
const figure = {
  id: "programme:son-la-training/figure/0",
  labels: ["Entity", "Figure"],
  properties: { id: "programme:son-la-training/figure/0", value: 113 },
  evidence: [],
};
const nodeColumns = [
  { name: "description", type: "string" as const },
  { name: "id", type: "string" as const },
  { name: "periodStart", type: "string" as const },
  { name: "sectors", type: "string" as const },
  { name: "value", type: "double" as const },
];

describe("the CSV writers", () => {
  it("write nodes.csv: a header, then id, labels, a column per property and the provenance, RFC 4180 quoted", async () => {
    const text = await collect(
      csvNodes(graphOf([fact, figure], [], { nodes: nodeColumns, relationships: [] })),
    );
    expect(text).toBe(
      [
        "id,labels,description,periodStart,sectors,value,sources,quotes\r\n",
        'programme:son-la-training,Entity|Fact|Programme,"Lớp ""tiếng Việt"", khóa 1\nvà khóa 2\r\nkết thúc",',
        '2017-01-01,EDUCATION|TRAINING,,source:001|source:001,"mở 03 lớp, cho 113 cán bộ|đào tạo"\r\n',
        "programme:son-la-training/figure/0,Entity|Figure,,,,113,,\r\n",
      ].join(""),
    );
  });

  it("write edges.csv: type, from, to, key, the properties, and the provenance, a CITES edge's own only once", async () => {
    const citation = {
      type: "CITES",
      from: "province:long-an",
      to: "policy:22-nq-tw",
      key: "citation:long-an-22",
      properties: {
        certainty: "STATED",
        key: "citation:long-an-22",
        quotes: ["Nghị quyết 22"],
        sources: ["source:004"],
      },
      evidence: [{ source: "source:004", quote: "Nghị quyết 22" }],
    };
    const membership = {
      type: "MEMBER_OF",
      from: "locality:la-houaphanh",
      to: "group:northern-lao-provinces",
      key: "",
      properties: { certainty: "INFERRED", key: "", referenceData: true },
      evidence: [],
    };
    const columns = ["certainty", "key", "quotes", "referenceData", "sources"].map((name) => ({
      name,
      type: "string" as const,
    }));
    const text = await collect(
      csvEdges(graphOf([], [citation, membership], { nodes: [], relationships: columns })),
    );
    expect(text.split("\r\n")).toEqual([
      "type,from,to,key,certainty,referenceData,sources,quotes",
      "CITES,province:long-an,policy:22-nq-tw,citation:long-an-22,STATED,,source:004,Nghị quyết 22",
      "MEMBER_OF,locality:la-houaphanh,group:northern-lao-provinces,,INFERRED,true,,",
      "",
    ]);
  });

  it("write only the header for an empty graph", async () => {
    const graph = graphOf([], [], { nodes: [], relationships: [] });
    expect(await collect(csvNodes(graph))).toBe("id,labels,sources,quotes\r\n");
  });
});
