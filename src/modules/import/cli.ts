import "reflect-metadata";
import { Command } from "commander";
import { loadConfig } from "../../config/config";
import { openDatabase } from "../../db/database";
import { formatProblem, SeedValidationError } from "../../seed/seed-files";
import { createLogger } from "../../shared/logger";
import { importArticleFiles } from "./import";

/** `npm run import -- FILE... [--dry-run]`: article files (YAML or JSON, seed record format). */
const program = new Command("import")
  .description("Import article files in the seed record format (YAML or JSON) in one transaction")
  .argument("<files...>", "article files, like those in seeds/articles/")
  .option("--dry-run", "check everything and report, write nothing")
  .action(async (files: string[], options: { dryRun?: boolean }) => {
    const config = loadConfig();
    const database = await openDatabase(config, createLogger("warn"));
    try {
      const report = await importArticleFiles(database.executor, files, { dryRun: options.dryRun ?? false });
      const verb = report.written ? "imported" : "checked (dry run, nothing written)";
      console.log(
        `${verb}: ${report.files.length} file(s), ${report.nodes} nodes, ${report.relationships} relationships`,
      );
    } catch (error) {
      if (error instanceof SeedValidationError) {
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
