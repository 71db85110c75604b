import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RecordBundle, RecordProblem } from "../records/record-bundle";
import type { Evidence, Figure } from "../records/record-format";

/**
 * Proves the seed data quotes its articles faithfully: every quote occurs verbatim in the article it
 * cites, and every figure's text occurs in one of its fact's quotes (so the number is stated there).
 * The articles stay outside the project; only the short quotes live in seeds/.
 */
export function verifyQuotes(
  bundle: RecordBundle,
  corpusDir: string,
): { checks: number; problems: RecordProblem[] } {
  const problems: RecordProblem[] = [];
  // One check per article found, quote and figure; each problem is one failed check.
  let checks = 0;
  const articles = new Map<string, string>();
  for (const source of bundle.sources) {
    checks += 1;
    const path = join(corpusDir, source.fileName);
    if (existsSync(path)) {
      articles.set(source.id, readFileSync(path, "utf8"));
    } else {
      problems.push({
        file: path,
        record: source.id,
        field: "fileName",
        message: "the article is not in the corpus",
      });
    }
  }

  const check = (file: string, record: string, field: string, evidence: Evidence) => {
    const article = articles.get(evidence.source);
    if (article === undefined) {
      return;
    }
    checks += 1;
    if (!article.includes(evidence.quote)) {
      problems.push({
        file,
        record,
        field,
        message: `quote not found verbatim in ${evidence.source}: "${evidence.quote}"`,
      });
    }
  };
  const checkFigure = (
    file: string,
    record: string,
    field: string,
    figure: Figure | null | undefined,
    quotes: Evidence[],
  ) => {
    if (!figure) {
      return;
    }
    checks += 1;
    if (!quotes.some((evidence) => evidence.quote.includes(figure.text))) {
      problems.push({
        file,
        record,
        field,
        message: `figure text "${figure.text}" is in none of the fact's quotes`,
      });
    }
  };

  for (const org of bundle.organizations) {
    org.evidence.forEach((e, i) => {
      check("seeds/articles", org.id, `evidence[${i}].quote`, e);
    });
  }
  for (const doc of bundle.policyDocuments) {
    doc.evidence.forEach((e, i) => {
      check("seeds/articles", doc.id, `evidence[${i}].quote`, e);
    });
  }
  for (const { file, record } of bundle.groupMentions) {
    record.statedCounts.forEach((count, i) => {
      check(file, record.id, `statedCounts[${i}].quote`, count);
      checks += 1;
      if (!count.quote.includes(count.text)) {
        problems.push({
          file,
          record: record.id,
          field: `statedCounts[${i}].text`,
          message: `"${count.text}" is not in its quote`,
        });
      }
    });
  }
  for (const { file, record: fact } of bundle.facts) {
    fact.evidence.forEach((e, i) => {
      check(file, fact.id, `evidence[${i}].quote`, e);
    });
    if (fact.type === "Agreement")
      checkFigure(file, fact.id, "count", fact.count && { ...fact.count, unit: "agreements" }, fact.evidence);
    if (fact.type === "Delegation") {
      checkFigure(file, fact.id, "delegations", fact.delegations, fact.evidence);
      checkFigure(file, fact.id, "people", fact.people, fact.evidence);
    }
    if (fact.type === "Programme") {
      fact.figures.forEach((figure, i) => {
        checkFigure(file, fact.id, `figures[${i}]`, figure, fact.evidence);
      });
    }
    if (fact.type !== "Citation" && fact.period) {
      // The one rule for dates: a year no quote of the fact states was taken from elsewhere, and says so.
      checks += 1;
      const { start, end, takenFrom } = fact.period;
      const years = [start, end].flatMap((day) => (day ? [day.slice(0, 4)] : []));
      const stated = years.every((year) => fact.evidence.some((evidence) => evidence.quote.includes(year)));
      if (!stated && !takenFrom) {
        problems.push({
          file,
          record: fact.id,
          field: "period",
          message: `no quote states ${[...new Set(years)].join("–")}: say where it comes from (takenFrom: PARAGRAPH or ARTICLE, with its basis)`,
        });
      }
    }
  }
  return { checks, problems };
}
