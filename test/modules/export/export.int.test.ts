import type { Neo4jExecutor } from "../../../src/db/executor";
import { ExportRepository } from "../../../src/modules/export/export.repository";
import type { ExportedGraph } from "../../../src/modules/export/exported-graph";
import type { GraphDump } from "../../../src/modules/export/import-dump";
import { summarizeGraph } from "../../../src/records/graph-summary";
import { useSeededDatabase } from "../../support/seeded-database";
import { exportDump, exportText, WHOLE_GRAPH } from "./export-support";

/** Ids a Cypher query returns, to state what an export must hold independently of export.cypher. */
async function ids(executor: Neo4jExecutor, query: string, params: Record<string, unknown> = {}) {
  const result = await executor.read("test", (tx) => tx.run(query, params));
  return result.records.map((record) => record.get("id") as string).sort();
}

const factIds = (dump: GraphDump) =>
  dump.nodes.filter((node) => node.labels.includes("Fact")).map((node) => node.id);

/** Every relationship between two exported nodes is exported, and none with an end left out. */
async function expectClosedUnderRelationships(executor: Neo4jExecutor, dump: GraphDump) {
  const exported = new Set(dump.nodes.map((node) => node.id));
  for (const relationship of dump.relationships) {
    expect(exported.has(relationship.from) && exported.has(relationship.to)).toBe(true);
  }
  const result = await executor.read("test", (tx) =>
    tx.run("MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS count", {
      ids: [...exported],
    }),
  );
  expect(dump.relationships).toHaveLength(result.records[0]?.get("count"));
}

/** Each exported fact comes with all its participants, figures, sources and cited documents. */
async function expectFactContext(executor: Neo4jExecutor, dump: GraphDump) {
  const context = await ids(
    executor,
    `MATCH (fact:Fact)-[:ACTOR|PARTNER|HAS_FIGURE|EVIDENCED_BY|CITES]->(node)
     WHERE fact.id IN $facts
     RETURN DISTINCT node.id AS id`,
    { facts: factIds(dump) },
  );
  expect(context.length).toBeGreaterThan(0);
  expect(dump.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(context));
}

