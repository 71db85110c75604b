import countries from "i18n-iso-countries";
import type { Sector } from "../domain/model";
import { planFact } from "../records/graph-plan";
import { emptyBundle, type Located, type RecordBundle } from "../records/record-bundle";
import type { ProvinceRecord } from "../records/record-format";
import {
  type AgreementRecord,
  CountryRecord,
  type DelegationRecord,
  type Evidence,
  FactRecord,
  type Figure,
  LocalityRecord,
  OrganizationRecord,
  type PartnershipRecord,
  type Period,
  type ProgrammeRecord,
  SourceRecord,
} from "../records/record-format";

/**
 * A synthetic graph in the seed record format, for the benchmarks: the curated gazetteer's provinces,
 * every other ISO country, thousands of foreign localities with skewed popularity (a few partners get
 * most of the facts, as Laos, Cambodia, China, Korea and Japan do in the articles), sources with
 * quotes, organisations, and facts over 30 years. Deterministic: the same seed and size give the same
 * records. Every record passes the record format's zod schemas; the graph is written by src/records' batches and writer.
 */

/** Bumped whenever the generator's output changes, so that a loaded folder of an older one is reloaded. */
export const GENERATOR_VERSION = 2;

export const SIZES = { S: 10_000, M: 100_000, L: 1_000_000 } as const;
export type SizeName = keyof typeof SIZES;

export interface SynthOptions {
  /** Relationships to add on top of the seed graph (within one fact's worth). */
  relationships: number;
  seed: number;
}

export interface SynthGazetteer {
  provinces: ProvinceRecord[];
  countries: Array<{ id: string; code: string }>;
  localities: Array<{ id: string; country: string }>;
  groups: Array<{ id: string; country: string }>;
}

export interface SynthGraph {
  /** New records only: what the seed graph does not hold. */
  bundle: RecordBundle;
  /** Ids linked as ACTOR: provinces and Vietnamese organisations. */
  vietnamese: Set<string>;
  /** Relationships the facts' plans hold (the foundations add their own few). */
  factRelationships: number;
}

/** Partners the articles name most, most popular first; the other countries follow in seeded order. */
const FAVOURITE_COUNTRIES = ["LA", "KH", "CN", "KR", "JP", "TH", "US", "FR", "DE", "AU", "RU", "SG"];
/** Most active first: border provinces and the big cities. */
const FAVOURITE_PROVINCES = [
  "province:son-la",
  "province:dien-bien",
  "province:lai-chau",
  "province:nghe-an",
  "province:ha-noi",
  "province:ho-chi-minh",
  "province:an-giang",
  "province:tay-ninh",
  "province:long-an",
];
const FIRST_YEAR = 1995;
const LAST_YEAR = 2025;
const SYLLABLES = [
  "luang",
  "phon",
  "sa",
  "van",
  "kham",
  "tha",
  "mai",
  "xay",
  "buri",
  "nam",
  "hong",
  "jin",
  "ko",
  "ri",
  "da",
  "ne",
  "shi",
  "mo",
  "ra",
  "sen",
];
const SECTOR_CHOICES = [
  "EDUCATION",
  "HEALTH",
  "AGRICULTURE",
  "TRADE",
  "TOURISM",
  "CULTURE",
  "SECURITY",
  "INVESTMENT",
  "BORDER_MANAGEMENT",
  "PEOPLE_TO_PEOPLE",
] as const;
const PROGRAMME_CHOICES = [
  "TRAINING",
  "AID_PROJECT",
  "EXCHANGE",
  "INVESTMENT_PROMOTION",
  "HUMANITARIAN",
  "SCHOLARSHIP",
  "EVENT",
] as const;
const AGREEMENT_CHOICES = ["MOU", "COOPERATION_AGREEMENT", "AGREEMENT_MINUTES", "TWINNING"] as const;

/** mulberry32: a tiny, well-known seeded generator; the data only needs to be repeatable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from a list by Zipf weights (rank r has weight 1/r^s): a few items get most picks. */
function zipf<T>(items: T[], next: () => number, exponent = 1.1): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= items.length; rank += 1) {
    total += 1 / rank ** exponent;
    cumulative.push(total);
  }
  return () => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) < target) low = mid + 1;
      else high = mid;
    }
    return items[low] as T;
  };
}

