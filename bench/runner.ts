import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Driver } from "neo4j-driver";
import type { Neo4jConnectionConfig } from "../src/config/config";
import { createDriver } from "../src/db/driver";
import { Neo4jExecutor } from "../src/db/executor";
import { buildGraphQLSchema } from "../src/graphql/schema";
import { startHttpServer } from "../src/http/server";
import { createLogger } from "../src/shared/logger";
import { PROJECT_ROOT } from "../src/shared/paths";
import type { SynthLoadReport } from "../src/synth/synth-load";
import { answerIds, compareIds, describeDifference, type IdComparison } from "./answer-ids";
import { countingDriver, QueryCounter } from "./counting-driver";
import { type Drain, drainTransactions } from "./drain";
import type { LoadResult, LoadSpec } from "./load";
import { startPeerServer } from "./peer/peer-server";
import {
  DEFAULT_SETTINGS,
  prepareQuestions,
  type Question,
  type QuestionName,
  type QuestionSettings,
} from "./questions";
import { startRawServer } from "./raw/raw-server";
import type { BenchServer } from "./servers";

/**
 * The ways of asking: ours first, the answer the others are compared with; the peer in its best
 * (idiomatic) form, and in the plain form beside it where the two differ.
 */
export const WAYS = ["ours", "raw", "peer", "peerPlain"] as const;
export type Way = (typeof WAYS)[number];

/** The same as our API's own default (NEO4J_TRANSACTION_TIMEOUT_MS). */
export const DEFAULT_TRANSACTION_TIMEOUT_MS = 15_000;
/**
 * Past the transaction timeout: Neo4j ends a timed-out transaction at its next periodic check (seconds
 * apart), and one that ends so by itself needs no terminating.
 */
export const DEFAULT_DRAIN_BOUND_MS = 20_000;

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
  /** Every way's transaction timeout, so that no way's slow statements outlive another's (default 15 s). */
  transactionTimeoutMs?: number;
  /** How long after a load its transactions may run on before they are terminated (default 20 s). */
  drainBoundMs?: number;
  /** The ways to ask (default all); answers are compared with ours only when ours is asked. */
  ways?: readonly Way[];
  /** The questions to ask (default all). */
  questions?: readonly QuestionName[];
  /** Measured loads per question and way (default 3): the report gives their median and range. */
  runs?: number;
}

