import { readFileSync } from "node:fs";
import { Command } from "commander";
import { Neo4jError } from "neo4j-driver";
import { loadConfig } from "../../config/config";
import { openDatabase } from "../../db/database";
import { AppError } from "../../shared/errors";
import { createLogger } from "../../shared/logger";
import { importDump, parseDump } from "./import-dump";

/**
 * `npm run restore -- FILE [--dry-run]`: a JSON dump (`npm run export -- --format json`) back into the
 * graph, in one transaction. The file is read and checked whole before the database is opened; a bad
 * file or a relationship naming a node that is nowhere exits 1 with nothing written.
 */
const program = new Command("restore")
  .description("Restore a JSON dump written by `npm run export -- --format json`, in one transaction")
  .argument("<file>", "the dump, e.g. backup.json")
  .option("--dry-run", "check the dump against the graph and report, write nothing")
  .showHelpAfterError()
  .action(async (file: string, options: { dryRun?: boolean }) => {
    const dump = parseDump(readDump(file));
    const config = loadConfig();
    const database = await openDatabase(
      config,
      createLogger(config.logLevel === "info" ? "warn" : config.logLevel, "stderr"),
    );
    try {
      const started = performance.now();
      const report = await importDump(database.executor, dump, { dryRun: options.dryRun ?? false });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const what =
        `${report.nodes} nodes (${report.newNodes} new), ${report.relationships} relationships, ` +
        `${report.auditRecords} audit records`;
      console.log(
        report.written
          ? `restored ${file}: ${what} in ${seconds} s`
          : `checked ${file} (dry run, nothing written): ${what}`,
      );
    } finally {
      await database.close();
    }
  });

function readDump(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A client is never shown Neo4j's own reason; the operator restoring a graph needs it (e.g. out of memory). */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof AppError ? error.originalError : undefined;
  return cause instanceof Neo4jError ? `${message} Neo4j said: ${cause.code}: ${cause.message}` : message;
}

program.parseAsync().catch((error: unknown) => {
  console.error(describe(error));
  process.exit(1);
});