const pad = (n: number, width = 7) => String(n).padStart(width, "0");

export function synthGraph(gazetteer: SynthGazetteer, options: SynthOptions): SynthGraph {
  const next = random(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const bundle = emptyBundle();
  const file = "synth";

  // Countries: every ISO 3166-1 code the gazetteer lacks, up to about 190 in all.
  const known = new Set(gazetteer.countries.map((country) => country.code));
  const extra = Object.keys(countries.getAlpha2Codes())
    .sort()
    .filter((code) => !known.has(code))
    .slice(0, Math.max(0, 190 - known.size));
  for (const code of extra) {
    const nameEn = countries.getName(code, "en") ?? code;
    bundle.countries.push(
      CountryRecord.parse({
        id: `country:${code}`,
        code,
        alpha3: countries.alpha2ToAlpha3(code),
        nameEn,
        nameVi: countries.getName(code, "vi") ?? nameEn,
        aliases: [],
      }),
    );
  }
  const others = [...known, ...extra].filter((code) => code !== "VN" && !FAVOURITE_COUNTRIES.includes(code));
  const ranked = [...FAVOURITE_COUNTRIES.filter((code) => known.has(code) || extra.includes(code))];
  while (others.length > 0) {
    ranked.push(others.splice(Math.floor(next() * others.length), 1)[0] as string);
  }
  const pickCountry = zipf(ranked, next);

  // Foreign localities: the gazetteer's and generated ones, about one per 40 relationships.
  const byCountry = new Map<string, string[]>();
  const addLocality = (country: string, id: string) => {
    byCountry.set(country, [...(byCountry.get(country) ?? []), id]);
  };
  for (const locality of gazetteer.localities) addLocality(locality.country.slice(8), locality.id);
  const localityCount = Math.min(6000, Math.max(300, Math.round(options.relationships / 40)));
  for (let index = 0; index < localityCount; index += 1) {
    const code = pickCountry();
    const name = `${capitalise(pick(SYLLABLES))}${pick(SYLLABLES)} ${capitalise(pick(SYLLABLES))}`;
    const id = `locality:synth-${code.toLowerCase()}-${pad(index, 5)}`;
    bundle.localities.push(
      LocalityRecord.parse({
        id,
        country: `country:${code}`,
        kind: pick(["PROVINCE", "CITY", "STATE", "PREFECTURE"]),
        isoCode: null,
        nameEn: name,
        nameVi: null,
        nameLocal: null,
        partOf: null,
        aliases: [name.toLowerCase(), `${name} ${index}`],
      }),
    );
    addLocality(code, id);
  }
  const localityPickers = new Map([...byCountry].map(([code, ids]) => [code, zipf(ids, next, 0.9)]));
  const groupsOf = new Map<string, string[]>();
  for (const group of gazetteer.groups) {
    groupsOf.set(group.country.slice(8), [...(groupsOf.get(group.country.slice(8)) ?? []), group.id]);
  }

  // Provinces: each era's units, the active ones most often.
  const provinceIds = (eras: string[]) => {
    const ids = gazetteer.provinces.filter((p) => eras.includes(p.era)).map((p) => p.id);
    return [
      ...FAVOURITE_PROVINCES.filter((id) => ids.includes(id)),
      ...ids.filter((id) => !FAVOURITE_PROVINCES.includes(id)),
    ];
  };
  const pickBefore = zipf(provinceIds(["PRE_2025", "BOTH"]), next, 0.8);
  const pickAfter = zipf(provinceIds(["POST_2025", "BOTH"]), next, 0.8);

  // A department of foreign affairs per province (Vietnamese side, BASED_IN it), some foreign bodies.
  const departments = new Map<string, string>();
  for (const province of gazetteer.provinces) {
    const slug = province.id.slice("province:".length);
    const id = `org:synth-dofa-${slug}`;
    departments.set(province.id, id);
  }
  const foreignOrgs: Array<{ id: string; code: string }> = [];
  const foreignOrgCount = Math.max(20, Math.round(localityCount / 10));

  // Sources: one article per about four facts, each about a province.
  const factEstimate = Math.ceil(options.relationships / 6.5);
  const sourceCount = Math.max(10, Math.round(factEstimate / 4));
  const sourceIds: string[] = [];
  for (let index = 0; index < sourceCount; index += 1) {
    const year = FIRST_YEAR + Math.floor(next() * (LAST_YEAR - FIRST_YEAR + 1));
    const about = year >= 2025 ? pickAfter() : pickBefore();
    const fileName = `synth-${pad(index)}.txt`;
    const id = `source:synth-${pad(index)}`;
    bundle.sources.push(
      SourceRecord.parse({
        id,
        fileName,
        title: `Bản tin đối ngoại số ${index}`,
        publisher: "Cổng thông tin tổng hợp",
        publishedOn: `${year}-${month(next)}-15`,
        author: null,
        about,
        period: { start: `${year}-01-01`, end: `${year}-12-31`, precision: "YEAR" },
      }),
    );
    sourceIds.push(id);
  }
  const quoteSource = sourceIds[0] as string;
  for (const [provinceId, id] of departments) {
    bundle.organizations.push(
      OrganizationRecord.parse({
        id,
        nameVi: `Sở Ngoại vụ ${provinceId}`,
        nameEn: `Department of Foreign Affairs, ${provinceId}`,
        kind: "GOVERNMENT_AGENCY",
        country: "country:VN",
        province: provinceId,
        evidence: [
          { source: quoteSource, quote: `Sở Ngoại vụ tỉnh ${provinceId} chủ trì công tác đối ngoại` },
        ],
      }),
    );
  }
  for (let index = 0; index < foreignOrgCount; index += 1) {
    const code = pickCountry();
    const id = `org:synth-${code.toLowerCase()}-${pad(index, 5)}`;
    bundle.organizations.push(
      OrganizationRecord.parse({
        id,
        nameVi: null,
        nameEn: `${capitalise(pick(SYLLABLES))} Friendship Foundation ${index}`,
        kind: pick(["NGO", "AID_AGENCY", "COMPANY", "SCHOOL"]),
        country: `country:${code}`,
        evidence: [
          { source: quoteSource, quote: `Tổ chức hữu nghị số ${index} của nước ${code} hoạt động tại tỉnh` },
        ],
      }),
    );
    foreignOrgs.push({ id, code });
  }

  const vietnamese = new Set<string>([
    "country:VN",
    ...gazetteer.provinces.map((p) => p.id),
    ...departments.values(),
  ]);

  // Facts until the relationship budget is spent; each counted by the import's own plan of it.
  let factRelationships = 0;
  for (let index = 0; factRelationships < options.relationships; index += 1) {
    const year = Math.min(
      LAST_YEAR,
      FIRST_YEAR + Math.floor((1 - next() ** 1.6) * (LAST_YEAR - FIRST_YEAR + 1)),
    );
    const province = year >= 2025 ? pickAfter() : pickBefore();
    // The province always acts itself (so every way of asking finds the fact from it); its
    // department of foreign affairs sometimes acts beside it.
    const actors = next() < 0.15 ? [province, departments.get(province) as string] : [province];
    const code = pickCountry();
    const partners = [(localityPickers.get(code) ?? (() => `country:${code}`))()];
    const roll = next();
    if (roll < 0.15) {
      partners.push((localityPickers.get(code) ?? (() => `country:${code}`))());
    } else if (roll < 0.2) {
      partners.push(`country:${code}`);
    } else if (roll < 0.24 && groupsOf.has(code)) {
      partners.push(pick(groupsOf.get(code) as string[]));
    } else if (roll < 0.3) {
      partners.push(pick(foreignOrgs).id);
    }
    const foreign = [...new Set(partners)];
    const record = FactRecord.parse(
      fact(index, {
        year,
        actors,
        foreign,
        period: period(year, next),
        sectors: [pick(SECTOR_CHOICES), pick(SECTOR_CHOICES)].filter((s, i, all) => all.indexOf(s) === i),
        evidence: evidence(index, pick(sourceIds), next() < 0.3 ? pick(sourceIds) : null),
        roll: next(),
        pick,
        next,
      }),
    );
    factRelationships += planFact(record, vietnamese).relationships.length;
    bundle.facts.push({ file, record } satisfies Located<FactRecord>);
  }
  return { bundle, vietnamese, factRelationships };
}

interface FactShape {
  year: number;
  actors: string[];
  foreign: string[];
  period: Period;
  sectors: Sector[];
  evidence: Evidence[];
  roll: number;
  pick: <T>(items: readonly T[]) => T;
  next: () => number;
}

function fact(index: number, shape: FactShape): unknown {
  const common = {
    status: shape.year >= LAST_YEAR && shape.roll > 0.9 ? ("PLANNED" as const) : ("COMPLETED" as const),
    period: shape.period,
    sectors: shape.sectors,
    evidence: shape.evidence,
    certainty: "STATED" as const,
  };
  const n = pad(index);
  if (shape.roll < 0.4) {
    const incoming = shape.next() < 0.6;
    return {
      ...common,
      id: `delegation:synth-${n}`,
      type: "Delegation",
      direction: incoming ? "INCOMING" : "OUTGOING",
      vietnameseSide: shape.actors,
      foreignSide: shape.foreign,
      delegations: count(1 + Math.floor(shape.next() * 20), "delegations", "đoàn"),
      people: shape.next() < 0.7 ? count(5 + Math.floor(shape.next() * 400), "people", "lượt người") : null,
    } satisfies Partial<DelegationRecord>;
  }
  if (shape.roll < 0.7) {
    const kind = shape.pick(PROGRAMME_CHOICES);
    return {
      ...common,
      id: `programme:synth-${n}`,
      type: "Programme",
      kind,
      name: `Chương trình hợp tác ${kind.toLowerCase()} số ${index}`,
      runBy: shape.actors,
      beneficiaries: shape.foreign,
      figures:
        kind === "TRAINING" ? [count(10 + Math.floor(shape.next() * 200), "trainees", "học viên")] : [],
    } satisfies Partial<ProgrammeRecord>;
  }
  if (shape.roll < 0.9) {
    return {
      ...common,
      id: `agreement:synth-${n}`,
      type: "Agreement",
      kind: shape.pick(AGREEMENT_CHOICES),
      title: `Biên bản ghi nhớ số ${index}`,
      parties: [...shape.actors, ...shape.foreign],
      signedOn: shape.period.start,
    } satisfies Partial<AgreementRecord>;
  }
  return {
    ...common,
    id: `partnership:synth-${n}`,
    type: "Partnership",
    kind: shape.pick(["COOPERATION", "FRIENDSHIP", "NEIGHBOURHOOD"]),
    from: shape.actors[0] as string,
    to: shape.foreign,
  } satisfies Partial<PartnershipRecord>;
}

function count(value: number, unit: string, words: string): Figure {
  return { value, unit, qualifier: "EXACT", text: `${value} ${words}` };
}

function evidence(index: number, source: string, second: string | null): Evidence[] {
  const first = {
    source,
    quote: `Theo báo cáo, hoạt động đối ngoại số ${index} đã được triển khai đúng kế hoạch`,
  };
  return second && second !== source
    ? [first, { source: second, quote: `Hoạt động số ${index} được nhắc lại trong bản tin tổng kết năm` }]
    : [first];
}

function period(year: number, next: () => number): Period {
  const precision = next();
  if (precision < 0.4) {
    return { start: `${year}-01-01`, end: `${year}-12-31`, precision: "YEAR" };
  }
  const m = month(next);
  if (precision < 0.8) {
    const last = new Date(Date.UTC(year, Number(m), 0)).getUTCDate();
    return { start: `${year}-${m}-01`, end: `${year}-${m}-${last}`, precision: "MONTH" };
  }
  const day = String(1 + Math.floor(next() * 28)).padStart(2, "0");
  return { start: `${year}-${m}-${day}`, end: `${year}-${m}-${day}`, precision: "DAY" };
}

function month(next: () => number): string {
  return String(1 + Math.floor(next() * 12)).padStart(2, "0");
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