export interface Measurement extends LoadResult {
  question: string;
  way: Way;
  /** Each measured load; the measurement's figures are their medians. */
  runs: LoadResult[];
  /** Database queries per request, counted at the driver. */
  roundTrips: number;
  /** Size of one answer. */
  answerBytes: number;
  /** Distinct entity ids (and count buckets) one answer names. */
  answerIds: number;
  /** How the answer's ids differ from ours' (not for ours, nor when either answer failed). */
  idsVsOurs?: IdComparison;
  /** How the database came to rest after the warm-up (when there was one) and after the measured load. */
  drainAfterWarmup?: Drain;
  drainAfterLoad: Drain;
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
 * One size: the servers over the same database, then every question asked every way, first a few
 * times in sequence (the answer must carry no errors and name the same ids as ours; queries are
 * counted per request), then under load from a separate process after a warm-up. After every load
 * the database is drained of the load's transactions, so that none runs into the next measurement.
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
  const transactionTimeoutMs = run.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS;
  const drainBoundMs = run.drainBoundMs ?? DEFAULT_DRAIN_BOUND_MS;
  const ways = WAYS.filter((way) => !run.ways || run.ways.includes(way));
  const progress = options.onProgress ?? (() => {});
  // The runner's own reads (the deep page's cursor, the drains) go through a driver no way counts.
  const monitor = createDriver(neo4j);
  const drain = () => drainTransactions(monitor, neo4j.database, drainBoundMs);
  const counters = {
    ours: new QueryCounter(),
    raw: new QueryCounter(),
    peer: new QueryCounter(),
    peerPlain: new QueryCounter(),
  };
  // A driver (and connection pool) per way, so that no way waits on another's connections.
  const drivers: Partial<Record<Way, Driver>> = {};
  const servers: Partial<Record<Way, BenchServer>> = {};
  const start: Record<Way, (driver: Driver, port: number) => Promise<BenchServer>> = {
    ours: async (driver, port) => {
      const server = await startHttpServer({
        host: run.host,
        port,
        schema: buildGraphQLSchema(),
        executor: new Neo4jExecutor(driver, {
          database: neo4j.database,
          transactionTimeoutMs,
          maintenanceTimeoutMs: neo4j.maintenanceTimeoutMs,
        }),
        logger: createLogger("silent"),
        // The peers have no rate limit, queue bound or deadline but the transaction timeout: nor does ours here.
        limits: {
          rateLimitPerMinute: 0,
          maxQueuedRequests: 100_000,
          requestDeadlineMs: transactionTimeoutMs,
        },
      });
      return { url: `${server.url}/graphql`, stop: server.stop };
    },
    raw: (driver, port) =>
      startRawServer({ driver, database: neo4j.database, transactionTimeoutMs, host: run.host, port }),
    peer: (driver, port) =>
      startPeerServer({ driver, database: neo4j.database, transactionTimeoutMs, host: run.host, port }),
    peerPlain: (driver, port) =>
      startPeerServer({ driver, database: neo4j.database, transactionTimeoutMs, host: run.host, port }),
  };
  try {
    for (const way of ways) {
      const driver = createDriver(neo4j);
      drivers[way] = driver;
      servers[way] = await start[way](countingDriver(driver, counters[way]), run.ports[way]);
    }
    const questions = (await prepareQuestions(monitor, options.settings ?? DEFAULT_SETTINGS)).filter(
      (question) => !run.questions || run.questions.includes(question.name),
    );
    // A freshly started Neo4j plans and compiles each statement on first use: one warm-up pass over
    // every question and way first, so that no way is measured colder than another.
    for (const question of run.warmupSeconds > 0 ? questions : []) {
      for (const way of ways.filter((asked) => requestOf(question, asked) !== undefined)) {
        await loadFromChild({
          url: (servers[way] as BenchServer).url,
          body: JSON.stringify(requestOf(question, way)),
          connections: run.connections,
          durationSeconds: run.warmupSeconds,
        }).catch(() => undefined);
        reportTerminated(progress, `${options.label} ${question.name} ${way} (first warm-up)`, await drain());
      }
    }
    const measurements: Measurement[] = [];
    for (const [index, question] of questions.entries()) {
      const asked = ways.filter((way) => requestOf(question, way) !== undefined);
      // Answers first, ours before the others (theirs are compared with it), in sequence.
      const probes = new Map<Way, Awaited<ReturnType<typeof probe>>>();
      let oursIds: Set<string> | undefined;
      for (const way of asked) {
        const result = await probe(
          (servers[way] as BenchServer).url,
          JSON.stringify(requestOf(question, way)),
          counters[way],
          run.probeRequests,
        );
        probes.set(way, result);
        if (way === "ours") {
          oursIds = result.ids;
        }
      }
      // Then the loads, the order of the ways turning with each question, so that none is always
      // measured first (or last) on a machine whose state drifts.
      const turn = index % asked.length;
      for (const way of [...asked.slice(turn), ...asked.slice(0, turn)]) {
        const at = `${options.label} ${question.name} ${way}`;
        const found = probes.get(way) as Awaited<ReturnType<typeof probe>>;
        const idsVsOurs = way !== "ours" && oursIds && found.ids ? compareIds(oursIds, found.ids) : undefined;
        const spec = {
          url: (servers[way] as BenchServer).url,
          body: JSON.stringify(requestOf(question, way)),
          connections: run.connections,
        };
        let drainAfterWarmup: Drain | undefined;
        if (run.warmupSeconds > 0) {
          await loadFromChild({ ...spec, durationSeconds: run.warmupSeconds });
          drainAfterWarmup = await drain();
          reportTerminated(progress, `${at} (warm-up)`, drainAfterWarmup);
        }
        const runs: LoadResult[] = [];
        const drains: Drain[] = [];
        for (let count = 0; count < Math.max(1, run.runs ?? 3); count += 1) {
          runs.push(await loadFromChild({ ...spec, durationSeconds: run.durationSeconds }));
          drains.push(await drain());
          reportTerminated(progress, at, drains.at(-1) as Drain);
        }
        const drainAfterLoad = drains.at(-1) as Drain;
        const result = medianOf(runs);
        measurements.push({
          question: question.name,
          way,
          runs,
          roundTrips: found.roundTrips,
          answerBytes: found.answerBytes,
          answerIds: found.ids?.size ?? 0,
          ...(idsVsOurs && { idsVsOurs }),
          ...(drainAfterWarmup && { drainAfterWarmup }),
          drainAfterLoad,
          ...(found.failure !== undefined && { failure: found.failure }),
          ...result,
        });
        progress(
          `${at}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ` +
            `${result.throughput.toFixed(0)} req/s (medians of ${runs.length}), ${result.errors} errors, ` +
            `${found.roundTrips} round trips` +
            (found.failure !== undefined ? ` (failed: ${found.failure.slice(0, 300)})` : ""),
        );
        if (idsVsOurs && !idsVsOurs.same) {
          progress(`${at}: ANSWER DIFFERS FROM OURS: ${describeDifference(idsVsOurs)}`);
        }
      }
    }
    // Reported in the order of the ways, whatever order they were measured in.
    measurements.sort(
      (a, b) =>
        questions.findIndex((q) => q.name === a.question) -
          questions.findIndex((q) => q.name === b.question) || WAYS.indexOf(a.way) - WAYS.indexOf(b.way),
    );
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
    await Promise.all([...Object.values(drivers), monitor].map((driver) => driver.close()));
  }
}

