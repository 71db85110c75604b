import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../../src/shared/paths";
import { useSeededDatabase } from "../../support/seeded-database";
import { TEST_NEO4J_OPTIONS } from "../../support/test-neo4j";
import { exportText } from "./export-support";

/** `npm run export` as a user runs it (the built CLI), against the tests' Neo4j. */
const CLI = join(PROJECT_ROOT, "dist", "src", "modules", "export", "cli.js");

function exportCli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${TEST_NEO4J_OPTIONS.port}`, LOG_LEVEL: "warn" },
  });
}

describe("npm run export", () => {
  const db = useSeededDatabase();

  it("writes the JSON dump of the whole graph to stdout, and only that; the count goes to stderr", async () => {
    const result = exportCli("--format", "json");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(await exportText(db.executor, "json"));
    expect(result.stderr).toMatch(/^exported \d+ nodes and \d+ relationships\n$/);
  });

  it("writes a province's network as nodes.csv and edges.csv into the --out folder", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "export-")), "son-la");
    const result = exportCli("--format", "csv", "--province", "province:son-la", "--out", out);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    const filter = { province: "province:son-la" };
    expect(readFileSync(join(out, "nodes.csv"), "utf8")).toBe(
      await exportText(db.executor, "csv-nodes", filter),
    );
    expect(readFileSync(join(out, "edges.csv"), "utf8")).toBe(
      await exportText(db.executor, "csv-edges", filter),
    );
  });

  it("writes GraphML to a file with the country and period filters", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "export-")), "laos-2017.graphml");
    const result = exportCli(
      "--format",
      "graphml",
      "--country",
      "la",
      "--from",
      "2017-01-01",
      "--to",
      "2017-12-31",
      "--out",
      file,
    );
    expect(result.status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(
      await exportText(db.executor, "graphml", { country: "LA", from: "2017-01-01", to: "2017-12-31" }),
    );
  });

  it("refuses, before touching the database, csv without a folder and a bad filter", () => {
    const csv = exportCli("--format", "csv");
    expect(csv.status).toBe(1);
    expect(csv.stderr).toBe(
      "--format csv writes two files, nodes.csv and edges.csv: name their folder with --out\n",
    );

    const file = join(mkdtempSync(join(tmpdir(), "export-")), "never.json");
    const period = exportCli("--format", "json", "--from", "2018-01-01", "--to", "2017-01-01", "--out", file);
    expect(period.status).toBe(1);
    expect(period.stderr).toBe("from (2018-01-01) must not be after to (2017-01-01)\n");
    expect(existsSync(file)).toBe(false);
  });
});
