import type { ParticipantRole } from "../../domain/model";
import type { PeriodValue } from "../../domain/period";
import { fieldOfRole } from "../../records/participant-fields";
import type { Figure, LocalityRecord, NodeFactRecord } from "../../records/record-format";
import { MAX_QUOTE_LENGTH } from "../../records/record-format";
import type { Article } from "./article";
import { FigureReader, type FoundFigure } from "./figures";
import type { Gazetteer, Place } from "./gazetteer";
import type { Lexicon, Trigger } from "./lexicon";
import { readPeriod } from "./periods";
import { type Match, PhraseMatcher } from "./text-matcher";
import { segmentUnits, type Unit } from "./units";

/** A fact the ingest proposes: a record in the seed format, its quote's offsets, and how sure it is. */
export interface Proposal {
  status: "PROPOSED";
  confidence: number;
  /** The quote's [start, end) in the article's text; `record.evidence[0].quote` is that slice. */
  quote: { start: number; end: number };
  /** The lexicon phrase that made it, as the article writes it. */
  cue: string;
  record: NodeFactRecord;
}

export interface ExtractOptions {
  sourceId: string;
  /** The article's Vietnamese province when the file does not make it plain. */
  province?: string | null;
  publishedOn: string | null;
}

/** The lexicon made ready for matching; built once, used for every article. */
export class Extractor {
  private readonly triggers = new PhraseMatcher<Trigger>();
  private readonly plans = new PhraseMatcher<true>();
  private readonly negations = new PhraseMatcher<true>();
  private readonly anaphora = new PhraseMatcher<true>();
  private readonly sectors = new PhraseMatcher<string>();
  private readonly figures: FigureReader;

  constructor(
    readonly gazetteer: Gazetteer,
    private readonly lexicon: Lexicon,
  ) {
    for (const trigger of lexicon.triggers) {
      for (const phrase of [...trigger.vi, ...trigger.en]) this.triggers.add(phrase, trigger);
    }
    for (const phrase of [...lexicon.plans.vi, ...lexicon.plans.en]) this.plans.add(phrase, true);
    for (const phrase of [...lexicon.negations.vi, ...lexicon.negations.en]) this.negations.add(phrase, true);
    for (const phrase of [...lexicon.anaphora.vi, ...lexicon.anaphora.en]) this.anaphora.add(phrase, true);
    for (const [sector, phrases] of Object.entries(lexicon.sectors)) {
      for (const phrase of phrases ?? []) this.sectors.add(phrase, sector);
    }
    this.figures = new FigureReader(lexicon);
  }

  /** The same lexicon over the gazetteer and the places one article proposes. */
  withPlaces(localities: LocalityRecord[]): Extractor {
    return localities.length === 0
      ? this
      : new Extractor(this.gazetteer.withPlaces(localities), this.lexicon);
  }

  propose(article: Article, options: ExtractOptions): Proposal[] {
    const { text } = article;
    const diacritics = article.language === "vi";
    const on = options.publishedOn;
    const units = segmentUnits(text);
    const mentions = units.map((unit) =>
      this.gazetteer.find(text.slice(unit.start, unit.end), on, diacritics),
    );
    const home = options.province ?? this.homeProvince(article, mentions);
    const titlePeriod = article.title ? readPeriod(article.title, on) : null;

    const proposals: Proposal[] = [];
    let paragraphForeign: { paragraph: number; places: Place[] } = { paragraph: -1, places: [] };
    let paragraphPeriod: { paragraph: number; period: PeriodValue | null } = { paragraph: -1, period: null };
    let sentenceForeign: { sentence: number; places: Place[] } = { sentence: -1, places: [] };
    units.forEach((unit, index) => {
      const span = text.slice(unit.start, unit.end);
      const places = mentions[index] ?? [];
      const foreignHere = foreignParties(places.map((match) => match.value));
      const refersBack =
        paragraphForeign.paragraph === unit.paragraph && this.anaphora.find(span, diacritics).length > 0;
      const period = readPeriod(span, on);
      if (paragraphPeriod.paragraph !== unit.paragraph)
        paragraphPeriod = { paragraph: unit.paragraph, period: null };
      const contextPeriod = paragraphPeriod.period;
      if (period) paragraphPeriod = { paragraph: unit.paragraph, period };

      let foreign = foreignHere;
      let inferred: string | null = null;
      if (refersBack) {
        foreign = unique([...foreignHere, ...paragraphForeign.places]);
        inferred =
          'The clause refers back ("hai Bên", "nước bạn") to the foreign party named earlier in the paragraph.';
      } else if (foreign.length === 0 && sentenceForeign.sentence === unit.sentence) {
        foreign = sentenceForeign.places;
        inferred = foreign.length > 0 ? "The foreign party is named earlier in the same sentence." : null;
      }
      if (foreignHere.length > 0) {
        paragraphForeign = { paragraph: unit.paragraph, places: foreignHere };
        sentenceForeign = { sentence: unit.sentence, places: foreignHere };
      }

      const cues = distinctTriggers(this.triggers.find(span, diacritics, true));
      if (cues.length === 0) return;
      const provincesHere = unique(
        places
          .filter((m) => m.value.label === "Province" && !LOCATIVE.test(span.slice(0, m.start)))
          .map((m) => m.value),
      );
      const provinces = provincesHere.length > 0 ? provincesHere.map((p) => p.id) : home ? [home] : [];
      if (provinces.length === 0) return;
      const planned =
        this.plans.find(span, diacritics).length > 0 || this.negations.find(span, diacritics).length > 0;
      const sectors = unique(this.sectors.find(span, diacritics).map((m) => m.value)).sort();
      const figures = this.figures.read(text, unit.start, unit.end, article.language, planned);
      const factPeriod = period ?? contextPeriod ?? titlePeriod;

      for (const cue of cues.flatMap(bothWays)) {
        const trigger = cue.value;
        const quote = quoteSpan(text, unit, unit.start + cue.start, unit.start + cue.end);
        const foreignBefore = places.some(
          (m) =>
            foreign.some((p) => p.id === m.value.id) && m.start < cue.start && m.value.label !== "Province",
        );
        const record = buildRecord({
          trigger,
          id: factId(trigger, provinces[0] as string, foreign[0]?.id ?? null, unit.start + cue.start),
          provinces,
          foreign: foreign.map((p) => p.id),
          foreignBefore,
          provinceAfterCue: places.some((m) => m.value.label === "Province" && m.start > cue.end),
          period: factPeriod,
          planned,
          sectors,
          figures,
          evidence: { source: options.sourceId, quote: text.slice(quote.start, quote.end) },
          inference: inferred,
        });
        let confidence = 0.4;
        if (foreignHere.length > 0) confidence += 0.25;
        else if (foreign.length > 0) confidence += 0.1;
        if (provincesHere.length > 0) confidence += 0.1;
        if (period) confidence += 0.1;
        if (figures.length > 0) confidence += 0.05;
        if (planned) confidence -= 0.05;
        proposals.push({
          status: "PROPOSED",
          confidence: Math.round(Math.min(confidence, 0.95) * 100) / 100,
          quote,
          cue: span.slice(cue.start, cue.end),
          record,
        });
      }
    });
    return proposals;
  }

