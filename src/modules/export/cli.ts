import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Command, Option } from "commander";
import { loadConfig } from "../../config/config";
import { openDatabase } from "../../db/database";
import { createLogger } from "../../shared/logger";
import { ExportRepository } from "./export.repository";
import { parseExportFilter } from "./export-filter";
import { EXPORT_FORMATS, type ExportFormatName } from "./export-formats";

interface ExportOptions {
  format: "graphml" | "csv" | "json";
  province?: string;
  rollUpMerged?: boolean;
  country?: string;
  from?: string;
  to?: string;
  out?: string;
}

/**
 * `npm run export -- --format graphml|csv|json [filters] [--out PATH]`: the whole graph or a filtered
 * part, to a file (csv: a folder with nodes.csv and edges.csv) or, for graphml and json, to stdout.
 * Logs and the closing count go to stderr, so stdout holds only the export.
 */
const program = new Command("export")
  .description("Export the graph, or a filtered part of it, as GraphML, CSV or JSON")
  .addOption(
    new Option(
      "--format <format>",
      "graphml (Gephi, NetworkX), csv (nodes.csv and edges.csv) or json (a dump)",
    )
      .choices(["graphml", "csv", "json"])
      .makeOptionMandatory(),
  )
  .option("--province <id>", "only the network of this province, e.g. province:son-la")
  .option("--rollUpMerged", "with --province: also the facts of the units merged into it in 2025")
  .option("--country <code>", "only the facts with a partner in this country (ISO 3166-1 alpha-2), e.g. LA")
  .option("--from <date>", "only the facts whose period ends on or after this day (YYYY-MM-DD)")
  .option("--to <date>", "only the facts whose period starts on or before this day (YYYY-MM-DD)")
  .option("--out <path>", "file to write (csv: folder); stdout when absent, except for csv")
  .showHelpAfterError()
  .action(async (options: ExportOptions) => {
    const filter = parseExportFilter(options);
    const { out } = options;
    const files = options.format === "csv" ? csvFiles(out) : [{ format: options.format, file: out }];
    const config = loadConfig();
    const database = await openDatabase(
      config,
      createLogger(config.logLevel === "info" ? "warn" : config.logLevel, "stderr"),
    );
    try {
      const counts = await new ExportRepository(database.executor).export(
        filter,
        async (graph) => {
          for (const { format, file } of files) {
            await write(EXPORT_FORMATS[format].write(graph), file);
          }
        },
        { history: files.every(({ format }) => EXPORT_FORMATS[format].history) },
      );
      console.error(
        `exported ${counts.nodes} nodes and ${counts.relationships} relationships${out ? ` to ${out}` : ""}`,
      );
    } finally {
      await database.close();
    }
  });

function csvFiles(folder: string | undefined): Array<{ format: ExportFormatName; file: string }> {
  if (!folder) {
    throw new Error("--format csv writes two files, nodes.csv and edges.csv: name their folder with --out");
  }
  mkdirSync(folder, { recursive: true });
  return [
    { format: "csv-nodes", file: join(folder, "nodes.csv") },
    { format: "csv-edges", file: join(folder, "edges.csv") },
  ];
}

/** To a file (removed again if the export fails, so no truncated file is left), or to stdout. */
async function write(chunks: AsyncIterable<string>, file: string | undefined): Promise<void> {
  if (!file) {
    // stdout stays open: pipeline would otherwise end it.
    await pipeline(Readable.from(chunks), process.stdout, { end: false });
    return;
  }
  try {
    await pipeline(Readable.from(chunks), createWriteStream(file));
  } catch (error) {
    rmSync(file, { force: true });
    throw error;
  }
}

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
