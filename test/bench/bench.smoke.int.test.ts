import { ratioChart } from "../../bench/chart";
import { markdownReport } from "../../bench/report";
import { benchSize, WAYS } from "../../bench/runner";
import { applySchema } from "../../src/db/schema";
import { loadSynthGraph } from "../../src/synth/synth-load";
import { testConnectionConfig, useTestDatabase } from "../support/test-neo4j";

/**
 * `npm run bench` end to end on a tiny synthetic graph, for a second per question and way: the three
 * servers answer every question without errors under load from the separate load process. Timings
 * are the benchmark's business, not this test's. Needs the build (dist/bench/load.js), as npm test does.
 */
describe("the benchmark runner on the smallest graph", () => {
  const db = useTestDatabase();

  it("asks every question of our API, raw Cypher and @neo4j/graphql, with no errors, and reports each", async () => {
    await applySchema(db.executor);
    const load = await loadSynthGraph(db.executor, { relationships: 1500, seed: 7 });
    expect(load.relationships).toBeGreaterThanOrEqual(1500);

    const report = await benchSize({
      neo4j: testConnectionConfig(),
      label: "smoke",
      relationships: 1500,
      load,
      run: {
        connections: 2,
        warmupSeconds: 0,
        durationSeconds: 1,
        probeRequests: 1,
        runs: 1,
        host: "127.0.0.1",
        ports: { ours: 0, raw: 0, peer: 0, peerPlain: 0 },
      },
    });

    const questions = report.questions.map((question) => question.name);
    expect(questions).toEqual(["mission", "nested", "dashboard", "search", "path", "page", "fixed"]);
    // The peer has no form of the fixed-size page of partners, and a plain form beside its best
    // only where the two differ.
    const asked: Record<string, readonly string[]> = {
      nested: WAYS,
      dashboard: WAYS,
      page: WAYS,
      fixed: ["ours", "raw"],
    };
    expect(report.measurements.map((m) => `${m.question} ${m.way}`)).toEqual(
      questions.flatMap((question) =>
        (asked[question] ?? ["ours", "raw", "peer"]).map((way) => `${question} ${way}`),
      ),
    );
    for (const measurement of report.measurements) {
      expect({ at: `${measurement.question} ${measurement.way}`, errors: measurement.errors }).toEqual({
        at: `${measurement.question} ${measurement.way}`,
        errors: 0,
      });
      expect(measurement.requests).toBeGreaterThan(0);
      expect(measurement.roundTrips).toBeGreaterThanOrEqual(1);
      expect(measurement.answerBytes).toBeGreaterThan(0);
    }
    const markdown = markdownReport({
      startedAt: "now",
      machine: { cpus: "test", cores: 1, memoryGiB: 1, node: process.version },
      settings: { connections: 2, warmupSeconds: 0, durationSeconds: 1 },
      sizes: [report],
    });
    for (const question of questions) {
      expect(markdown).toContain(`| ${question} | ours |`);
    }
    const chart = await ratioChart({
      startedAt: "now",
      machine: { cpus: "test", cores: 1, memoryGiB: 1, node: process.version },
      settings: { connections: 2, warmupSeconds: 0, durationSeconds: 1 },
      sizes: [report],
    });
    expect(chart).toMatch(/^<svg/);
    expect(chart).toContain("ours/raw");
    // Four ways, seven questions, each load drained: minutes on a busy two-core machine.
  }, 300_000);
});
