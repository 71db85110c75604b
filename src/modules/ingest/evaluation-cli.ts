import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { PROJECT_ROOT } from "../../shared/paths";
import { type Counts, countCrashes, evaluateArticle, pooled, splitArticles } from "./evaluation";

/**
 * npm run ingest:eval [-- --corpus DIR --verbose]: one line per measure, pooled over all the seed
 * articles, then the triples of the development articles and of the held-out ones apart.
 */
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
    const scores = new Map(files.map((file) => [file, evaluateArticle(file, options.corpus)]));
    const all = [...scores.values()];
    const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b).toFixed(2);
    const line = (name: string, counts: Counts) => {
      console.log(`${name}recall ${ratio(counts.truePositives, counts.gold)}`);
      console.log(`${name}precision ${ratio(counts.truePositives, counts.predicted)}`);
    };
    if (options.verbose) {
      for (const score of all) {
        console.log(`# ${score.article}: triples ${JSON.stringify(score.triples)}`);
        for (const missed of score.missed) console.log(`#   missed   ${missed}`);
        for (const spurious of score.spurious) console.log(`#   spurious ${spurious}`);
      }
    }
    line("", pooled(all.map((s) => s.triples)));
    line("period ", pooled(all.map((s) => s.periods)));
    line("figure ", pooled(all.map((s) => s.figures)));
    const quotes = all.reduce((t, s) => ({ v: t.v + s.quotes.verbatim, n: t.n + s.quotes.total }), {
      v: 0,
      n: 0,
    });
    console.log(`verbatim ${ratio(quotes.v, quotes.n)}`);
    const { crashes } = countCrashes();
    console.log(`crashes ${crashes}`);
    const { development, heldOut } = splitArticles(files);
    const triplesOf = (names: string[]) => pooled(names.map((name) => scores.get(name)?.triples ?? NONE));
    console.log(`development articles ${development.length}`);
    line("development ", triplesOf(development));
    console.log(`held-out articles ${heldOut.length}`);
    // With no held-out article there is no held-out figure: say so rather than print 1.00.
    if (heldOut.length > 0) line("held-out ", triplesOf(heldOut));
    else console.log("held-out recall none (no curated article was kept out of tuning)");
  });

const NONE: Counts = { truePositives: 0, predicted: 0, gold: 0 };

program.parse();
