/**
 * Malformed and hostile requests for the server: bad JSON, bare values, wrong charsets, huge bodies,
 * bad queries, bad Authorization headers, random variables, odd methods and paths. Drawn from a
 * seeded generator, so a run can be repeated; used by bench/reliability.ts (5,000) and by
 * test/bench/fuzz.int.test.ts (a sample).
 */
export interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same requests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JSON_TYPE = { "content-type": "application/json" };

const QUERIES = [
  "{ databaseInfo { nodeCount } }",
  '{ province(name: "son la") { nameEn } }',
  "{ nope }",
  "{ databaseInfo { nodeCount ",
  "query Q($n: Int!) { countries(first: $n) { nodes { code } } }",
  'query { search(query: "ha noi") { __typename } }',
  "subscription S { databaseInfo { nodeCount } }",
  'mutation { retire(id: "x", reason: "y") { id } }',
  `{ ${"a: databaseInfo { nodeCount } ".repeat(40)} }`,
  `{ ${'province(name: "x") { '.repeat(30)}id${" }".repeat(30)} }`,
  "query A { databaseInfo { nodeCount } } query B { databaseInfo { nodeCount } }",
  "{ __schema { types { name } } }",
  "{ facts(filter: { kinds: [NOT_A_KIND] }) { totalCount } }",
  '{ node(id: "\u0000\uffff") { id } }',
];

function randomValue(random: () => number, depth = 0): unknown {
  const pick = Math.floor(random() * (depth > 2 ? 5 : 8));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return Math.floor(random() * 2 ** 40) * (random() < 0.5 ? -1 : 1);
    case 2:
      return random() * 1e300;
    case 3:
      return "x".repeat(Math.floor(random() * 2000));
    case 4:
      return random() < 0.5;
    case 5:
      return [randomValue(random, depth + 1), randomValue(random, depth + 1)];
    case 6:
      return { [String.fromCharCode(65 + Math.floor(random() * 26))]: randomValue(random, depth + 1) };
    default:
      return "\ud800 \u0000 ' \" \\ $param MATCH (n) DETACH DELETE n";
  }
}

function pickFrom<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

const GENERATORS: Array<(random: () => number) => FuzzRequest> = [
  (random) => ({
    kind: "bad JSON",
    method: "POST",
    path: "/graphql",
    headers: JSON_TYPE,
    body: pickFrom(random, ['{"query":', "{'query': 1}", "{query}", "[", '{"query":"{ a }"}}', "\u0000"]),
  }),
  (random) => ({
    kind: "bare JSON value",
    method: "POST",
    path: "/graphql",
    headers: JSON_TYPE,
    body: pickFrom(random, ["42", '"query"', "null", "true", "[]", "[1,2]", "{}"]),
  }),
  (random) => ({
    kind: "bad charset",
    method: "POST",
    path: "/graphql",
    headers: {
      "content-type": `application/json; charset=${pickFrom(random, ["latin1", "koi8-r", "x-nope", "utf-7"])}`,
    },
    body: '{"query":"{ databaseInfo { nodeCount } }"}',
  }),
  (random) => ({
    kind: "huge body",
    method: "POST",
    path: "/graphql",
    headers: JSON_TYPE,
    body: JSON.stringify({
      query: `{ databaseInfo { nodeCount } } #${"x".repeat(1_100_000 + Math.floor(random() * 1000))}`,
    }),
  }),
  (random) => ({
    kind: "bad query",
    method: "POST",
    path: "/graphql",
    headers: JSON_TYPE,
    body: JSON.stringify({ query: pickFrom(random, QUERIES), variables: { n: randomValue(random) } }),
  }),
  (random) => ({
    kind: "random variables",
    method: "POST",
    path: "/graphql",
    headers: JSON_TYPE,
    body: JSON.stringify({
      query:
        "query Q($n: Int, $s: String) { countries(first: $n) { nodes { code } } search(query: $s) { __typename } }",
      variables: pickFrom(random, [randomValue(random), { n: randomValue(random), s: randomValue(random) }]),
      operationName: pickFrom(random, ["Q", "Other", 7, null]),
    }),
  }),
  (random) => ({
    kind: "bad Authorization",
    method: "POST",
    path: "/graphql",
    headers: {
      ...JSON_TYPE,
      authorization: pickFrom(random, [
        "Basic dXNlcjpwYXNz",
        "Bearer",
        "Bearer x y",
        "Bearer not.a.token",
        "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIiwicm9sZSI6ImFkbWluIn0.",
        "bearer\ttab",
        "x".repeat(4000),
      ]),
    },
    body: '{"query":"{ databaseInfo { nodeCount } }"}',
  }),
  (random) => ({
    kind: "persisted query",
    method: "POST",
    path: "/graphql",
    headers: JSON_TYPE,
    body: JSON.stringify({
      query: pickFrom(random, ["{ databaseInfo { nodeCount } }", undefined]),
      extensions: { persistedQuery: { version: pickFrom(random, [1, 2, "x"]), sha256Hash: "0".repeat(64) } },
    }),
  }),
  (random) => ({
    kind: "odd method or path",
    method: pickFrom(random, ["PUT", "DELETE", "PATCH", "GET", "OPTIONS"]),
    path: pickFrom(random, [
      "/graphql",
      "/nope",
      "/export",
      "/ready",
      "/../etc/passwd",
      "/explorer/none.js",
      "/%E0%A4%A",
    ]),
    headers: {},
  }),
  (random) => ({
    kind: "bad GET",
    method: "GET",
    path: `/graphql?query=${encodeURIComponent(pickFrom(random, QUERIES))}&variables=${pickFrom(random, ["%7B", "1", "%5B%5D"])}`,
    headers: { "apollo-require-preflight": "true" },
  }),
  (random) => ({
    kind: "bad export",
    method: "GET",
    path: `/export?${pickFrom(random, ["format=xml", "format=json&from=yesterday", "format=csv-nodes&format=json", "province=%00"])}`,
    headers: {},
  }),
  (random) => ({
    kind: "wrong content type",
    method: "POST",
    path: "/graphql",
    headers: {
      "content-type": pickFrom(random, [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
      ]),
    },
    body: "query={ databaseInfo { nodeCount } }",
  }),
];

