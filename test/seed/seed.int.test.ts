import { planGraph } from "../../src/records/graph-plan";
import { summarizeGraph } from "../../src/records/graph-summary";
import { writePlanInOne } from "../../src/records/graph-writer";
import { RecordValidationError } from "../../src/records/record-bundle";
import { readRecordFolder } from "../../src/records/record-files";
import { loadSeedGraph, seedIfEmpty } from "../../src/seed/seed";
import { SEED_DIR } from "../../src/shared/paths";
import { seedCopyWith } from "../support/seed-copy";
import { useTestDatabase } from "../support/test-neo4j";

describe("loading the seed graph into the real Neo4j", () => {
  const db = useTestDatabase();

  it("loads the same graph twice without changing a count", async () => {
    await loadSeedGraph(db.executor);
    const first = await summarizeGraph(db.executor);
    // 17 curated countries and the 228 other ISO 3166-1 entries the gazetteer generates.
    expect(first.labels).toMatchObject({ Province: 86, Country: 245, Source: 5 });
    expect(first.relationshipTypes.EVIDENCED_BY).toBeGreaterThan(100);

    await loadSeedGraph(db.executor);
    expect(await summarizeGraph(db.executor)).toEqual(first);
  });

  it("holds the generated places abroad as places only: PART_OF their unit or country, tied to no fact", async () => {
    await loadSeedGraph(db.executor);
    const rows = await db.executor.query(
      "test",
      `MATCH (city:ForeignLocality {id: 'locality:cn-kunming'})-[:PART_OF]->(unit)-[:PART_OF]->(country:Country)
       MATCH (paris:ForeignLocality {id: 'locality:fr-paris'})-[:PART_OF]->(france:Country)
       RETURN unit.id AS unit, country.code AS country, france.code AS france,
              COUNT { (city)--(:Fact) } + COUNT { (paris)--(:Fact) } + COUNT { (france)--(:Fact) } AS facts`,
      {},
    );
    expect(rows.map((record) => record.toObject())).toEqual([
      { unit: "locality:cn-yunnan", country: "CN", france: "FR", facts: 0 },
    ]);
  });

  it("loads into an empty database at start-up and never into one that holds data", async () => {
    await db.executor.write("test", (tx) => tx.run("CREATE (:Probe {name: 'the user data'})"));
    expect(await seedIfEmpty(db.executor)).toBe(false);
    expect((await summarizeGraph(db.executor)).labels).toEqual({});

    await db.executor.write("test", (tx) => tx.run("MATCH (n) DETACH DELETE n"));
    expect(await seedIfEmpty(db.executor)).toBe(true);
    expect((await summarizeGraph(db.executor)).labels.Province).toBe(86);
  });

  it("rejects a bad seed file, naming file, record and field, and leaves the database as it was", async () => {
    await loadSeedGraph(db.executor);
    const before = await summarizeGraph(db.executor);
    const broken = seedCopyWith("articles/002_2dc6bf13558371b9.yaml", (text) =>
      text.replace(/qualifier: EXACT/, "qualifier: ROUGHLY"),
    );
    const attempt = loadSeedGraph(db.executor, broken);
    await expect(attempt).rejects.toThrow(RecordValidationError);
    await expect(loadSeedGraph(db.executor, broken)).rejects.toThrow(
      /seeds\/articles\/002_2dc6bf13558371b9\.yaml: facts\[\d+\] \([\w:-]+\): [\w.[\]]*qualifier: Invalid option/,
    );
    expect(await summarizeGraph(db.executor)).toEqual(before);
  });

  it("writes nothing at all when the load fails half-way through", async () => {
    const plan = planGraph(readRecordFolder(SEED_DIR));
    const dangling = {
      ...plan,
      relationships: [
        ...plan.relationships,
        { type: "PART_OF", from: "province:son-la", to: "country:XX", key: "", props: {} },
      ],
    };
    await expect(writePlanInOne(db.executor, "Loading the seed graph", dangling)).rejects.toThrow(
      /relationships found both their nodes/,
    );
    expect(await summarizeGraph(db.executor)).toEqual({ labels: {}, relationshipTypes: {} });
  });
});
