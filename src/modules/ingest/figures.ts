import type { MONEY_DIRECTIONS, MONEY_NATURES, Qualifier } from "../../domain/model";
import type { Figure } from "../../records/record-format";
import type { Lexicon } from "./lexicon";
import { type Match, PhraseMatcher } from "./text-matcher";

type MoneyDirection = (typeof MONEY_DIRECTIONS)[number];
type MoneyNature = (typeof MONEY_NATURES)[number];

/** A figure with where the article writes it. */
export interface FoundFigure extends Figure {
  start: number;
  end: number;
}

interface Word {
  kind: "scale" | "unit" | "qualifier";
  value: string | number;
}

/** The figures of a span: a number, an optional scale word and a unit, with the qualifier before it. */
export class FigureReader {
  private readonly words = new PhraseMatcher<Word>();
  private readonly directions = new PhraseMatcher<MoneyDirection>();
  private readonly natures = new PhraseMatcher<MoneyNature>();

  private readonly money: Lexicon["money"];

  constructor(lexicon: Lexicon) {
    this.money = lexicon.money;
    for (const scale of lexicon.scales) {
      for (const word of scale.words) this.words.add(word, { kind: "scale", value: scale.factor });
    }
    for (const unit of lexicon.units) {
      for (const word of unit.words) this.words.add(word, { kind: "unit", value: unit.unit });
    }
    for (const [qualifier, words] of Object.entries(lexicon.qualifiers)) {
      for (const word of words ?? []) this.words.add(word, { kind: "qualifier", value: qualifier });
    }
    for (const [direction, words] of Object.entries(lexicon.money.directions)) {
      for (const word of words ?? []) this.directions.add(word, direction as MoneyDirection);
    }
    for (const [nature, words] of Object.entries(lexicon.money.natures)) {
      for (const word of words ?? []) this.natures.add(word, nature as MoneyNature);
    }
  }

  /** Amounts of money take their direction and nature from the span's cues (a plan's amount is pledged). */
  read(text: string, start: number, end: number, language: "vi" | "en", planned = false): FoundFigure[] {
    const span = text.slice(start, end);
    const words = this.words.find(span);
    const directions = this.directions.find(span);
    const natures = this.natures.find(span);
    const figures: FoundFigure[] = [];
    const numberPattern = /(?<![\p{Letter}\p{Number}/.,-])\d[\d.,]*(?![\p{Letter}]|\/\d)/gu;
    for (let found = numberPattern.exec(span); found; found = numberPattern.exec(span)) {
      const written = found[0].replace(/[.,]$/, "");
      const value = parseNumber(written, language);
      if (value === null) continue;
      let cursor = found.index + written.length;
      let factor = 1;
      const scale = nextWord(words, span, cursor, "scale");
      if (scale) {
        factor = scale.value.value as number;
        cursor = scale.end;
      }
      const unit = nextWord(words, span, cursor, "unit");
      // A bare number (a year, a resolution's number) is not a figure.
      if (!unit) continue;
      const qualifierWord = previousWord(words, span, found.index);
      const qualifier = (qualifierWord?.value.value as Qualifier | undefined) ?? "EXACT";
      const from = qualifierWord?.start ?? found.index;
      const currency = unit.value.value as string;
      const money = /^[A-Z]{3}$/.test(currency)
        ? {
            direction: cueNear(directions, found.index) ?? this.money.defaultDirection,
            nature:
              cueNear(natures, found.index) ??
              (planned ? this.money.plannedNature : this.money.defaultNature),
          }
        : {};
      figures.push({
        value: roundValue(value * factor),
        unit: currency,
        qualifier,
        text: span.slice(found.index, unit.end),
        ...money,
        start: start + from,
        end: start + unit.end,
      });
      numberPattern.lastIndex = unit.end;
    }
    return figures;
  }
}

/** The cue closest before the amount, else the first after it. */
function cueNear<T>(cues: Array<Match<T>>, at: number): T | undefined {
  const before = cues.filter((cue) => cue.end <= at).sort((a, b) => b.end - a.end)[0];
  return (before ?? cues.find((cue) => cue.start >= at))?.value;
}

function nextWord(words: Array<Match<Word>>, span: string, at: number, kind: Word["kind"]) {
  const gap = (match: Match<Word>) => span.slice(at, match.start);
  return words.find((match) => match.value.kind === kind && match.start >= at && /^\s*$/.test(gap(match)));
}

function previousWord(words: Array<Match<Word>>, span: string, at: number) {
  return words.find(
    (match) => match.value.kind === "qualifier" && match.end <= at && /^\s*$/.test(span.slice(match.end, at)),
  );
}

/**
 * Vietnamese writes 12.150.000 and 9,98; English 12,150,000 and 9.98. Where both separators occur the
 * last is the decimal one; with one kind, groups of three after it mark thousands.
 */
export function parseNumber(written: string, language: "vi" | "en"): number | null {
  const dots = written.includes(".");
  const commas = written.includes(",");
  let normal: string;
  if (dots && commas) {
    const decimal = written.lastIndexOf(".") > written.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    normal = written.split(thousands).join("").replace(decimal, ".");
  } else if (dots || commas) {
    const separator = dots ? "." : ",";
    const thousandsGroups = new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(written);
    const usualThousands = language === "vi" ? "." : ",";
    const isThousands =
      thousandsGroups && (separator === usualThousands || written.split(separator).length > 2);
    normal = isThousands ? written.split(separator).join("") : written.replace(separator, ".");
  } else {
    normal = written;
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

function roundValue(value: number): number {
  return Math.round(value * 1000) / 1000;
}