/** `count` requests, a mix of every kind, the same for the same seed. */
export function fuzzRequests(count: number, seed = 12): FuzzRequest[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) =>
    (GENERATORS[index % GENERATORS.length] as (random: () => number) => FuzzRequest)(random),
  );
}

export interface FuzzOutcome {
  requests: number;
  byStatus: Record<string, number>;
  /** Answers with status 500 or more, other than 503 (load shedding, database away). */
  serverErrors: number;
  /** Answers whose body carries INTERNAL_SERVER_ERROR. */
  internalErrors: number;
  /** Answers that are not JSON, or JSON without the GraphQL error shape, where an error was due. */
  nonJsonErrors: number;
  /** Kinds of request that drew a 500 or INTERNAL_SERVER_ERROR, with an example body. */
  failures: Array<{ kind: string; status: number; body: string }>;
}

/** Sends the requests to `baseUrl`, `concurrency` at a time, and counts what came back. */
export async function sendFuzz(
  baseUrl: string,
  requests: FuzzRequest[],
  concurrency = 8,
): Promise<FuzzOutcome> {
  const outcome: FuzzOutcome = {
    requests: 0,
    byStatus: {},
    serverErrors: 0,
    internalErrors: 0,
    nonJsonErrors: 0,
    failures: [],
  };
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++] as FuzzRequest;
      let status: number;
      let body: string;
      let type: string;
      try {
        const response = await fetch(`${baseUrl}${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        });
        status = response.status;
        type = response.headers.get("content-type") ?? "";
        body = await response.text();
      } catch (error) {
        status = 0;
        type = "";
        body = String(error);
      }
      outcome.requests += 1;
      outcome.byStatus[status] = (outcome.byStatus[status] ?? 0) + 1;
      const internal = body.includes("INTERNAL_SERVER_ERROR");
      const serverError = status === 0 || (status >= 500 && status !== 503 && status !== 504);
      outcome.serverErrors += serverError ? 1 : 0;
      outcome.internalErrors += internal ? 1 : 0;
      // The probes answer in their own small format, which orchestrators read.
      const probe = request.path === "/ready" && request.method === "GET";
      const errorShape =
        status >= 400 && !probe && !(type.includes("application/json") && body.includes('"errors":['));
      outcome.nonJsonErrors += errorShape ? 1 : 0;
      if ((serverError || internal || errorShape) && outcome.failures.length < 20) {
        outcome.failures.push({ kind: request.kind, status, body: body.slice(0, 300) });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcome;
}