  /** The province an article is about: the one its title names, else the one it names most. */
  private homeProvince(article: Article, mentions: Array<Array<Match<Place>>>): string | null {
    const counts = new Map<string, number>();
    const count = (place: Place, weight: number) => {
      if (place.label === "Province") counts.set(place.id, (counts.get(place.id) ?? 0) + weight);
    };
    if (article.title) {
      for (const match of this.gazetteer.find(article.title, null, article.language === "vi"))
        count(match.value, 5);
    }
    for (const unit of mentions) for (const match of unit) count(match.value, 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }
}

/** A province named after "tại" / "ở" / "in" is where something happened, not who acted. */
const LOCATIVE = /(?:^|\s)(?:tại|ở|in|at)\s*(?:TP\.?\s*|thành phố\s*|tỉnh\s*)?$/iu;

/**
 * The foreign side: no Vietnamese places, no country whose own place is also named, and no state
 * named only to place a city ("TP.Sacramento (tiểu bang California, Hoa Kỳ)").
 */
function foreignParties(places: Place[]): Place[] {
  const foreign = unique(
    places.filter((p) => p.label !== "Province" && p.country !== "VN" && p.country !== null),
  );
  const specific = new Set(foreign.filter((p) => p.label !== "Country").map((p) => p.country));
  const containers = new Set(foreign.map((p) => p.partOf).filter(Boolean));
  return foreign.filter((p) => (p.label !== "Country" || !specific.has(p.country)) && !containers.has(p.id));
}

/** A cue for delegations both ways ("trao đổi đoàn") stands for one of each. */
function bothWays(match: Match<Trigger>): Array<Match<Trigger>> {
  if (match.value.direction !== "BOTH") return [match];
  return (["INCOMING", "OUTGOING"] as const).map((direction) => ({
    ...match,
    value: { ...match.value, direction },
  }));
}

function unique<T extends { id: string } | string>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = typeof item === "string" ? item : item.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One cue per kind of fact in a clause; the generic "ký kết" only where no specific agreement is named. */
function distinctTriggers(matches: Array<Match<Trigger>>): Array<Match<Trigger>> {
  const key = (t: Trigger) => `${t.type}/${t.kind ?? t.direction}`;
  const seen = new Set<string>();
  const specificAgreement = matches.some((m) => m.value.type === "Agreement" && m.value.kind !== "OTHER");
  return matches.filter((match) => {
    if (specificAgreement && match.value.type === "Agreement" && match.value.kind === "OTHER") return false;
    if (seen.has(key(match.value))) return false;
    seen.add(key(match.value));
    return true;
  });
}

/** The clause itself, or where it is too long for a quote, the comma-separated parts around the cue. */
function quoteSpan(
  text: string,
  unit: Unit,
  cueStart: number,
  cueEnd: number,
): { start: number; end: number } {
  if (unit.end - unit.start <= MAX_QUOTE_LENGTH) return { start: unit.start, end: unit.end };
  const cuts = [unit.start];
  for (let i = unit.start; i < unit.end; i += 1) if (text[i] === ",") cuts.push(i + 1);
  cuts.push(unit.end);
  let from = cuts.filter((cut) => cut <= cueStart).pop() ?? unit.start;
  let to = cuts.find((cut) => cut >= cueEnd) ?? unit.end;
  for (let grown = true; grown; ) {
    grown = false;
    const next = cuts.find((cut) => cut > to);
    if (next !== undefined && next - from <= MAX_QUOTE_LENGTH) {
      to = next;
      grown = true;
    }
    const previous = cuts.filter((cut) => cut < from).pop();
    if (previous !== undefined && to - previous <= MAX_QUOTE_LENGTH) {
      from = previous;
      grown = true;
    }
  }
  if (to - from > MAX_QUOTE_LENGTH) {
    from = Math.max(unit.start, cueStart - 150);
    to = Math.min(from + MAX_QUOTE_LENGTH, unit.end);
  }
  while (from < to && /[\s,]/.test(text[from] ?? "")) from += 1;
  while (to > from && /[\s,]/.test(text[to - 1] ?? "")) to -= 1;
  return { start: from, end: to };
}

function slugOf(id: string): string {
  return id.slice(id.indexOf(":") + 1).toLowerCase();
}

function factId(trigger: Trigger, province: string, foreign: string | null, at: number): string {
  const prefix = trigger.type.toLowerCase();
  const what = (trigger.kind ?? trigger.direction ?? "").toLowerCase().replace(/_/g, "-");
  return `${prefix}:${[slugOf(province), foreign ? slugOf(foreign) : null, what, `at-${at}`].filter(Boolean).join("-")}`;
}

interface RecordParts {
  trigger: Trigger;
  id: string;
  provinces: string[];
  foreign: string[];
  foreignBefore: boolean;
  provinceAfterCue: boolean;
  period: PeriodValue | null;
  planned: boolean;
  sectors: string[];
  figures: FoundFigure[];
  evidence: { source: string; quote: string };
  inference: string | null;
}

const figureOf = (found: FoundFigure | undefined): Figure | null => {
  if (!found) return null;
  const { start: _start, end: _end, ...figure } = found;
  return figure;
};

function buildRecord(parts: RecordParts): NodeFactRecord {
  const { trigger } = parts;
  const base = {
    id: parts.id,
    status: parts.planned ? ("PLANNED" as const) : ("COMPLETED" as const),
    period: parts.period,
    sectors: parts.sectors as NodeFactRecord["sectors"],
    description: null,
    evidence: [parts.evidence],
    certainty: parts.inference ? ("INFERRED" as const) : ("STATED" as const),
    inference: parts.inference,
  };
  switch (trigger.type) {
    case "Agreement": {
      const count = parts.figures.find((f) => f.unit === "agreements");
      return {
        ...base,
        type: "Agreement",
        kind: trigger.kind as "MOU",
        title: null,
        parties: [...parts.provinces, ...parts.foreign],
        signedOn: parts.period?.precision === "DAY" ? parts.period.start : null,
        count: count
          ? { value: Math.round(count.value), qualifier: count.qualifier, text: count.text }
          : null,
      };
    }
    case "Delegation": {
      // "A delegation of Champasak visited Long An": the foreign side named first, the province after.
      const reversed = parts.foreignBefore && parts.provinceAfterCue;
      const stated = trigger.direction === "OUTGOING" ? "OUTGOING" : "INCOMING";
      const direction = reversed ? (stated === "OUTGOING" ? "INCOMING" : "OUTGOING") : stated;
      return {
        ...base,
        type: "Delegation",
        direction,
        vietnameseSide: parts.provinces,
        foreignSide: parts.foreign,
        delegations: figureOf(parts.figures.find((f) => f.unit === "delegations")),
        people: figureOf(parts.figures.find((f) => f.unit === "visitor-trips" || f.unit === "cadre-trips")),
        purpose: null,
        partOf: null,
      };
    }
    case "Programme": {
      const roles =
        (parts.foreignBefore ? trigger.foreignBefore : trigger.foreignAfter) ??
        ({
          vietnamese: trigger.vietnamese ?? "PARTICIPANT",
          foreign: trigger.foreign ?? "PARTICIPANT",
        } as const);
      const record: Extract<NodeFactRecord, { type: "Programme" }> = {
        ...base,
        type: "Programme",
        kind: trigger.kind as "TRAINING",
        name: null,
        fundedBy: [],
        runBy: [],
        beneficiaries: [],
        partners: [],
        figures: parts.figures.map((f) => figureOf(f) as Figure),
      };
      // The table gives each programme role one list field (FUNDER: fundedBy, ...).
      const add = (role: ParticipantRole, ids: string[]) =>
        (record[fieldOfRole("Programme", role)] as string[]).push(...ids);
      add(roles.vietnamese, parts.provinces);
      add(roles.foreign, parts.foreign);
      return record;
    }
    default:
      return {
        ...base,
        type: "Partnership",
        kind: trigger.kind as "COOPERATION",
        from: parts.provinces[0] as string,
        to: parts.foreign,
      };
  }
}
