import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { applySchema } from "../../../src/db/schema";
import { importRecordFiles } from "../../../src/modules/import/import";
import { RecordValidationError } from "../../../src/records/record-bundle";
import { loadSeedGraph } from "../../../src/seed/seed";
import { SEED_DIR } from "../../../src/shared/paths";
import { useTestDatabase } from "../../support/test-neo4j";
import { exportText } from "../export/export-support";

const SAMPLE = join(SEED_DIR, "samples", "son-la-2017-facts.csv");

/** A new source and a new agreement, one row, in the CSV form of the record format. */
const NEW_FACT_ROW = {
  "source.id": "source:test-csv-article",
  "source.fileName": "test-csv-article.txt",
  "source.publishedOn": "2019-03-01",
  "source.about": "province:son-la",
  type: "Agreement",
  id: "agreement:son-la-luang-prabang-csv-mou",
  kind: "MOU",
  parties: "province:son-la; locality:la-luang-prabang",
  sectors: "EDUCATION;HEALTH",
  "period.start": "2018-01-01",
  "period.precision": "YEAR",
  "evidence.0.quote": "ký biên bản ghi nhớ",
  "evidence.1.quote": "hợp tác giáo dục và y tế",
  certainty: "STATED",
};

function csvFile(rows: Array<Record<string, string>>): string {
  const path = join(mkdtempSync(join(tmpdir(), "import-csv-")), "facts.csv");
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  writeFileSync(path, stringify(rows, { header: true, columns }));
  return path;
}

const importFiles = (db: ReturnType<typeof useTestDatabase>, files: string[], dryRun = false) =>
  importRecordFiles(db.executor, files, { dryRun, by: "importer" });

describe("npm run import with CSV rows of facts", () => {
  const db = useTestDatabase();

  beforeEach(async () => {
    await applySchema(db.executor);
    await loadSeedGraph(db.executor);
  });

  it("reads the sample CSV as the same records as the seed article it restates: importing it changes nothing", async () => {
    // GraphML: the knowledge graph with every property, without the import's own audit records.
    const before = await exportText(db.executor, "graphml");
    const report = await importFiles(db, [SAMPLE]);
    expect(report).toMatchObject({ written: true, records: 5 });
    expect(await exportText(db.executor, "graphml")).toBe(before);
  });

  it("imports a row as a source and a fact with its lists, period and several quotes", async () => {
    await importFiles(db, [csvFile([NEW_FACT_ROW])]);
    const stored = await db.executor.read("test", (tx) =>
      tx.run(
        `MATCH (fact:Agreement {id: 'agreement:son-la-luang-prabang-csv-mou'})
         RETURN fact.sectors AS sectors, toString(fact.periodStart) AS start, fact.periodEnd AS end,
                [(fact)-[:ACTOR|PARTNER]->(p) | p.id] AS parties,
                [(fact)-[e:EVIDENCED_BY]->(s:Source) | [s.id, e.quote]] AS evidence`,
      ),
    );
    const fact = stored.records[0]?.toObject() ?? {};
    expect(fact).toMatchObject({ sectors: ["EDUCATION", "HEALTH"], start: "2018-01-01", end: null });
    expect([...fact.parties].sort()).toEqual(["locality:la-luang-prabang", "province:son-la"]);
    expect([...fact.evidence].sort()).toEqual([
      ["source:test-csv-article", "hợp tác giáo dục và y tế"],
      ["source:test-csv-article", "ký biên bản ghi nhớ"],
    ]);
  });

  it("accepts a row whose source is already in the graph by its id alone", async () => {
    const row = {
      ...NEW_FACT_ROW,
      "source.id": "source:001_d3df1d2f0ab25093",
      "source.fileName": "",
      "source.publishedOn": "",
      "source.about": "",
    };
    const report = await importFiles(db, [csvFile([row])]);
    expect(report).toMatchObject({ written: true, records: 1 });
  });

  it("imports places abroad and organisations from rows marked by a record column, with the facts naming them", async () => {
    const path = csvFile([
      {
        record: "locality",
        id: "locality:la-test-city",
        country: "country:LA",
        kind: "CITY",
        nameEn: "Test City",
        aliases: "Thành phố Thử; Test",
      },
      {
        record: "organization",
        id: "org:la-test-ngo",
        nameEn: "Test NGO",
        kind: "NGO",
        country: "country:LA",
        "source.id": "source:001_d3df1d2f0ab25093",
        "evidence.0.quote": "tổ chức phi chính phủ",
      },
      { ...NEW_FACT_ROW, record: "fact", parties: "province:son-la;locality:la-test-city;org:la-test-ngo" },
    ]);
    const report = await importFiles(db, [path]);
    expect(report).toMatchObject({ written: true, records: 4 });
    const stored = await db.executor.read("test", (tx) =>
      tx.run(
        `MATCH (fact:Agreement {id: 'agreement:son-la-luang-prabang-csv-mou'})-[:PARTNER]->(partner)
         RETURN partner.id AS id, partner.aliases AS aliases ORDER BY id`,
      ),
    );
    expect(stored.records.map((r) => r.toObject())).toEqual([
      { id: "locality:la-test-city", aliases: ["Thành phố Thử", "Test"] },
      { id: "org:la-test-ngo", aliases: [] },
    ]);
  });

  it("refuses a record kind it does not know", async () => {
    const path = csvFile([{ ...NEW_FACT_ROW, record: "treaty" }]);
    await expect(importFiles(db, [path], true)).rejects.toThrow(
      'record: must be fact, locality or organization, not "treaty"',
    );
  });

  it("reports each bad row by its line, record and field, and writes nothing", async () => {
    const before = await exportText(db.executor, "json");
    const path = csvFile([
      NEW_FACT_ROW,
      { ...NEW_FACT_ROW, id: "agreement:csv-second", kind: "HANDSHAKE", "source.fileName": "other.txt" },
      { ...NEW_FACT_ROW, id: "agreement:csv-third", parties: "province:son-la;locality:la-atlantis" },
    ]);
    const attempt = importFiles(db, [path], true);
    await expect(attempt).rejects.toThrow(RecordValidationError);
    const problems = await attempt.catch((error: RecordValidationError) => error.problems);
    expect(problems).toEqual([
      {
        file: path,
        record: "row 3 (agreement:csv-second)",
        field: "source.fileName",
        message: "differs from row 2, which defines source:test-csv-article",
      },
      expect.objectContaining({ record: "row 3 (agreement:csv-second)", field: "kind" }),
      // Every problem at once: the references are checked even where a schema problem was found.
      expect.objectContaining({
        record: "row 4 (agreement:csv-third)",
        field: "parties.1",
        message: '"locality:la-atlantis" is not defined in the imported files or in the graph',
      }),
    ]);
    await expect(
      importFiles(db, [
        csvFile([
          NEW_FACT_ROW,
          { ...NEW_FACT_ROW, id: "agreement:csv-third", parties: "province:son-la;locality:la-atlantis" },
        ]),
      ]),
    ).rejects.toThrow('"locality:la-atlantis" is not defined in the imported files or in the graph');
    expect(await exportText(db.executor, "json")).toBe(before);
  });

  it("refuses a file with a header and no rows", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "import-csv-")), "empty.csv");
    writeFileSync(path, "id,type,kind\n");
    await expect(importFiles(db, [path], true)).rejects.toThrow("has no rows under its header");
  });
});
