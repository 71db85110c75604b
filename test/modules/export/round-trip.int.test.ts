import { join } from "node:path";
import { EditingRepository } from "../../../src/modules/editing/editing.repository";
import { importDump, parseDump } from "../../../src/modules/export/import-dump";
import { importRecordFiles } from "../../../src/modules/import/import";
import { summarizeGraph } from "../../../src/records/graph-summary";
import { loadSeedGraph } from "../../../src/seed/seed";
import { SEED_DIR } from "../../../src/shared/paths";
import { clearDatabase, useTestDatabase } from "../../support/test-neo4j";
import { exportText } from "./export-support";

describe("the JSON export's round trip through an empty database", () => {
  const db = useTestDatabase();

  it("exports everything, imports it into an empty database, and exports the same bytes again", async () => {
    await loadSeedGraph(db.executor);
    const summary = await summarizeGraph(db.executor);
    const first = await exportText(db.executor, "json");

    await clearDatabase(db.executor);
    expect(await summarizeGraph(db.executor)).toEqual({ labels: {}, relationshipTypes: {} });
    await importDump(db.executor, parseDump(first));

    expect(await summarizeGraph(db.executor)).toEqual(summary);
    const second = await exportText(db.executor, "json");
    expect(second).toBe(first);
    // Dates came back as dates, not strings that look like them: the period filter still finds them.
    const dated = await db.executor.read("test", (tx) =>
      tx.run("MATCH (fact:Fact) WHERE fact.periodStart >= date('2017-01-01') RETURN count(fact) AS count"),
    );
    expect(dated.records[0]?.get("count")).toBeGreaterThan(0);
  });

  it("keeps each property's type, so GraphML and CSV, which declare types, are the same bytes too", async () => {
    await loadSeedGraph(db.executor);
    const article = join(SEED_DIR, "articles", "001_d3df1d2f0ab25093.yaml");
    await importRecordFiles(db.executor, [article], { dryRun: false, by: "importer" });
    const graphml = await exportText(db.executor, "graphml");
    const csv = await exportText(db.executor, "csv-nodes");
    const json = await exportText(db.executor, "json");

    await clearDatabase(db.executor);
    await importDump(db.executor, parseDump(json));

    // JSON writes 1 and 1.0 alike; a fact's version stored as a float would show as a double here.
    expect(await exportText(db.executor, "graphml")).toBe(graphml);
    expect(await exportText(db.executor, "csv-nodes")).toBe(csv);
  });

  it("imports a dump into a database that already holds it without changing anything", async () => {
    await loadSeedGraph(db.executor);
    const first = await exportText(db.executor, "json");
    await importDump(db.executor, parseDump(first));
    expect(await exportText(db.executor, "json")).toBe(first);
  });

  it("keeps a retired fact in the whole dump, which restores it, and leaves it out of filtered exports", async () => {
    await loadSeedGraph(db.executor);
    const retired = "delegation:son-la-incoming-la-2017-2018-04";
    await db.executor.write("test", (tx) =>
      tx.run("MATCH (fact:Fact {id: $retired}) SET fact.retiredOn = date('2025-01-15')", { retired }),
    );
    const whole = await exportText(db.executor, "json");
    const node = parseDump(whole).nodes.find((candidate) => candidate.id === retired);
    expect(node?.properties.retiredOn).toBe("2025-01-15");

    await clearDatabase(db.executor);
    await importDump(db.executor, parseDump(whole));
    expect(await exportText(db.executor, "json")).toBe(whole);
    const sonLa = parseDump(await exportText(db.executor, "json", { province: "province:son-la" }));
    expect(sonLa.nodes.map((candidate) => candidate.id)).not.toContain(retired);
  });

  it("restores the audit trail with the dump, so history answers as before; GraphML leaves it out", async () => {
    await loadSeedGraph(db.executor);
    const article = join(SEED_DIR, "articles", "001_d3df1d2f0ab25093.yaml");
    await importRecordFiles(db.executor, [article], { dryRun: false, by: "importer" });
    const historyOf = (id: string) => new EditingRepository(db.executor).history(id);
    const before = await historyOf("source:001_d3df1d2f0ab25093");
    expect(before).toEqual([expect.objectContaining({ by: "importer", action: "import" })]);
    const first = await exportText(db.executor, "json");

    await clearDatabase(db.executor);
    await importDump(db.executor, parseDump(first));

    expect(await exportText(db.executor, "json")).toBe(first);
    expect(await historyOf("source:001_d3df1d2f0ab25093")).toEqual(before);
    const graphml = await exportText(db.executor, "graphml");
    expect(graphml).toContain("source:001_d3df1d2f0ab25093");
    expect(graphml).not.toMatch(/Change|ImportRun|CHANGED/);
  });

  it("writes nothing when a relationship names a node the dump lacks", async () => {
    const dump = parseDump(
      JSON.stringify({
        format: "vn-relations-graph/1",
        nodes: [
          { id: "country:LA", labels: ["Country", "Entity"], properties: { code: "LA", id: "country:LA" } },
        ],
        relationships: [
          { type: "PART_OF", from: "locality:la-houaphanh", to: "country:LA", key: "", properties: {} },
        ],
      }),
    );
    await expect(importDump(db.executor, dump)).rejects.toThrow(
      /^The dump's relationships name 1 node\(s\) that neither the dump nor the graph holds: locality:la-houaphanh \(PART_OF/,
    );
    expect(await summarizeGraph(db.executor)).toEqual({ labels: {}, relationshipTypes: {} });
  });

  it("rejects a file that is not a dump, naming the first bad field", () => {
    expect(() =>
      parseDump(JSON.stringify({ format: "vn-relations-graph/1", nodes: [{ id: "x" }], relationships: [] })),
    ).toThrow(/^Not a vn-relations-graph\/1 dump: nodes\.0\.labels: /);
  });
});
