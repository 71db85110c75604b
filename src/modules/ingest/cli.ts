import "reflect-metadata";
import { Command } from "commander";
import { IngestInputError, isoDate } from "./article";
import { createExtractor, ingestFile, proposalsYaml } from "./ingest";
import { storeProposals } from "./store";

/**
 * npm run ingest -- FILE... [--published DATE --url URL --province ID] [--dry-run]
 * Proposes facts from articles. --dry-run prints them as YAML and needs no database.
 */
const program = new Command()
  .name("ingest")
  .argument("<files...>", "plain-text, HTML or Markdown articles")
  .option("--published <date>", "the article's date (YYYY-MM-DD) when the file does not say it")
  .option("--url <url>", "where the article was published")
  .option("--province <id>", 'the Vietnamese province the article is about, e.g. "province:son-la"')
  .option("--dry-run", "print the proposals as YAML; write nothing", false)
  .action(
    async (
      files: string[],
      options: { published?: string; url?: string; province?: string; dryRun: boolean },
    ) => {
      const [year, month, day] = (options.published ?? "").split("-").map(Number);
      if (
        options.published &&
        (!/^\d{4}-\d{2}-\d{2}$/.test(options.published) || !isoDate(year ?? 0, month ?? 0, day ?? 0))
      ) {
        program.error("--published must be a date written YYYY-MM-DD", { code: "BAD_DATE" });
      }
      const extractor = createExtractor();
      let failed = 0;
      for (const file of files) {
        try {
          const ingested = ingestFile(extractor, file, {
            publishedOn: options.published ?? null,
            url: options.url ?? null,
            province: options.province ?? null,
          });
          if (options.dryRun) {
            process.stdout.write(
              `# ${file}: ${ingested.proposals.length} proposals\n${proposalsYaml(ingested)}---\n`,
            );
          } else {
            const stored = await storeProposals(ingested);
            process.stdout.write(
              `${file}: ${stored.created} proposals stored, ${stored.skipped} already reviewed or queued\n`,
            );
          }
        } catch (error) {
          failed += 1;
          const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
          const message = missing
            ? `${file}: no such file`
            : error instanceof Error
              ? error.message
              : String(error);
          const code =
            error instanceof IngestInputError ? error.code : missing ? "FILE_NOT_FOUND" : "INGEST_FAILED";
          process.stderr.write(`${code}: ${message}\n`);
        }
      }
      process.exitCode = failed > 0 ? 1 : 0;
    },
  );

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
