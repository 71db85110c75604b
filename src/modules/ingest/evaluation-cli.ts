import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { PROJECT_ROOT } from "../../shared/paths";
import { type Counts, countCrashes, evaluateArticle } from "./evaluation";

/** npm run ingest:eval [-- --corpus DIR --verbose]: one line per measure, pooled over the five articles. */
const program = new Command()
  .name("ingest:eval")
  .option(
    "--corpus <dir>",
    "the folder of the seed articles' texts",
    join(PROJECT_ROOT, "..", "shared", "corpus"),
  )
  .option("--verbose", "also print each article's scores and its missed and spurious triples", false)
  .action((options: { corpus: string; verbose: boolean }) => {
    const files = readdirSync(join(PROJECT_ROOT, "seeds", "articles")).filter((name) =>
      name.endsWith(".yaml"),
    );
    const scores = files.map((file) => evaluateArticle(file, options.corpus));
    const sum = (pick: (s: (typeof scores)[number]) => Counts): Counts =>
      scores.map(pick).reduce(
        (total, c) => ({
          truePositives: total.truePositives + c.truePositives,
          predicted: total.predicted + c.predicted,
          gold: total.gold + c.gold,
        }),
        { truePositives: 0, predicted: 0, gold: 0 },
      );
    const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b).toFixed(2);
    const line = (name: string, counts: Counts) => {
      console.log(`${name}recall ${ratio(counts.truePositives, counts.gold)}`);
      console.log(`${name}precision ${ratio(counts.truePositives, counts.predicted)}`);
    };
    if (options.verbose) {
      for (const score of scores) {
        console.log(`# ${score.article}: triples ${JSON.stringify(score.triples)}`);
        for (const missed of score.missed) console.log(`#   missed   ${missed}`);
        for (const spurious of score.spurious) console.log(`#   spurious ${spurious}`);
      }
    }
    line(
      "",
      sum((s) => s.triples),
    );
    line(
      "period ",
      sum((s) => s.periods),
    );
    line(
      "figure ",
      sum((s) => s.figures),
    );
    const quotes = scores.reduce((t, s) => ({ v: t.v + s.quotes.verbatim, n: t.n + s.quotes.total }), {
      v: 0,
      n: 0,
    });
    console.log(`verbatim ${ratio(quotes.v, quotes.n)}`);
    const { crashes } = countCrashes();
    console.log(`crashes ${crashes}`);
  });

program.parse();