function reportTerminated(progress: (line: string) => void, at: string, drain: Drain): void {
  if (drain.terminated > 0) {
    progress(
      `${at}: terminated ${drain.terminated} transactions still running ${drain.seconds.toFixed(1)} s after the load`,
    );
  }
}

function requestOf(question: Question, way: Way): unknown {
  return way === "raw" ? question.raw : question[way];
}

/** Each figure's median over the runs (errors: their sum, so that none hides). */
function medianOf(runs: LoadResult[]): LoadResult {
  const median = (values: number[]) => {
    const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
    return sorted.length === 0 ? Number.NaN : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
  };
  return {
    requests: runs.reduce((sum, result) => sum + result.requests, 0),
    throughput: median(runs.map((result) => result.throughput)),
    p50: median(runs.map((result) => result.p50)),
    p95: median(runs.map((result) => result.p95)),
    p99: median(runs.map((result) => result.p99)),
    errors: runs.reduce((sum, result) => sum + result.errors, 0),
  };
}

/** The sequential requests of one way, or why they failed (a result, not the end of the run). */
async function probe(url: string, body: string, counter: QueryCounter, requests: number) {
  try {
    const answer = await probeRequests(url, body, counter, requests);
    return { ...answer, ids: answerIds(answer.data), failure: undefined };
  } catch (error) {
    return { roundTrips: Number.NaN, answerBytes: 0, ids: undefined, failure: String(error) };
  }
}

/**
 * Sequential requests: each answer must be whole and error-free; the counter gives queries per
 * request; the last answer's data is returned, to compare with the other ways'.
 */
async function probeRequests(
  url: string,
  body: string,
  counter: QueryCounter,
  requests: number,
): Promise<{ roundTrips: number; answerBytes: number; data: unknown }> {
  let before = counter.queries;
  let answerBytes = 0;
  let data: unknown;
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
    data = answer.data;
  }
  return { roundTrips: (counter.queries - before) / requests, answerBytes, data };
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
