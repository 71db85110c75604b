import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { startApp } from "../src/app";
import { signToken } from "../src/auth/tokens";
import { loadConfig } from "../src/config/config";
import { createLogger } from "../src/shared/logger";
import { PROJECT_ROOT } from "../src/shared/paths";

/**
 * `npm run bench:writes -- [--concurrency 20] [--rounds 3] [--limit 300]`: starts the server on
 * 127.0.0.1 (its own built-in Neo4j and data folder unless NEO4J_URI or LOCAL_NEO4J_DATA_DIR say
 * otherwise), then sends identical creates all at once, as a double-clicking editor or a retrying
 * client would: delegations with their own explicit ids, delegations without ids, and sources of
 * one file name with different titles. It prints, per kind: facts stored, DUPLICATE answers, other
 * errors, and create records in the audit trail. Each run cites a source of its own (stamped), so
 * runs add up in the data folder but never meet one another.
 */

interface Answer {
  data?: Record<string, { id: string } | null> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; existingId?: string } }>;
}

interface Row {
  kind: string;
  sent: number;
  stored: number;
  duplicate: number;
  otherErrors: string[];
  creates: number;
  ms: number;
}

const program = new Command("bench:writes")
  .description(
    "Concurrent identical creates against a started server: how many facts and audit records result",
  )
  .option("--concurrency <n>", "identical creates sent at once", positive, 20)
  .option("--rounds <n>", "rounds per kind, each with new content", positive, 3)
  .option("--limit <seconds>", "the whole run's time bound", positive, 300)
  .action(async (options: { concurrency: number; rounds: number; limit: number }) => {
    const bound = setTimeout(() => {
      console.error(`bench:writes: stopped after its bound of ${options.limit} s`);
      process.exit(2);
    }, options.limit * 1000);
    bound.unref();
    const secret = randomBytes(32).toString("hex");
    const config = loadConfig({
      LOCAL_NEO4J_DATA_DIR: join(PROJECT_ROOT, ".neo4j", "bench-writes"),
      ...process.env,
      HOST: "127.0.0.1",
      PORT: "0",
      AUTH_JWT_SECRET: secret,
    });
    const app = await startApp(config, createLogger("warn"));
    try {
      const token = signToken({ id: "bench@127.0.0.1", role: "editor" }, secret);
      const post = (query: string, variables: Record<string, unknown>) =>
        postTo(app.url, token, query, variables);
      const stamp = Date.now().toString(36);
      const source = await post(CREATE_SOURCE, { fileName: `bench-${stamp}.txt`, title: "bench:writes" });
      const sourceId = source.data?.createSource?.id;
      if (!sourceId) {
        throw new Error(`could not add the run's source: ${source.errors?.[0]?.message}`);
      }
      const rows: Row[] = [];
      for (let round = 0; round < options.rounds; round += 1) {
        const tag = `${stamp}-${round}`;
        // A year per round and kind: the editing rules take one source's facts of one period as one.
        rows.push(
          await measure(post, "delegation, own ids", options.concurrency, "createDelegation", (i) => ({
            query: CREATE_DELEGATION,
            variables: { input: delegation(sourceId, 2001 + 2 * round, `delegation:bench-${tag}-${i}`) },
          })),
          await measure(post, "delegation, no ids", options.concurrency, "createDelegation", () => ({
            query: CREATE_DELEGATION,
            variables: { input: delegation(sourceId, 2002 + 2 * round) },
          })),
          await measure(post, "source, one file", options.concurrency, "createSource", (i) => ({
            query: CREATE_SOURCE,
            variables: { fileName: `bench-${tag}.txt`, title: `Title ${i}` },
          })),
        );
      }
      console.log(table(rows));
      const wrong = rows.filter((row) => row.stored !== 1 || row.creates !== 1 || row.otherErrors.length > 0);
      process.exitCode = wrong.length > 0 ? 1 : 0;
    } finally {
      await app.stop();
      clearTimeout(bound);
    }
  });

const CREATE_DELEGATION = `mutation Create($input: DelegationInput!) {
  createDelegation(input: $input, reason: "bench:writes") { id }
}`;
const CREATE_SOURCE = `mutation Source($fileName: String!, $title: String!) {
  createSource(reason: "bench:writes", input: { fileName: $fileName, title: $title, about: "province:son-la" }) { id }
}`;
const STORED = `query Stored($id: ID!) { node(id: $id) { id } history(id: $id) { action } }`;

function delegation(source: string, year: number, id?: string) {
  return {
    ...(id ? { id } : {}),
    direction: "INCOMING",
    vietnameseSide: ["province:son-la"],
    foreignSide: ["country:LA"],
    period: { start: `${year}-01-01`, end: `${year}-12-31`, precision: "YEAR" },
    evidence: [{ source, quote: `đoàn vào năm ${year}` }],
    certainty: "STATED",
  };
}

type Post = (query: string, variables: Record<string, unknown>) => Promise<Answer>;

/** Sends `n` creates at once, then asks which of the ids they name exist and what their history holds. */
async function measure(
  post: Post,
  kind: string,
  n: number,
  field: string,
  request: (i: number) => { query: string; variables: Record<string, unknown> },
): Promise<Row> {
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: n }, (_, i) => {
      const { query, variables } = request(i);
      return post(query, variables);
    }),
  );
  const ms = Math.round(performance.now() - started);
  const ids = new Set<string>();
  let duplicate = 0;
  const otherErrors: string[] = [];
  for (const answer of answers) {
    const created = answer.data?.[field];
    const error = answer.errors?.[0];
    if (created) {
      ids.add(created.id);
    } else if (error?.extensions?.code === "DUPLICATE") {
      duplicate += 1;
      if (error.extensions.existingId) ids.add(error.extensions.existingId);
    } else {
      otherErrors.push(error?.extensions?.code ?? "NO_ANSWER");
    }
  }
  let stored = 0;
  let creates = 0;
  for (const id of ids) {
    const answer = await post(STORED, { id });
    const data = answer.data as { node: { id: string } | null; history: Array<{ action: string }> } | null;
    if (data?.node) stored += 1;
    creates += data?.history.filter((change) => change.action === "create").length ?? 0;
  }
  return { kind, sent: n, stored, duplicate, otherErrors, creates, ms };
}

async function postTo(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  return (await response.json()) as Answer;
}

function table(rows: Row[]): string {
  const lines = [
    "| creates sent at once | kind | facts stored | DUPLICATE | other errors | create records in the audit trail | all answered in |",
    "|---:|---|---:|---:|---|---:|---:|",
    ...rows.map(
      (row) =>
        `| ${row.sent} | ${row.kind} | ${row.stored} | ${row.duplicate} | ${row.otherErrors.join(", ") || "none"} | ${row.creates} | ${row.ms} ms |`,
    ),
  ];
  return lines.join("\n");
}

function positive(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    throw new InvalidArgumentError("must be a positive whole number");
  }
  return number;
}

program.parseAsync().catch((error: unknown) => {
  console.error(`bench:writes failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
