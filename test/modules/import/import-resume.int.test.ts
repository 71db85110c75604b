import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applySchema } from "../../../src/db/schema";
import { importRecordFiles } from "../../../src/modules/import/import";
import { summarizeGraph } from "../../../src/records/graph-summary";
import { loadSeedGraph } from "../../../src/seed/seed";
import { PROJECT_ROOT } from "../../../src/shared/paths";
import { TEST_NEO4J_OPTIONS, useTestDatabase } from "../../support/test-neo4j";

const FACTS = 3000;
const BATCH_SIZE = 50;
const LAO_PROVINCES = [
  "locality:la-luang-prabang",
  "locality:la-oudomxay",
  "locality:la-phongsaly",
  "locality:la-bokeo",
];

/** A large article file: many partnerships of Sơn La, each with its quote, in the seed record format. */
function largeArticle(): string {
  const facts = Array.from({ length: FACTS }, (_, n) => ({
    id: `partnership:bulk-${String(n).padStart(5, "0")}`,
    type: "Partnership",
    kind: "COOPERATION",
    from: "province:son-la",
    to: [LAO_PROVINCES[n % LAO_PROVINCES.length]],
    evidence: [{ source: "source:bulk-test", quote: `hợp tác số ${n}` }],
    certainty: "STATED",
  }));
  const file = join(mkdtempSync(join(tmpdir(), "import-large-")), "large.json");
  writeFileSync(
    file,
    JSON.stringify({
      source: {
        id: "source:bulk-test",
        fileName: "bulk-test.txt",
        publishedOn: null,
        about: "province:son-la",
        period: null,
      },
      facts,
    }),
  );
  return file;
}

async function bulkFacts(db: ReturnType<typeof useTestDatabase>) {
  const result = await db.executor.read("test", (tx) =>
    tx.run(`
      MATCH (fact:Partnership) WHERE fact.id STARTS WITH 'partnership:bulk-'
      RETURN count(fact) AS facts,
             count { MATCH (fact) WHERE NOT EXISTS { (fact)-[:EVIDENCED_BY]->(:Source) }
                       OR NOT EXISTS { (fact)-[:ACTOR]->(:Province) } OR NOT EXISTS { (fact)-[:PARTNER]->() } } AS halfWritten`),
  );
  return { facts: result.records[0]?.get("facts"), halfWritten: result.records[0]?.get("halfWritten") };
}

/**
 * A killed client's last COMMIT may already be with Neo4j, which then commits it: wait until Neo4j
 * runs no transaction of the import's before reading what it left.
 */
async function importSettled(db: ReturnType<typeof useTestDatabase>): Promise<void> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const result = await db.executor.read("test", (tx) =>
      tx.run(
        "SHOW TRANSACTIONS YIELD metaData WHERE metaData.operation STARTS WITH 'Importing batch' RETURN count(*) AS running",
      ),
    );
    if (Number(result.records[0]?.get("running")) === 0) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("The killed import's transactions are still running after 20 s");
}

async function batchesDone(db: ReturnType<typeof useTestDatabase>): Promise<number> {
  const result = await db.executor.read("test", (tx) =>
    tx.run("MATCH (run:ImportRun) RETURN coalesce(max(run.batchesDone), 0) AS done"),
  );
  return result.records[0]?.get("done") ?? 0;
}

describe("a large import, killed half-way and run again", () => {
  const db = useTestDatabase();

  beforeEach(async () => {
    await applySchema(db.executor);
    await loadSeedGraph(db.executor);
  });

  it("leaves whole records only, then resumes after the last committed batch, without duplicates", async () => {
    const file = largeArticle();
    const child: ChildProcess = spawn(
      process.execPath,
      [
        join(PROJECT_ROOT, "dist", "src", "modules", "import", "cli.js"),
        file,
        "--batch-size",
        String(BATCH_SIZE),
      ],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${TEST_NEO4J_OPTIONS.port}`, LOG_LEVEL: "warn" },
        stdio: "ignore",
      },
    );
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // Kill it once a few batches are in, well before the last.
    for (let attempt = 0; attempt < 600 && (await batchesDone(db)) < 5; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill("SIGKILL");
    await exited;
    await importSettled(db);

    const done = await batchesDone(db);
    const afterKill = await bulkFacts(db);
    expect(done).toBeGreaterThanOrEqual(5);
    expect(afterKill.halfWritten).toBe(0);
    // The first batch holds the source; each later one BATCH_SIZE whole facts, committed with its progress.
    expect(afterKill.facts).toBe((done - 1) * BATCH_SIZE);
    expect(afterKill.facts).toBeLessThan(FACTS);

    const resumed = await importRecordFiles(db.executor, [file], {
      dryRun: false,
      by: "importer",
      batchSize: BATCH_SIZE,
    });
    expect(resumed.resumedAfter).toBe(done);
    expect(await bulkFacts(db)).toEqual({ facts: FACTS, halfWritten: 0 });

    const complete = await summarizeGraph(db.executor);
    await importRecordFiles(db.executor, [file], { dryRun: false, by: "importer", batchSize: BATCH_SIZE });
    expect(await summarizeGraph(db.executor)).toEqual(complete);
  });
});
