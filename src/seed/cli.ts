import "reflect-metadata";
import { resolve } from "node:path";
import { Command } from "commander";
import { loadConfig } from "../config/config";
import { openDatabase } from "../db/database";
import { planGraph } from "../records/graph-plan";
import { type GraphSummary, summarizeGraph } from "../records/graph-summary";
import { formatProblem } from "../records/record-bundle";
import { readRecordFolder } from "../records/record-files";
import { createLogger } from "../shared/logger";
import { SEED_DIR } from "../shared/paths";
import { loadSeedGraph } from "./seed";
import { verifyQuotes } from "./verify-quotes";

/**
 * `npm run seed`: check seeds/ and load it (idempotent), then print what the database holds.
 * `npm run seed -- --check`: check only, no database.
 * `npm run seed:verify -- --corpus DIR`: prove every quote occurs verbatim in its article.
 */
const program = new Command("seed").description("The curated seed graph").showHelpAfterError();

program
  .command("load", { isDefault: true })
  .description(
    "check the seed files and load them into Neo4j in one transaction (run twice, nothing changes)",
  )
  .option("--check", "only check the seed files; touch no database")
  .action(async (options: { check?: boolean }) => {
    const plan = planGraph(readRecordFolder(SEED_DIR));
    console.log(
      `seed files are valid: ${plan.nodes.length} nodes, ${plan.relationships.length} relationships`,
    );
    if (options.check) {
      return;
    }
    const config = loadConfig();
    const database = await openDatabase(
      config,
      createLogger(config.logLevel === "info" ? "warn" : config.logLevel),
    );
    try {
      await loadSeedGraph(database.executor);
      printSummary(await summarizeGraph(database.executor));
    } finally {
      await database.close();
    }
  });

program
  .command("verify")
  .description("check every quote against the articles it cites")
  .requiredOption("--corpus <dir>", "folder holding the source articles (e.g. ../shared/corpus)")
  .action((options: { corpus: string }) => {
    const { checks, problems } = verifyQuotes(readRecordFolder(SEED_DIR), resolve(options.corpus));
    if (problems.length > 0) {
      console.error(problems.map(formatProblem).join("\n"));
      process.exitCode = 1;
    } else {
      console.log("every quote occurs verbatim in its article, and every figure in its fact's quotes");
    }
    // The plain closing line CI reads: one check per article, quote and figure.
    console.log(`quotes: ${checks - problems.length} passed, ${problems.length} failed`);
  });

function printSummary(summary: GraphSummary): void {
  const rows = (counts: Record<string, number>) =>
    Object.entries(counts).map(([name, count]) => `  ${name.padEnd(18)} ${String(count).padStart(6)}`);
  console.log(
    [
      "Nodes by label:",
      ...rows(summary.labels),
      "Relationships by type:",
      ...rows(summary.relationshipTypes),
    ].join("\n"),
  );
}

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
