import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { applySchema } from "../../../src/db/schema";
import { importRecordFiles } from "../../../src/modules/import/import";
import { summarizeGraph } from "../../../src/records/graph-summary";
import { RecordValidationError } from "../../../src/records/record-bundle";
import { loadSeedGraph } from "../../../src/seed/seed";
import { SEED_DIR } from "../../../src/shared/paths";
import { useTestDatabase } from "../../support/test-neo4j";

/** A new article, in the seed record format, naming places the database already holds. */
const ARTICLE = `
source:
  id: source:test-new-article
  fileName: test-new-article.txt
  title: "Bài báo thử"
  publisher: null
  publishedOn: "2019-03-01"
  author: null
  about: province:son-la
  period: { start: "2018-01-01", end: "2018-12-31", precision: YEAR }
facts:
  - id: agreement:son-la-luang-prabang-test-mou
    type: Agreement
    kind: MOU
    parties: [province:son-la, locality:la-luang-prabang]
    sectors: [EDUCATION]
    period: { start: "2018-01-01", end: "2018-12-31", precision: YEAR }
    evidence:
      - source: source:test-new-article
        quote: "ký biên bản ghi nhớ"
    certainty: STATED
`;

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "import-")), name);
  writeFileSync(path, text);
  return path;
}

describe("npm run import: article files into the real Neo4j", () => {
  const db = useTestDatabase();

  beforeEach(async () => {
    await applySchema(db.executor);
    await loadSeedGraph(db.executor);
  });

  it("imports a new article in one transaction, linking its facts to the places already stored", async () => {
    const report = await importRecordFiles(db.executor, [file("new.yaml", ARTICLE)], {
      dryRun: false,
      by: "importer",
    });
    expect(report).toMatchObject({ written: true, records: 2, nodes: 2, batches: 2, resumedAfter: 0 });
    const partners = await db.executor.read("test", (tx) =>
      tx.run(
        "MATCH (:Province {id: 'province:son-la'})<-[:ACTOR]-(:Agreement {id: 'agreement:son-la-luang-prabang-test-mou'})-[:PARTNER]->(p) RETURN p.id AS id",
      ),
    );
    expect(partners.records.map((record) => record.get("id"))).toEqual(["locality:la-luang-prabang"]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const path = file("new.yaml", ARTICLE);
    await importRecordFiles(db.executor, [path], { dryRun: false, by: "importer" });
    const once = await summarizeGraph(db.executor);
    const again = await importRecordFiles(db.executor, [path], { dryRun: false, by: "importer" });
    expect(again.resumedAfter).toBe(again.batches);
    expect(await summarizeGraph(db.executor)).toEqual(once);
  });

  it("changes no knowledge when a seed article is imported again, and audits each record it names", async () => {
    const knowledge = async () => {
      const { labels, relationshipTypes } = await summarizeGraph(db.executor);
      const { CHANGED: _audit, ...rest } = relationshipTypes;
      return { labels, relationshipTypes: rest };
    };
    const before = await knowledge();
    const seedArticle = join(SEED_DIR, "articles", "001_d3df1d2f0ab25093.yaml");
    await importRecordFiles(db.executor, [seedArticle], { dryRun: false, by: "importer" });
    expect(await knowledge()).toEqual(before);

    const article = parseYaml(readFileSync(seedArticle, "utf8"));
    const audited = await db.executor.read("test", (tx) =>
      tx.run("MATCH (change:Change {by: 'importer'}) RETURN collect(change.entityId) AS ids"),
    );
    // Every record that is a node; citations are relationships, audited with the import run.
    const nodeRecords = [
      article.source,
      ...Object.values(article.entities ?? {}).flat(),
      ...article.facts.filter((fact: { type: string }) => fact.type !== "Citation"),
    ].filter((record: { id: string }) => !record.id.startsWith("group:"));
    expect([...((audited.records[0]?.get("ids") ?? []) as string[])].sort()).toEqual(
      nodeRecords.map((record: { id: string }) => record.id).sort(),
    );
  });

  it("records who imported each record, when and from which file, in its history", async () => {
    const path = file("new.yaml", ARTICLE);
    await importRecordFiles(db.executor, [path], { dryRun: false, by: "importer" });
    const history = await db.executor.read("test", (tx) =>
      tx.run(
        `MATCH (change:Change)-[:CHANGED]->(:Entity {id: 'agreement:son-la-luang-prabang-test-mou'})
         RETURN change.by AS by, change.action AS action, change.reason AS reason, change.record AS record,
                change.at IS NOT NULL AS dated`,
      ),
    );
    expect(history.records.map((record) => record.toObject())).toEqual([
      {
        by: "importer",
        action: "import",
        reason: `import of ${path}`,
        record: expect.stringContaining('"kind":"MOU"'),
        dated: true,
      },
    ]);
  });

  it("reads JSON as well as YAML", async () => {
    const json = JSON.stringify({
      source: {
        id: "source:test-json",
        fileName: "test-json.txt",
        publishedOn: null,
        about: "province:son-la",
        period: null,
      },
      facts: [],
    });
    const report = await importRecordFiles(db.executor, [file("new.json", json)], {
      dryRun: false,
      by: "importer",
    });
    expect(report).toMatchObject({ written: true, nodes: 1 });
  });

  it("checks everything and writes nothing on a dry run", async () => {
    const before = await summarizeGraph(db.executor);
    const report = await importRecordFiles(db.executor, [file("new.yaml", ARTICLE)], {
      dryRun: true,
      by: "importer",
    });
    expect(report).toMatchObject({ written: false, nodes: 2 });
    expect(await summarizeGraph(db.executor)).toEqual(before);
  });

  it("rejects a file naming an unknown place, naming file, record and field, and writes nothing", async () => {
    const before = await summarizeGraph(db.executor);
    const path = file("bad.yaml", ARTICLE.replace("locality:la-luang-prabang", "locality:la-atlantis"));
    const attempt = importRecordFiles(db.executor, [path], { dryRun: false, by: "importer" });
    await expect(attempt).rejects.toThrow(RecordValidationError);
    await expect(importRecordFiles(db.executor, [path], { dryRun: true, by: "importer" })).rejects.toThrow(
      `${path}: agreement:son-la-luang-prabang-test-mou: parties.1: "locality:la-atlantis" is not defined in the imported files or in the graph`,
    );
    expect(await summarizeGraph(db.executor)).toEqual(before);
  });
});