describe("exporting the graph from the real Neo4j", () => {
  const db = useSeededDatabase();

  it("exports the whole graph: every node and relationship, counted by label and type as the database counts them", async () => {
    const dump = await exportDump(db.executor);
    const summary = await summarizeGraph(db.executor);
    const count = (values: string[]) =>
      values.reduce<Record<string, number>>((counts, value) => {
        counts[value] = (counts[value] ?? 0) + 1;
        return counts;
      }, {});
    const { Entity, ...labels } = count(dump.nodes.flatMap((node) => node.labels));
    expect(labels).toEqual(summary.labels);
    expect(Entity).toBe(dump.nodes.length);
    expect(count(dump.relationships.map((r) => r.type))).toEqual(summary.relationshipTypes);
  });

  it("orders nodes by id and relationships by type, from, to and key, so two exports are the same bytes", async () => {
    const first = await exportText(db.executor, "json");
    const dump = JSON.parse(first) as GraphDump;
    const nodeIds = dump.nodes.map((node) => node.id);
    expect(nodeIds).toEqual([...nodeIds].sort());
    const keys = dump.relationships.map((r) => [r.type, r.from, r.to, r.key].join("\u0000"));
    expect(keys).toEqual([...keys].sort());
    expect(await exportText(db.executor, "json")).toBe(first);
  });

  it("exports Sơn La's network: its facts, their participants, figures and sources, the documents it cites, and nothing else", async () => {
    const dump = await exportDump(db.executor, { province: "province:son-la" });
    const expectedFacts = await ids(
      db.executor,
      `MATCH (:Province {id: 'province:son-la'})<-[:BASED_IN*0..1]-()<-[:ACTOR]-(fact:Fact)
       RETURN DISTINCT fact.id AS id`,
    );
    expect(expectedFacts.length).toBeGreaterThan(5);
    expect(factIds(dump)).toEqual(expectedFacts);
    await expectFactContext(db.executor, dump);
    await expectClosedUnderRelationships(db.executor, dump);

    // Every other node is the province, a document it cites, context one of its facts needs, or a
    // Source of these.
    const core = new Set([
      "province:son-la",
      ...expectedFacts,
      ...dump.relationships
        .filter(
          (r) =>
            expectedFacts.includes(r.from) && ["ACTOR", "PARTNER", "HAS_FIGURE", "CITES"].includes(r.type),
        )
        .map((r) => r.to),
      ...dump.relationships
        .filter((r) => r.from === "province:son-la" && r.type === "CITES")
        .map((r) => r.to),
    ]);
    const sources = dump.relationships
      .filter((r) => r.type === "EVIDENCED_BY" && core.has(r.from))
      .map((r) => r.to);
    expect(dump.nodes.map((node) => node.id)).toEqual([...new Set([...core, ...sources])].sort());

    // The Sơn La article's counts of the Northern Lao provinces come along with the group.
    const exported = new Set(dump.nodes.map((node) => node.id));
    expect(exported.has("group:northern-lao-provinces")).toBe(true);
    expect(exported.has("source:001_d3df1d2f0ab25093")).toBe(true);
    const statedCounts = dump.relationships.filter(
      (r) => r.from === "group:northern-lao-provinces" && r.type === "EVIDENCED_BY",
    );
    expect(statedCounts.map((r) => r.properties.statedCount).sort()).toEqual([8, 9]);
    // Nothing of other provinces' networks.
    expect(exported.has("agreement:an-giang-champasak-mou-2016")).toBe(false);
    expect(dump.nodes.filter((node) => node.labels.includes("Source"))).toHaveLength(1);
  });

  it("rolls up the units merged into a province only when asked", async () => {
    const alone = await exportDump(db.executor, { province: "province:tay-ninh-2025" });
    expect(alone.nodes.map((node) => node.id)).toEqual(["province:tay-ninh-2025"]);

    const rolledUp = await exportDump(db.executor, {
      province: "province:tay-ninh-2025",
      rollUpMerged: true,
    });
    const longAn = await exportDump(db.executor, { province: "province:long-an" });
    const tayNinh = await exportDump(db.executor, { province: "province:tay-ninh" });
    expect(factIds(rolledUp)).toEqual([...new Set([...factIds(longAn), ...factIds(tayNinh)])].sort());
    // Long An's own citations of policy documents come with it.
    expect(
      rolledUp.relationships.filter((r) => r.type === "CITES" && r.from === "province:long-an"),
    ).toHaveLength(
      longAn.relationships.filter((r) => r.type === "CITES" && r.from === "province:long-an").length,
    );
    expect(longAn.relationships.some((r) => r.type === "CITES")).toBe(true);
    await expectClosedUnderRelationships(db.executor, rolledUp);
  });

  it("exports a country's part: the facts with a partner in that country, with their context", async () => {
    const dump = await exportDump(db.executor, { country: "KH" });
    const expectedFacts = await ids(
      db.executor,
      "MATCH (fact:Fact)-[:PARTNER]->(partner {countryCode: 'KH'}) RETURN DISTINCT fact.id AS id",
    );
    expect(expectedFacts.length).toBeGreaterThan(3);
    expect(factIds(dump)).toEqual(expectedFacts);
    await expectFactContext(db.executor, dump);
    await expectClosedUnderRelationships(db.executor, dump);
  });

  it("exports a period: the facts whose period overlaps it, never an undated one", async () => {
    const dump = await exportDump(db.executor, { from: "2017-01-01", to: "2017-12-31" });
    const expectedFacts = await ids(
      db.executor,
      `MATCH (fact:Fact)
       WHERE coalesce(fact.periodEnd, fact.periodStart) >= date('2017-01-01')
         AND coalesce(fact.periodStart, fact.periodEnd) <= date('2017-12-31')
       RETURN fact.id AS id`,
    );
    expect(expectedFacts.length).toBeGreaterThan(3);
    expect(factIds(dump)).toEqual(expectedFacts);
    for (const node of dump.nodes.filter((node) => node.labels.includes("Fact"))) {
      expect(node.properties.periodStart ?? node.properties.periodEnd).toBeDefined();
    }
    const undated = await ids(
      db.executor,
      "MATCH (fact:Fact) WHERE fact.periodStart IS NULL AND fact.periodEnd IS NULL RETURN fact.id AS id",
    );
    expect(undated.length).toBeGreaterThan(0);
    expect(factIds(await exportDump(db.executor, { from: "1900-01-01" }))).not.toContain(undated[0]);
  });

  it("combines filters: the facts that pass each one", async () => {
    const province = factIds(await exportDump(db.executor, { province: "province:son-la" }));
    const country = factIds(await exportDump(db.executor, { country: "LA" }));
    const period = factIds(await exportDump(db.executor, { from: "2018-01-01" }));
    const combined = factIds(
      await exportDump(db.executor, { province: "province:son-la", country: "LA", from: "2018-01-01" }),
    );
    const expected = province.filter((id) => country.includes(id) && period.includes(id));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(province.length);
    expect(combined).toEqual(expected);
  });

  it("puts the provenance on every fact row and every fact's edge in CSV", async () => {
    const nodes = (await exportText(db.executor, "csv-nodes", { province: "province:son-la" })).split("\r\n");
    const header = nodes[0]?.split(",") ?? [];
    expect(header.slice(-2)).toEqual(["sources", "quotes"]);
    const edges = await exportText(db.executor, "csv-edges", { province: "province:son-la" });
    const training = edges
      .split("\r\n")
      .find(
        (line) =>
          line.startsWith("PARTNER,programme:son-la-") && line.includes("group:northern-lao-provinces"),
      );
    expect(training).toMatch(/,source:001_d3df1d2f0ab25093(\|source:001_d3df1d2f0ab25093)*,/);
  });

  it("runs under its own transaction timeout (an export outlives the API's): past it, DATABASE_TIMEOUT", async () => {
    const repository = new ExportRepository(db.executor, 200);
    // A writer whose reader stalls before it takes the nodes: past the timeout and past Neo4j's next
    // check of transaction deadlines (every 2 s by default).
    const slowWriter = async (graph: ExportedGraph) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      for await (const _node of graph.nodes) {
        // read them all
      }
    };
    await expect(repository.export(WHOLE_GRAPH, slowWriter)).rejects.toMatchObject({
      extensions: { code: "DATABASE_TIMEOUT" },
    });
  });
});
