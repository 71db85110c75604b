import "reflect-metadata";
import { SingleBar } from "cli-progress";
import { Command } from "commander";
import { positiveInteger } from "../shared/cli-options";
import { createLogger } from "../shared/logger";
import { DEFAULT_SYNTH_SEED, openSynthDatabase, synthSize } from "./synth-database";
import { DEFAULT_SYNTH_BATCH_SIZE } from "./synth-load";

/** `npm run synth -- --size S|M|L|<relationships>`: the benchmarks' synthetic graph, in .neo4j/bench-<size>. */
const program = new Command("synth")
  .description(
    "Load a synthetic graph of the given size into the built-in Neo4j's .neo4j/bench-<size> folder",
  )
  .option("--size <size>", "S (10k), M (100k), L (1M) relationships, or a relationship count", "S")
  .option(
    "--seed <seed>",
    "random seed: the same seed and size give the same graph",
    positiveInteger,
    DEFAULT_SYNTH_SEED,
  )
  .option("--batch-size <records>", "records per transaction", positiveInteger, DEFAULT_SYNTH_BATCH_SIZE)
  .action(async (options: { size: string; seed: number; batchSize: number }) => {
    const size = synthSize(options.size);
    const bar = new SingleBar({
      stream: process.stderr,
      format: "loading [{bar}] {value}/{total} relationships, {rate} rel/s",
    });
    const started = performance.now();
    const database = await openSynthDatabase(size, {
      seed: options.seed,
      batchSize: options.batchSize,
      logger: createLogger("warn", "stderr"),
      onProgress: (done, total) => {
        if (!bar.isActive) bar.start(total, 0, { rate: 0 });
        bar.update(done, { rate: Math.round(done / ((performance.now() - started) / 1000)) });
      },
    });
    bar.stop();
    const { load } = database;
    console.log(
      `${database.reused ? "already loaded" : "loaded"}: ${size.label} in ${database.config.localNeo4j.dataDir}: ` +
        `${load.nodes} nodes, ${load.relationships} relationships in ${load.batches} batches, ` +
        `${load.seconds.toFixed(1)} s, ${load.relationshipsPerSecond} relationships/s`,
    );
    await database.close();
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
