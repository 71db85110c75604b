import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/shared/paths";
import { TEST_NEO4J_OPTIONS, useTestDatabase } from "../support/test-neo4j";

/** `npm run seed` as a user runs it (the built CLI), against the tests' Neo4j. */
const CLI = join(PROJECT_ROOT, "dist", "src", "seed", "cli.js");

function seed(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${TEST_NEO4J_OPTIONS.port}`, LOG_LEVEL: "warn" },
  });
}

describe("npm run seed", () => {
  useTestDatabase();

  it("loads the seed graph, prints counts by label and relationship type, and a second run prints the same", () => {
    const first = seed();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Nodes by label:$/m);
    expect(first.stdout).toMatch(/^ {2}Province +86$/m);
    expect(first.stdout).toMatch(/^Relationships by type:$/m);
    expect(first.stdout).toMatch(/^ {2}EVIDENCED_BY +\d+$/m);

    const second = seed();
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it("checks the seed files without a database with --check", () => {
    const result = seed("--check");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^seed files are valid: \d+ nodes, \d+ relationships$/m);
    expect(result.stdout).not.toMatch(/Nodes by label/);
  });
});
