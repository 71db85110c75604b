import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { applySchema } from "../../../src/db/schema";
import { importRecordFiles } from "../../../src/modules/import/import";
import { summarizeGraph } from "../../../src/records/graph-summary";
import { RecordValidationError } from "../../../src/records/record-bundle";
import { loadSeedGraph } from "../../../src/seed/seed";
import { useTestDatabase } from "../../support/test-neo4j";

const ROWS = 1200;
const BATCH_SIZE = 100;
const LAO_PROVINCES = ["locality:la-luang-prabang", "locality:la-oudomxay", "locality:la-phongsaly"];

const source = {
  id: "source:stream-test",
  fileName: "stream-test.txt",
  title: null,
  publisher: null,
  publishedOn: "2019-03-01",
  author: null,
  about: "province:son-la",
  period: null,
};

/** A partnership of Sơn La with a Lao province, as a record of the format. */
function partnership(n: number, to = LAO_PROVINCES[n % LAO_PROVINCES.length] as string) {
  return {
    id: `partnership:stream-${String(n).padStart(5, "0")}`,
    type: "Partnership",
    kind: "COOPERATION",
    from: "province:son-la",
    to: [to],
    evidence: [{ source: source.id, quote: `hợp tác số ${n}` }],
    certainty: "STATED",
  };
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "import-stream-")), name);
  writeFileSync(path, text);
  return path;
}

/** JSON Lines: the source, then the facts, one record a line. */
function jsonLines(facts: object[]): string {
  return tempFile(
    "facts.jsonl",
    [JSON.stringify({ record: "source", ...source }), ...facts.map((fact) => JSON.stringify(fact))].join(
      "\n",
    ),
  );
}

/** CSV: one row per fact, the first row describing the source. */
function csv(facts: Array<ReturnType<typeof partnership>>): string {
  const rows = facts.map((fact, i) => ({
    ...(i === 0
      ? {
          "source.fileName": source.fileName,
          "source.about": source.about,
          "source.publishedOn": "2019-03-01",
        }
      : {}),
    "source.id": source.id,
    id: fact.id,
    type: fact.type,
    kind: fact.kind,
    from: fact.from,
    to: fact.to.join(";"),
    "evidence.0.quote": fact.evidence[0]?.quote ?? "",
    certainty: fact.certainty,
  }));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return tempFile("facts.csv", stringify(rows, { header: true, columns }));
}

async function streamFacts(db: ReturnType<typeof useTestDatabase>): Promise<number> {
  const result = await db.executor.read("test", (tx) =>
    tx.run(
      "MATCH (fact:Partnership) WHERE fact.id STARTS WITH 'partnership:stream-' RETURN count(fact) AS facts",
    ),
  );
  return result.records[0]?.get("facts");
}

async function problemsOf(run: Promise<unknown>): Promise<string[]> {
  try {
    await run;
  } catch (error) {
    if (error instanceof RecordValidationError) {
      return error.problems.map((p) => `${p.record}: ${p.field}: ${p.message}`);
    }
    throw error;
  }
  return [];
}

describe("a streamed import: checked whole in a first pass, written in batches in a second", () => {
  const db = useTestDatabase();
  const run = (files: string[], dryRun = false) =>
    importRecordFiles(db.executor, files, { dryRun, by: "importer", batchSize: BATCH_SIZE });

  beforeEach(async () => {
    await applySchema(db.executor);
    await loadSeedGraph(db.executor);
  });

  it("imports JSON Lines: a source and its facts, in batches, and a second run changes nothing", async () => {
    const facts = Array.from({ length: ROWS }, (_, n) => partnership(n));
    const file = jsonLines(facts);
    const report = await run([file]);
    expect(report).toMatchObject({ written: true, records: ROWS + 1, batches: 1 + ROWS / BATCH_SIZE });
    expect(await streamFacts(db)).toBe(ROWS);
    const before = await summarizeGraph(db.executor);
    const again = await run([file]);
    expect(again.resumedAfter).toBe(again.batches);
    expect(await summarizeGraph(db.executor)).toEqual(before);
  });

  it.each([
    ["JSON Lines", jsonLines, `line ${ROWS + 1} (partnership:stream-0${ROWS - 1})`],
    ["CSV", csv, `row ${ROWS + 1} (partnership:stream-0${ROWS - 1})`],
  ])(
    "writes nothing from %s whose last record names an unknown place, and names it",
    async (_format, write, record) => {
      const facts = Array.from({ length: ROWS }, (_, n) =>
        n === ROWS - 1 ? partnership(n, "locality:la-atlantis") : partnership(n),
      );
      const before = await summarizeGraph(db.executor);
      expect(await problemsOf(run([write(facts)]))).toEqual([
        `${record}: to.0: "locality:la-atlantis" is not defined in the imported files or in the graph`,
      ]);
      expect(await streamFacts(db)).toBe(0);
      expect(await summarizeGraph(db.executor)).toEqual(before);
    },
  );

  it("reports every problem of every file at once: a schema problem, an unknown id, a bad line", async () => {
    const facts = [
      partnership(0),
      { ...partnership(1), kind: "ALLIANCE" },
      partnership(2, "locality:la-atlantis"),
    ];
    const file = tempFile(
      "facts.jsonl",
      [
        JSON.stringify({ record: "source", ...source }),
        ...facts.map((f) => JSON.stringify(f)),
        "{ not json",
      ].join("\n"),
    );
    const problems = await problemsOf(run([file]));
    expect(problems).toEqual([
      expect.stringMatching(/^line 3 \(partnership:stream-00001\): kind: /),
      expect.stringMatching(/^line 5: -: /),
      'line 4 (partnership:stream-00002): to.0: "locality:la-atlantis" is not defined in the imported files or in the graph',
    ]);
  });

  it("lets a later file define what an earlier one names, and a share come before its whole", async () => {
    const whole = {
      id: "delegation:stream-whole",
      type: "Delegation",
      direction: "INCOMING",
      vietnameseSide: ["province:son-la"],
      foreignSide: ["locality:la-oudomxay"],
      evidence: [{ source: source.id, quote: "đoàn công tác" }],
      certainty: "STATED",
    };
    const share = {
      ...whole,
      id: "delegation:stream-share",
      partOf: whole.id,
      evidence: [{ source: source.id, quote: "một phần đoàn" }],
    };
    const facts = tempFile("facts.jsonl", [JSON.stringify(share), JSON.stringify(whole)].join("\n"));
    const sources = tempFile("sources.jsonl", JSON.stringify({ record: "source", ...source }));
    const report = await run([facts, sources]);
    expect(report).toMatchObject({ written: true, records: 3 });
    const result = await db.executor.read("test", (tx) =>
      tx.run(
        "MATCH (:Delegation {id: 'delegation:stream-share'})-[:PART_OF]->(whole:Delegation) RETURN whole.id AS id",
      ),
    );
    expect(result.records.map((record) => record.get("id"))).toEqual([whole.id]);
  });
});
