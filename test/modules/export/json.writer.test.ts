import { jsonDump } from "../../../src/modules/export/json.writer";
import { collect, graphOf } from "./export-support";

const province = {
  id: "province:son-la",
  labels: ["Entity", "Province"],
  properties: { aliases: ["Son La", "tỉnh Sơn La"], id: "province:son-la", nameVi: "Sơn La" },
  evidence: [],
};
const fact = {
  id: "programme:son-la-training",
  labels: ["Entity", "Fact", "Programme"],
  properties: { id: "programme:son-la-training", periodStart: "2017-01-01", sectors: [] },
  evidence: [{ source: "source:001", quote: "đào tạo" }],
};
const actor = {
  type: "ACTOR",
  from: fact.id,
  to: province.id,
  key: "RUNNER",
  properties: { key: "RUNNER", role: "RUNNER" },
  evidence: fact.evidence,
};
const noColumns = { nodes: [], relationships: [] };

describe("the JSON dump writer", () => {
  it("writes {format, nodes, relationships}, one node or relationship a line, keys in a fixed order", async () => {
    const text = await collect(jsonDump(graphOf([fact, province], [actor], noColumns)));
    expect(text).toBe(
      [
        '{"format":"vn-relations-graph/1","nodes":[',
        '{"id":"programme:son-la-training","labels":["Entity","Fact","Programme"],"properties":{"id":"programme:son-la-training","periodStart":"2017-01-01","sectors":[]}},',
        '{"id":"province:son-la","labels":["Entity","Province"],"properties":{"aliases":["Son La","tỉnh Sơn La"],"id":"province:son-la","nameVi":"Sơn La"}}',
        '],"relationships":[',
        '{"type":"ACTOR","from":"programme:son-la-training","to":"province:son-la","key":"RUNNER","properties":{"key":"RUNNER","role":"RUNNER"}}',
        "]}",
        "",
      ].join("\n"),
    );
  });

  it("leaves provenance to the EVIDENCED_BY relationships rather than repeating it on every node and edge", async () => {
    const dump = JSON.parse(await collect(jsonDump(graphOf([fact], [], noColumns))));
    expect(dump.nodes[0]).not.toHaveProperty("evidence");
  });

  it("writes an empty graph as a valid, empty dump", async () => {
    const text = await collect(jsonDump(graphOf([], [], noColumns)));
    expect(JSON.parse(text)).toEqual({ format: "vn-relations-graph/1", nodes: [], relationships: [] });
  });
});
