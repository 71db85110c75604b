import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Neo4jConnectionConfig } from "../src/config/config";
import { createDriver } from "../src/db/driver";
import { Neo4jExecutor } from "../src/db/executor";
import { buildGraphQLSchema } from "../src/graphql/schema";
import { startHttpServer } from "../src/http/server";
import { createLogger } from "../src/shared/logger";
import { PROJECT_ROOT } from "../src/shared/paths";
import type { SynthLoadReport } from "../src/synth/synth-load";
import { countingDriver, QueryCounter } from "./counting-driver";
import type { LoadResult, LoadSpec } from "./load";
import { startPeerServer } from "./peer/peer-server";
import { DEFAULT_SETTINGS, prepareQuestions, type Question, type QuestionSettings } from "./questions";
import { startRawServer } from "./raw/raw-server";
import type { BenchServer } from "./servers";

export const WAYS = ["ours", "raw", "peer"] as const;
export type Way = (typeof WAYS)[number];

/** The built load generator: it runs as a separate process (bench/load.ts). */
const LOAD_SCRIPT = join(PROJECT_ROOT, "dist", "bench", "load.js");

export interface RunSettings {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Sequential requests per question and way before the load: they check the answer and count round trips. */
  probeRequests: number;
  host: string;
  /** HTTP ports of our server, the raw server and the peer's; 0 picks free ones. */
  ports: Record<Way, number>;
}

export interface Measurement extends LoadResult {
  question: string;
  way: Way;
  /** Database queries per request, counted at the driver. */
  roundTrips: number;
  /** Size of one answer, to show the three ways answer alike. */
  answerBytes: number;
  /** Why the sequential requests failed, when they did (the load's errors then say how often). */
  failure?: string;
}

export interface SizeReport {
  label: string;
  relationships: number;
  load: SynthLoadReport | null;
  questions: Array<{ name: string; title: string; singleTraversal: boolean }>;
  measurements: Measurement[];
}

const execFileAsync = promisify(execFile);

/**
 * One size: the three servers over the same database, then every question asked every way, first
 * a few times in sequence (the answer must carry no errors; queries are counted per request), then
 * under load from a separate process after a warm-up.
 */
export async function benchSize(options: {
  neo4j: Neo4jConnectionConfig;
  label: string;
  relationships: number;
  load: SynthLoadReport | null;
  run: RunSettings;
  settings?: QuestionSettings;
  onProgress?: (line: string) => void;
}): Promise<SizeReport> {
  const { neo4j, run } = options;
  const counters = { ours: new QueryCounter(), raw: new QueryCounter(), peer: new QueryCounter() };
  // A driver (and connection pool) per way, so that no way waits on another's connections.
  const drivers = { ours: createDriver(neo4j), raw: createDriver(neo4j), peer: createDriver(neo4j) };
  const servers: Partial<Record<Way, BenchServer>> = {};
  try {
    const ours = await startHttpServer({
      host: run.host,
      port: run.ports.ours,
      schema: buildGraphQLSchema(),
      executor: new Neo4jExecutor(countingDriver(drivers.ours, counters.ours), neo4j),
      logger: createLogger("silent"),
    });
    servers.ours = { url: `${ours.url}/graphql`, stop: ours.stop };
    servers.raw = await startRawServer({
      driver: countingDriver(drivers.raw, counters.raw),
      database: neo4j.database,
      host: run.host,
      port: run.ports.raw,
    });
    servers.peer = await startPeerServer({
      driver: countingDriver(drivers.peer, counters.peer),
      database: neo4j.database,
      host: run.host,
      port: run.ports.peer,
    });
    const questions = await prepareQuestions(drivers.raw, options.settings ?? DEFAULT_SETTINGS);
    // A freshly started Neo4j plans and compiles each statement on first use: one warm-up pass over
    // every question and way first, so that no way is measured colder than another.
    for (const question of run.warmupSeconds > 0 ? questions : []) {
      for (const way of WAYS) {
        const server = servers[way] as BenchServer;
        await loadFromChild({
          url: server.url,
          body: JSON.stringify(requestOf(question, way)),
          connections: run.connections,
          warmupSeconds: 0,
          durationSeconds: run.warmupSeconds,
        }).catch(() => undefined);
      }
    }
    const measurements: Measurement[] = [];
    for (const question of questions) {
      for (const way of WAYS) {
        const server = servers[way] as BenchServer;
        const body = JSON.stringify(requestOf(question, way));
        const probe = await probeRequests(server.url, body, counters[way], run.probeRequests).catch(
          // A way that cannot answer is a result, not the end of the run: its errors are counted below.
          (error: unknown) => ({ roundTrips: Number.NaN, answerBytes: 0, failure: String(error) }),
        );
        const result = await loadFromChild({
          url: server.url,
          body,
          connections: run.connections,
          warmupSeconds: run.warmupSeconds,
          durationSeconds: run.durationSeconds,
        });
        const measurement = { question: question.name, way, ...probe, ...result };
        measurements.push(measurement);
        options.onProgress?.(
          `${options.label} ${question.name} ${way}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ` +
            `${result.throughput.toFixed(0)} req/s, ${result.errors} errors, ${probe.roundTrips} round trips` +
            ("failure" in probe ? ` (failed: ${probe.failure.slice(0, 300)})` : ""),
        );
      }
    }
    return {
      label: options.label,
      relationships: options.relationships,
      load: options.load,
      questions: questions.map(({ name, title, singleTraversal }) => ({ name, title, singleTraversal })),
      measurements,
    };
  } finally {
    for (const server of Object.values(servers)) {
      await server.stop();
    }
    await Promise.all(Object.values(drivers).map((driver) => driver.close()));
  }
}

function requestOf(question: Question, way: Way): unknown {
  return way === "raw" ? question.raw : question[way];
}

/** Sequential requests: each answer must be whole and error-free; the counter gives queries per request. */
async function probeRequests(
  url: string,
  body: string,
  counter: QueryCounter,
  requests: number,
): Promise<{ roundTrips: number; answerBytes: number }> {
  let before = counter.queries;
  let answerBytes = 0;
  // The first request also pays for one-time work (a library's version check, plan caching): not counted.
  for (let index = -1; index < requests; index += 1) {
    if (index === 0) {
      before = counter.queries;
    }
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    const text = await response.text();
    const answer = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
    if (!response.ok || answer.errors || !answer.data) {
      throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
    }
    answerBytes = text.length;
  }
  return { roundTrips: (counter.queries - before) / requests, answerBytes };
}

async function loadFromChild(spec: LoadSpec): Promise<LoadResult> {
  if (!existsSync(LOAD_SCRIPT)) {
    throw new Error(`${LOAD_SCRIPT} is missing: run npm run build first`);
  }
  const { stdout } = await execFileAsync(process.execPath, [LOAD_SCRIPT, JSON.stringify(spec)], {
    maxBuffer: 1024 * 1024,
  });
  const result = JSON.parse(stdout) as Record<keyof LoadResult, number | null>;
  // No answer within the run leaves no latency: JSON carries NaN as null.
  return Object.fromEntries(
    Object.entries(result).map(([key, value]) => [key, value ?? Number.NaN]),
  ) as unknown as LoadResult;
}
