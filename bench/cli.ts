import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { createLogger } from "../src/shared/logger";
import { PROJECT_ROOT } from "../src/shared/paths";
import { DEFAULT_SYNTH_SEED, openSynthDatabase, synthSize } from "../src/synth/synth-database";
import { ratioChart } from "./chart";
import { QUESTION_NAMES, type QuestionName } from "./questions";
import { type BenchReport, machine, markdownReport } from "./report";
import { benchSize, DEFAULT_DRAIN_BOUND_MS, DEFAULT_TRANSACTION_TIMEOUT_MS, WAYS, type Way } from "./runner";

/**
 * `npm run bench -- [--sizes S,M] [--duration 10] [--connections 8] [--questions mission,nested]
 * [--ways ours,raw]`: for each size, the synthetic graph in its own local Neo4j (loaded once, reused
 * after), the servers, every question every way (or the ones asked); the report goes to bench-results/
 * as markdown and JSON.
 */
const program = new Command("bench")
  .description("Benchmark our API against hand-written Cypher and @neo4j/graphql on synthetic graphs")
  .option("--sizes <sizes>", "comma-separated sizes: S, M, L or relationship counts", "S,M")
  .option("--duration <seconds>", "measured seconds per question and way", positive, 10)
  .option("--warmup <seconds>", "warm-up seconds before each measurement", positive, 3)
  .option("--connections <n>", "concurrent connections of the load generator", positive, 8)
  .option(
    "--questions <names>",
    `comma-separated subset of ${QUESTION_NAMES.join(",")}`,
    listOf(QUESTION_NAMES),
  )
  .option("--ways <ways>", `comma-separated subset of ${WAYS.join(",")}`, listOf(WAYS))
  .option(
    "--transaction-timeout <seconds>",
    "every way's transaction timeout",
    positive,
    DEFAULT_TRANSACTION_TIMEOUT_MS / 1000,
  )
  .option(
    "--drain <seconds>",
    "how long a load's transactions may run on after it before they are terminated",
    positive,
    DEFAULT_DRAIN_BOUND_MS / 1000,
  )
  .option(
    "--runs <n>",
    "measured loads per question and way (the report gives medians and ranges)",
    positive,
    3,
  )
  .option(
    "--port <port>",
    "the HTTP ports are the next four (ours +1, raw +2, peer +3, peerPlain +4)",
    positive,
    4200,
  )
  .option("--out <dir>", "where the report goes", join(PROJECT_ROOT, "bench-results"))
  .action(
    async (options: {
      sizes: string;
      duration: number;
      warmup: number;
      connections: number;
      questions?: QuestionName[];
      ways?: Way[];
      runs: number;
      transactionTimeout: number;
      drain: number;
      port: number;
      out: string;
    }) => {
      const report: BenchReport = {
        startedAt: new Date().toISOString(),
        machine: { ...machine(), loadAverage: loadavg() },
        settings: {
          connections: options.connections,
          warmupSeconds: options.warmup,
          durationSeconds: options.duration,
          transactionTimeoutSeconds: options.transactionTimeout,
          drainBoundSeconds: options.drain,
          runs: options.runs,
        },
        sizes: [],
      };
      mkdirSync(options.out, { recursive: true });
      const stamp = report.startedAt.replace(/[:.]/g, "-");
      // Written after every size, so that a run stopped later still leaves what it measured.
      const write = async () => {
        const chart = await ratioChart(report);
        const markdown = `${markdownReport(report)}\n![ours/raw and ours/peer per question and size](latest.svg)\n`;
        for (const name of [stamp, "latest"]) {
          writeFileSync(join(options.out, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
          writeFileSync(join(options.out, `${name}.md`), markdown);
          writeFileSync(join(options.out, `${name}.svg`), chart);
        }
        return markdown;
      };
      for (const size of options.sizes.split(",").map((value) => synthSize(value.trim()))) {
        console.error(
          `size ${size.label}: preparing .neo4j/bench-${size.label} (${size.relationships} relationships)`,
        );
        const database = await openSynthDatabase(size, {
          seed: DEFAULT_SYNTH_SEED,
          logger: createLogger("warn", "stderr"),
        });
        try {
          console.error(
            `size ${size.label}: ${database.reused ? "reused" : "loaded"} ${database.load.relationships} relationships ` +
              `(${database.load.relationshipsPerSecond} relationships/s when loaded)`,
          );
          report.sizes.push(
            await benchSize({
              neo4j: database.config.neo4j,
              label: size.label,
              relationships: size.relationships,
              load: database.load,
              run: {
                connections: options.connections,
                warmupSeconds: options.warmup,
                durationSeconds: options.duration,
                probeRequests: 3,
                host: "127.0.0.1",
                ports: {
                  ours: options.port + 1,
                  raw: options.port + 2,
                  peer: options.port + 3,
                  peerPlain: options.port + 4,
                },
                transactionTimeoutMs: options.transactionTimeout * 1000,
                drainBoundMs: options.drain * 1000,
                ways: options.ways,
                questions: options.questions,
                runs: options.runs,
              },
              onProgress: (line) => console.error(line),
            }),
          );
        } finally {
          await database.close();
        }
        await write();
      }
      console.log(await write());
      console.error(`report: ${join(options.out, `${stamp}.md`)} (and .json, and latest.*)`);
    },
  );

/** A parser of a comma-separated subset of `known`, in any order, each at most once. */
function listOf<T extends string>(known: readonly T[]): (value: string) => T[] {
  return (value) => {
    const names = value.split(",").map((name) => name.trim());
    const unknown = names.filter((name) => !(known as readonly string[]).includes(name));
    if (unknown.length > 0) {
      throw new InvalidArgumentError(`unknown: ${unknown.join(", ")}; choose from ${known.join(", ")}`);
    }
    return [...new Set(names)] as T[];
  };
}

function positive(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new InvalidArgumentError("must be a positive number");
  }
  return number;
}

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
