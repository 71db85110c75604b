import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DUMP_FORMAT } from "../../../src/modules/export/json.writer";
import { importRecordFiles } from "../../../src/modules/import/import";
import { summarizeGraph } from "../../../src/records/graph-summary";
import { loadSeedGraph } from "../../../src/seed/seed";
import { PROJECT_ROOT, SEED_DIR } from "../../../src/shared/paths";
import { clearDatabase, TEST_NEO4J_OPTIONS, useTestDatabase } from "../../support/test-neo4j";
import { exportText } from "./export-support";

/** `npm run restore` as an operator runs it (the built CLI), against the tests' Neo4j. */
const CLI = join(PROJECT_ROOT, "dist", "src", "modules", "export", "restore-cli.js");

function restore(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      NEO4J_URI: `bolt://127.0.0.1:${TEST_NEO4J_OPTIONS.port}`,
      LOG_LEVEL: "warn",
      // A request's timeout, far too short for any restore: a restore is maintenance, not bound by it.
      NEO4J_TRANSACTION_TIMEOUT_MS: "1",
    },
  });
}

function dumpFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "restore-")), "backup.json");
  writeFileSync(file, text);
  return file;
}

/** A dump of these nodes and relationships, in a file. */
function dumpOf(nodes: object[], relationships: object[]): string {
  return dumpFile(JSON.stringify({ format: DUMP_FORMAT, nodes, relationships }));
}

const SUMMARY =
  /^restored .+backup\.json: (\d+) nodes \((\d+) new\), (\d+) relationships, (\d+) audit records in [\d.]+ s\n$/;

describe("npm run restore", () => {
  const db = useTestDatabase();

  /** The seed graph with an imported article, so that the dump carries an audit trail too. */
  async function backUp(): Promise<string> {
    await loadSeedGraph(db.executor);
    const article = join(SEED_DIR, "articles", "001_d3df1d2f0ab25093.yaml");
    await importRecordFiles(db.executor, [article], { dryRun: false, by: "importer" });
    return exportText(db.executor, "json");
  }

  it("restores a backup into an emptied database, so that a second export is the same bytes", async () => {
    const backup = await backUp();
    const summary = await summarizeGraph(db.executor);
    await clearDatabase(db.executor);

    const result = restore(dumpFile(backup));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const [, nodes, fresh, relationships, audit] = SUMMARY.exec(result.stdout) ?? [];
    expect(Number(nodes)).toBeGreaterThan(0);
    expect(fresh).toBe(nodes);
    expect(Number(relationships)).toBeGreaterThan(0);
    expect(Number(audit)).toBeGreaterThan(0);
    expect(await summarizeGraph(db.executor)).toEqual(summary);
    expect(await exportText(db.executor, "json")).toBe(backup);
  });

  it("restores over the graph it was taken from without changing anything, audit trail included", async () => {
    const backup = await backUp();
    const summary = await summarizeGraph(db.executor);
    const file = dumpFile(backup);

    for (const run of [restore(file), restore(file)]) {
      expect(run.status).toBe(0);
      expect(SUMMARY.exec(run.stdout)?.[2]).toBe("0");
    }
    expect(await summarizeGraph(db.executor)).toEqual(summary);
    expect(await exportText(db.executor, "json")).toBe(backup);
  });

  it("checks and reports with --dry-run, and writes nothing", async () => {
    const backup = await backUp();
    const nodeCount = (JSON.parse(backup) as { nodes: unknown[] }).nodes.length;
    await clearDatabase(db.executor);

    const result = restore(dumpFile(backup), "--dry-run");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^checked .+backup\.json \(dry run, nothing written\): (\d+) nodes \(\1 new\), \d+ relationships, \d+ audit records\n$/,
    );
    const [, nodes] = /(\d+) nodes/.exec(result.stdout) ?? [];
    const audit = /(\d+) audit records/.exec(result.stdout)?.[1];
    expect(Number(nodes) + Number(audit)).toBe(nodeCount);
    expect(await summarizeGraph(db.executor)).toEqual({ labels: {}, relationshipTypes: {} });
  });

  it("refuses a malformed file, naming the first bad field, and leaves the graph as it was", async () => {
    await loadSeedGraph(db.executor);
    const before = await exportText(db.executor, "json");
    const badField = dumpOf(
      [{ id: "country:XX", labels: ["Country", "Entity"], properties: {} }],
      [{ type: "PART_OF", from: "country:XX", properties: {} }],
    );
    const truncated = dumpFile(before.slice(0, before.length / 2));

    const field = restore(badField);
    expect(field.status).toBe(1);
    expect(field.stdout).toBe("");
    expect(field.stderr).toBe(
      "Not a vn-relations-graph/1 dump: relationships.0.to: Invalid input: expected string, received undefined\n",
    );
    const json = restore(truncated, "--dry-run");
    expect(json.status).toBe(1);
    expect(json.stderr).toMatch(/^Not a vn-relations-graph\/1 dump: not JSON \(.+\)\n$/);
    expect(await exportText(db.executor, "json")).toBe(before);
  });

  it("refuses a dump whose relationships name nodes that are nowhere, naming them, and writes none of it", async () => {
    await loadSeedGraph(db.executor);
    const before = await exportText(db.executor, "json");
    const file = dumpOf(
      [{ id: "country:XX", labels: ["Country", "Entity"], properties: { code: "XX", nameEn: "Nowhere" } }],
      [
        // Laos is in the graph, so only the locality is missing.
        { type: "PART_OF", from: "locality:xx-nowhere", to: "country:LA", key: "", properties: {} },
        { type: "PART_OF", from: "locality:xx-elsewhere", to: "country:XX", key: "", properties: {} },
      ],
    );

    for (const args of [[file], [file, "--dry-run"]]) {
      const result = restore(...args);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        "The dump's relationships name 2 node(s) that neither the dump nor the graph holds: " +
          "locality:xx-nowhere (PART_OF from locality:xx-nowhere to country:LA), " +
          "locality:xx-elsewhere (PART_OF from locality:xx-elsewhere to country:XX)\n",
      );
    }
    expect(await exportText(db.executor, "json")).toBe(before);
  });

  it("refuses a dump the graph's constraints reject, with Neo4j's reason, and writes none of it", async () => {
    await loadSeedGraph(db.executor);
    const before = await exportText(db.executor, "json");
    // A second country with Laos's code: the country_code constraint refuses it inside the transaction.
    const file = dumpOf(
      [
        { id: "country:XX", labels: ["Country", "Entity"], properties: { code: "XX", nameEn: "Nowhere" } },
        { id: "country:LA-2", labels: ["Country", "Entity"], properties: { code: "LA", nameEn: "Laos" } },
      ],
      [],
    );

    const result = restore(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^A record with the same identity is already stored\. Neo4j said: Neo\.ClientError\.Schema\.ConstraintValidationFailed: .*'LA'/,
    );
    expect(await exportText(db.executor, "json")).toBe(before);
  });
});
