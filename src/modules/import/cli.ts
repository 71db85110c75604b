import "reflect-metadata";
import { userInfo } from "node:os";
import { SingleBar } from "cli-progress";
import { Command } from "commander";
import { loadConfig } from "../../config/config";
import { openDatabase } from "../../db/database";
import { formatProblem, RecordValidationError } from "../../records/record-bundle";
import { positiveInteger } from "../../shared/cli-options";
import { createLogger } from "../../shared/logger";
import { DEFAULT_BATCH_SIZE, importRecordFiles } from "./import";

/** `npm run import -- FILE... [--dry-run] [--batch-size N] [--by NAME]`: files in the seed record format. */
const program = new Command("import")
  .description(
    "Import files in the seed record format (YAML, JSON, or CSV rows of facts), in resumable batches",
  )
  .argument("<files...>", "article files like those in seeds/articles/, or CSV files of facts")
  .option("--dry-run", "check everything and report, write nothing")
  .option("--batch-size <records>", "records per transaction", positiveInteger, DEFAULT_BATCH_SIZE)
  .option("--by <name>", "who imports, for the audit trail", userInfo().username)
  .action(async (files: string[], options: { dryRun?: boolean; batchSize: number; by: string }) => {
    const config = loadConfig();
    const database = await openDatabase(config, createLogger("warn", "stderr"));
    // On stderr, so that the report on stdout stays clean; cli-progress draws nothing without a terminal.
    const bar = new SingleBar({
      stream: process.stderr,
      format: "importing [{bar}] {value}/{total} batches",
    });
    try {
      const report = await importRecordFiles(database.executor, files, {
        dryRun: options.dryRun ?? false,
        by: options.by,
        batchSize: options.batchSize,
        onProgress: (done, total) => {
          if (done === 1 || !bar.isActive) bar.start(total, done);
          bar.update(done);
        },
      });
      bar.stop();
      const what = `${report.records} records, ${report.nodes} nodes, ${report.relationships} relationships in ${report.batches} batches`;
      if (!report.written) {
        console.log(`checked (dry run, nothing written): ${report.files.length} file(s), ${what}`);
      } else {
        const resumed = report.resumedAfter > 0 ? ` (resumed after batch ${report.resumedAfter})` : "";
        console.log(`imported: ${report.files.length} file(s), ${what}${resumed}`);
      }
    } catch (error) {
      bar.stop();
      if (error instanceof RecordValidationError) {
        console.error(`${error.problems.length} problem(s), nothing written:`);
        console.error(error.problems.map(formatProblem).join("\n"));
        process.exitCode = 1;
        return;
      }
      throw error;
    } finally {
      await database.close();
    }
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
