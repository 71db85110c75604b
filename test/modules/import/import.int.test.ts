import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applySchema } from "../../../src/db/schema";
import { importArticleFiles } from "../../../src/modules/import/import";
import { loadSeedGraph } from "../../../src/seed/seed";
import { SEED_DIR, SeedValidationError } from "../../../src/seed/seed-files";
import { summarizeGraph } from "../../../src/seed/seed-loader";
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
    const report = await importArticleFiles(db.executor, [file("new.yaml", ARTICLE)], { dryRun: false });
    expect(report).toMatchObject({ written: true, records: 2, nodes: 2, batches: 2, resumedAfter: 0 });
    const partners = await db.executor.read("test", (tx) =>
      tx.run(
        "MATCH (:Province {id: 'province:son-la'})<-[:ACTOR]-(:Agreement {id: 'agreement:son-la-luang-prabang-test-mou'})-[:PARTNER]->(p) RETURN p.id AS id",
      ),
    );
    expect(partners.records.map((record) => record.get("id"))).toEqual(["locality:la-luang-prabang"]);
  });

  it("changes nothing when the same file is imported again, nor when a seed article is", async () => {
    const path = file("new.yaml", ARTICLE);
    await importArticleFiles(db.executor, [path], { dryRun: false });
    const once = await summarizeGraph(db.executor);
    await importArticleFiles(db.executor, [path, join(SEED_DIR, "articles", "001_d3df1d2f0ab25093.yaml")], {
      dryRun: false,
    });
    expect(await summarizeGraph(db.executor)).toEqual(once);
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
    const report = await importArticleFiles(db.executor, [file("new.json", json)], { dryRun: false });
    expect(report).toMatchObject({ written: true, nodes: 1 });
  });

  it("checks everything and writes nothing on a dry run", async () => {
    const before = await summarizeGraph(db.executor);
    const report = await importArticleFiles(db.executor, [file("new.yaml", ARTICLE)], { dryRun: true });
    expect(report).toMatchObject({ written: false, nodes: 2 });
    expect(await summarizeGraph(db.executor)).toEqual(before);
  });

  it("rejects a file naming an unknown place, naming file, record and field, and writes nothing", async () => {
    const before = await summarizeGraph(db.executor);
    const path = file("bad.yaml", ARTICLE.replace("locality:la-luang-prabang", "locality:la-atlantis"));
    const attempt = importArticleFiles(db.executor, [path], { dryRun: false });
    await expect(attempt).rejects.toThrow(SeedValidationError);
    await expect(importArticleFiles(db.executor, [path], { dryRun: true })).rejects.toThrow(
      `${path}: agreement:son-la-luang-prabang-test-mou: parties[1]: "locality:la-atlantis" is not defined in the seed data`,
    );
    expect(await summarizeGraph(db.executor)).toEqual(before);
  });
});
