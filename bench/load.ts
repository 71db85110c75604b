import autocannon from "autocannon";

/**
 * The load generator, run as its own process so that it takes no CPU from the server it measures:
 * `node dist/bench/load.js '<LoadSpec as JSON>'` drives the server at a fixed number of connections
 * and prints a LoadResult as JSON on stdout. A warm-up is a load of its own, so that the runner can
 * let the database drain between the two.
 */
export interface LoadSpec {
  url: string;
  body: string;
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requests: number;
  /** Successful answers per second over the measured run. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** Socket errors, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  errors: number;
}

function run(spec: LoadSpec, onLatency: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: spec.body,
        connections: spec.connections,
        duration: spec.durationSeconds,
        // An answer with GraphQL (or raw) errors counts as an error, not as a fast success.
        verifyBody: (body) => !String(body ?? "").includes('"errors":['),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    // Percentiles from successful answers only (a fast failure is no answer).
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (status >= 200 && status < 300) onLatency(responseTime);
    });
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export async function measure(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await run(spec, (ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  const errors = result.errors + result.timeouts + result.non2xx + result.mismatches;
  return {
    requests: result.requests.total,
    throughput: Math.max(0, result.requests.total - errors) / spec.durationSeconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
  };
}

if (require.main === module) {
  measure(JSON.parse(process.argv[2] ?? "{}") as LoadSpec).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
