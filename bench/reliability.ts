import "reflect-metadata";
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { startApp } from "../src/app";
import { loadConfig } from "../src/config/config";
import { readExampleOperations } from "../src/docs/example-operations";
import { createLogger } from "../src/shared/logger";
import { PROJECT_ROOT } from "../src/shared/paths";
import { LocalNeo4j } from "../tools/neo4j/launcher";
import { fuzzRequests, sendFuzz } from "./fuzz-requests";
import type { LoadResult, LoadSpec } from "./load";

/**
 * `npm run bench:reliability`: the figures of docs/reliability.md, against the server with the
 * built-in Neo4j on 127.0.0.1 only, bounded in time (about three minutes plus Neo4j's restart):
 *   1. load: RELIABILITY_DURATION_S (60) seconds at RELIABILITY_CONNECTIONS (200) on the mission
 *      query, the load generator in its own process: requests, errors, p50/p99;
 *   2. outage: Neo4j killed (SIGKILL) under load and restarted: how fast requests fail while it is
 *      away, and the time from its restart to the first success and to /ready;
 *   3. fuzz: RELIABILITY_FUZZ (5,000) malformed requests: answers with status 500 and with
 *      INTERNAL_SERVER_ERROR (both must be 0).
 * Settings come from the environment as for npm start (LOCAL_NEO4J_PORT, LOCAL_NEO4J_DATA_DIR, PORT);
 * the per-client rate limit is off, since every request comes from one address.
 */
const execFileAsync = promisify(execFile);
const LOAD_SCRIPT = join(PROJECT_ROOT, "dist", "bench", "load.js");
const MISSION = "lao-provinces-son-la-trains-cadres-from.graphql";

const settings = {
  durationSeconds: Number(process.env.RELIABILITY_DURATION_S ?? 60),
  connections: Number(process.env.RELIABILITY_CONNECTIONS ?? 200),
  fuzzCount: Number(process.env.RELIABILITY_FUZZ ?? 5000),
};

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, HOST: "127.0.0.1", RATE_LIMIT_PER_MINUTE: "0" });
  if (config.externalNeo4j) {
    throw new Error("The reliability bench kills and restarts the built-in Neo4j: unset NEO4J_URI.");
  }
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn");
  const app = await startApp(config, logger);
  const results: Record<string, unknown> = { settings, startedAt: new Date().toISOString() };
  try {
    await waitForReady(app.url, 300_000);
    const mission = readExampleOperations().find((operation) => operation.file === MISSION);
    if (!mission) {
      throw new Error(`schema/operations/${MISSION} is missing`);
    }
    const body = JSON.stringify({ query: mission.text, variables: mission.variables });

    console.log(
      `load: ${settings.durationSeconds} s at ${settings.connections} connections on the mission query`,
    );
    results.load = await load({
      url: `${app.url}/graphql`,
      body,
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
    });
    console.log(JSON.stringify(results.load));

    console.log("outage: Neo4j killed under load, then restarted");
    results.outage = await outage(app.url, body, new LocalNeo4j(config.localNeo4j));
    console.log(JSON.stringify(results.outage));

    console.log(`fuzz: ${settings.fuzzCount} malformed requests`);
    const fuzz = await sendFuzz(app.url, fuzzRequests(settings.fuzzCount, 2026), 8);
    results.fuzz = fuzz;
    console.log(JSON.stringify({ ...fuzz, failures: fuzz.failures.slice(0, 5) }));
  } finally {
    await app.stop();
  }
  const dir = join(PROJECT_ROOT, "bench-results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `reliability-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to ${file}`);
}

async function load(spec: LoadSpec): Promise<LoadResult> {
  const { stdout } = await execFileAsync(process.execPath, [LOAD_SCRIPT, JSON.stringify(spec)], {
    timeout: (spec.durationSeconds + 60) * 1000,
  });
  return JSON.parse(stdout) as LoadResult;
}

interface Answer {
  at: number;
  status: number;
  ms: number;
  /** The first GraphQL error's code, if any. */
  code?: string;
}

/**
 * Twenty clients ask the mission query in a loop while Neo4j is killed with SIGKILL and, after
 * five seconds, started again; every answer is recorded with its status and latency.
 */
async function outage(url: string, body: string, neo4j: LocalNeo4j) {
  const answers: Answer[] = [];
  let running = true;
  const client = async () => {
    while (running) {
      const started = Date.now();
      let status = 0;
      let code: string | undefined;
      try {
        const response = await fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
          signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        status = response.status;
        code = /"code":"([A-Z_]+)"/.exec(text)?.[1];
      } catch {
        status = 0;
      }
      answers.push({ at: Date.now(), status, ms: Date.now() - started, code });
      if (status !== 200) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  const clients = Array.from({ length: 20 }, client);
  await new Promise((resolve) => setTimeout(resolve, 5_000));

  const { pid } = await neo4j.status();
  if (pid === undefined) {
    throw new Error("The built-in Neo4j is not running");
  }
  const killedAt = Date.now();
  process.kill(-pid, "SIGKILL");
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const restartAt = Date.now();
  await neo4j.start();
  const boltReadyAt = Date.now();
  const readyAt = await waitForReady(url, 120_000);
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  running = false;
  await Promise.all(clients);

  const duringOutage = answers.filter((answer) => answer.at > killedAt && answer.at < boltReadyAt);
  const failed = duringOutage.filter((answer) => answer.status !== 200);
  const firstFailure = failed[0];
  const firstSuccessAfter = answers.find((answer) => answer.at > boltReadyAt && answer.status === 200);
  const sorted = failed.map((answer) => answer.ms).sort((a, b) => a - b);
  const byStatus: Record<string, number> = {};
  for (const answer of answers.filter((a) => a.at > killedAt)) {
    byStatus[answer.status] = (byStatus[answer.status] ?? 0) + 1;
  }
  return {
    neo4jRestartMs: boltReadyAt - restartAt,
    firstFailureAfterKillMs: firstFailure ? firstFailure.at - killedAt : null,
    failedWhileAway: failed.length,
    failedLatencyP50Ms: sorted[Math.floor(sorted.length / 2)] ?? null,
    failedLatencyMaxMs: sorted[sorted.length - 1] ?? null,
    firstSuccessAfterNeo4jReadyMs: firstSuccessAfter ? firstSuccessAfter.at - boltReadyAt : null,
    readyAfterNeo4jReadyMs: readyAt - boltReadyAt,
    statusesAfterKill: byStatus,
    lastUnavailableAfterNeo4jReadyMs: Math.max(
      ...answers
        .filter((answer) => answer.at > boltReadyAt && answer.status === 503)
        .map((a) => a.at - boltReadyAt),
    ),
    // What clients saw once Neo4j answered again, past the fast 503s: ms after that, status, code, latency.
    firstAnswersAfterNeo4jReady: answers
      .filter((answer) => answer.at > boltReadyAt && answer.status !== 503)
      .slice(0, 40)
      .map((answer) => `+${answer.at - boltReadyAt} ${answer.status} ${answer.code ?? ""} ${answer.ms}ms`),
  };
}

/** Polls /ready; returns when it answered 200. */
async function waitForReady(url: string, withinMs: number): Promise<number> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/ready`, { signal: AbortSignal.timeout(5_000) })).status === 200) {
        return Date.now();
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url}/ready did not answer 200 within ${withinMs} ms`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
