import { z } from "zod";
import {
  AGREEMENT_KINDS,
  CERTAINTIES,
  DIRECTIONS,
  FACT_STATUSES,
  LOCALITY_KINDS,
  MONEY_DIRECTIONS,
  MONEY_NATURES,
  ORGANIZATION_KINDS,
  PARTNERSHIP_KINDS,
  PERIOD_SOURCES,
  POLICY_DOCUMENT_KINDS,
  PRECISIONS,
  PROGRAMME_KINDS,
  PROVINCE_ERAS,
  PROVINCE_KINDS,
  QUALIFIERS,
  SECTORS,
} from "../domain/model";
import { periodProblem } from "../domain/period";

/**
 * The record format of the seed files (seeds/gazetteer/*.yaml, seeds/articles/*.yaml) and of later
 * imports, mutations and proposed facts. Each schema checks one record on its own; cross-record rules
 * (ids resolve, no duplicates) are checked by references.ts. README "The seed graph" documents the format.
 */

/** Longest quote accepted: the brief asks for about 300 characters; a little slack for whole clauses. */
export const MAX_QUOTE_LENGTH = 400;

const id = (prefix: string, pattern = "[a-z0-9][a-z0-9_-]*") =>
  z.string().regex(new RegExp(`^${prefix}:${pattern}$`), `must be an id like "${prefix}:some-name"`);

export const ProvinceId = id("province");
export const CountryId = id("country", "[A-Z]{2}");
export const LocalityId = id("locality");
export const GroupId = id("group");
export const OrganizationId = id("org");
export const PolicyDocumentId = id("policy");
export const SourceId = id("source");
const FactId = z
  .string()
  .regex(/^(agreement|delegation|programme|partnership|citation):[a-z0-9][a-z0-9_-]*$/, {
    message:
      'must be an id like "agreement:…", "delegation:…", "programme:…", "partnership:…" or "citation:…"',
  });

/** Anything a fact can involve: a place, a group of places or an organisation. */
export const ParticipantId = z.union([ProvinceId, CountryId, LocalityId, GroupId, OrganizationId], {
  error: "must be the id of a province, country, locality, group or organisation",
});

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });
const text = z.string().trim().min(1);
const nullableText = text.nullish();
const aliases = z.array(text).default([]);

/**
 * A period, and where it comes from when the quote itself gives no date: the one rule of the seed
 * graph. A date the quote states needs nothing; one taken from the paragraph the quote sits in
 * (PARAGRAPH) or from the article's reporting period (ARTICLE) says so, with the words it rests on
 * (`basis`), and reads as an INFERRED period. The fact itself stays as certain as its quote.
 */
export const Period = z
  .object({
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    precision: z.enum(PRECISIONS),
    takenFrom: z.enum(PERIOD_SOURCES).optional(),
    basis: text.optional(),
  })
  .strict()
  .refine((period) => !period.takenFrom === !period.basis, {
    path: ["basis"],
    message:
      "a period taken from the paragraph or the article needs its basis, and only such a period has one",
  })
  .superRefine((period, ctx) => {
    const problem = periodProblem(period);
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
    }
  });
export type Period = z.infer<typeof Period>;

/** Words that make a figure money: it then needs an ISO 4217 unit, or sums would mix currencies. */
const MONEY_WORDS = /(đồng|USD|usd|\$|€|EUR|yên|yen|won|nhân dân tệ|kip|riel)/;

export const Figure = z
  .object({
    value: z.number().nonnegative({ error: "must not be negative" }),
    unit: text,
    qualifier: z.enum(QUALIFIERS),
    text: text.describe("the figure as the article writes it"),
    direction: z.enum(MONEY_DIRECTIONS).optional(),
    nature: z.enum(MONEY_NATURES).optional(),
  })
  .strict()
  .refine((figure) => !MONEY_WORDS.test(figure.text) || /^[A-Z]{3}$/.test(figure.unit), {
    path: ["unit"],
    message: 'money needs an ISO 4217 currency code as its unit (e.g. "VND", "USD")',
  })
  // Amounts add up only within one direction and nature, so every amount of money must say both.
  .refine((figure) => !/^[A-Z]{3}$/.test(figure.unit) || (figure.direction && figure.nature), {
    path: ["nature"],
    message: "money needs a direction (GIVEN, RECEIVED) and a nature (PLEDGED, DISBURSED, STOCK)",
  });
export type Figure = z.infer<typeof Figure>;

export const Evidence = z
  .object({
    source: SourceId,
    quote: text.max(MAX_QUOTE_LENGTH, { error: `must be at most ${MAX_QUOTE_LENGTH} characters` }),
  })
  .strict();
export type Evidence = z.infer<typeof Evidence>;

const evidenceList = z.array(Evidence).min(1, { error: "needs at least one quote from a source" });

/** STATED, or INFERRED with the curator's reason. */
const provenance = {
  evidence: evidenceList,
  certainty: z.enum(CERTAINTIES),
  inference: nullableText,
};

function requireInferenceReason(
  record: { certainty: string; inference?: string | null },
  ctx: z.RefinementCtx,
) {
  if (record.certainty === "INFERRED" && !record.inference) {
    ctx.addIssue({
      code: "custom",
      path: ["inference"],
      message: "an INFERRED fact must say what was inferred",
    });
  }
}

// ---------------------------------------------------------------- gazetteer

export const ProvinceRecord = z
  .object({
    id: ProvinceId,
    nameVi: text,
    nameEn: text,
    kind: z.enum(PROVINCE_KINDS),
    era: z.enum(PROVINCE_ERAS),
    isoCode: z
      .string()
      .regex(/^VN-[0-9A-Z]{2}$/)
      .nullable(),
    officialCode: z
      .string()
      .regex(/^\d{2}$/)
      .nullable(),
    mergedInto: ProvinceId.nullable(),
    mergedOn: isoDate.nullable(),
    constituents: z.array(ProvinceId).optional(),
    seat: nullableText,
    aliases,
    note: nullableText,
  })
  .strict()
  .superRefine((province, ctx) => {
    if ((province.mergedInto === null) !== (province.mergedOn === null)) {
      ctx.addIssue({ code: "custom", path: ["mergedOn"], message: "mergedInto and mergedOn go together" });
    }
    if (province.era === "PRE_2025" && province.mergedInto === null) {
      ctx.addIssue({
        code: "custom",
        path: ["mergedInto"],
        message: "a unit that ceased in 2025 needs its successor",
      });
    }
  });
export type ProvinceRecord = z.infer<typeof ProvinceRecord>;

export const CountryRecord = z
  .object({
    id: CountryId,
    code: z.string().regex(/^[A-Z]{2}$/),
    alpha3: z.string().regex(/^[A-Z]{3}$/),
    nameVi: text,
    nameEn: text,
    officialNameVi: nullableText,
    officialNameEn: nullableText,
    aliases,
  })
  .strict()
  .refine((country) => country.id === `country:${country.code}`, {
    path: ["code"],
    message: "must match the id (country:XX)",
  });
export type CountryRecord = z.infer<typeof CountryRecord>;

export const LocalityRecord = z
  .object({
    id: LocalityId,
    country: CountryId,
    kind: z.enum(LOCALITY_KINDS),
    isoCode: z
      .string()
      .regex(/^[A-Z]{2}-[0-9A-Z]{1,3}$/)
      .nullable(),
    nameEn: text,
    nameVi: nullableText,
    nameLocal: nullableText,
    partOf: LocalityId.nullable(),
    aliases,
    note: nullableText,
  })
  .strict()
  .refine(
    (locality) => locality.isoCode === null || locality.isoCode.startsWith(`${locality.country.slice(8)}-`),
    {
      path: ["isoCode"],
      message: "must start with the locality's country code",
    },
  );
export type LocalityRecord = z.infer<typeof LocalityRecord>;

export const GroupRecord = z
  .object({
    id: GroupId,
    nameVi: text,
    nameEn: text,
    country: CountryId,
    aliases,
    members: z.array(z.object({ locality: LocalityId, basis: text }).strict()).default([]),
    membershipNote: nullableText,
  })
  .strict();
export type GroupRecord = z.infer<typeof GroupRecord>;

export const ProvincesFile = z.object({ provinces: z.array(ProvinceRecord) }).strict();
export const CountriesFile = z.object({ countries: z.array(CountryRecord) }).strict();
export const LocalitiesFile = z
  .object({ localities: z.array(LocalityRecord), groups: z.array(GroupRecord).default([]) })
  .strict();

// ---------------------------------------------------------------- articles

export const SourceRecord = z
  .object({
    id: SourceId,
    fileName: z
      .string()
      .regex(/^[\w.-]+\.txt$/, { error: "must be the article's file name, e.g. 001_x.txt" }),
    title: nullableText,
    publisher: nullableText,
    publishedOn: isoDate.nullable(),
    author: nullableText,
    url: z.url().nullish(),
    about: ProvinceId,
    period: Period.nullable(),
  })
  .strict()
  .refine((source) => source.id === `source:${source.fileName.replace(/\.txt$/, "")}`, {
    path: ["id"],
    message: "must be source: followed by the file name without .txt",
  });
export type SourceRecord = z.infer<typeof SourceRecord>;

export const OrganizationRecord = z
  .object({
    id: OrganizationId,
    nameVi: nullableText,
    nameEn: text,
    aliases,
    kind: z.enum(ORGANIZATION_KINDS),
    // null for international organisations such as ASEAN.
    country: CountryId.nullable(),
    province: ProvinceId.optional(),
    locality: LocalityId.optional(),
    evidence: evidenceList,
  })
  .strict();
export type OrganizationRecord = z.infer<typeof OrganizationRecord>;

export const PolicyDocumentRecord = z
  .object({
    id: PolicyDocumentId,
    number: nullableText,
    kind: z.enum(POLICY_DOCUMENT_KINDS),
    issuer: nullableText,
    issuedOn: isoDate.nullable(),
    title: nullableText,
    evidence: evidenceList,
  })
  .strict();
export type PolicyDocumentRecord = z.infer<typeof PolicyDocumentRecord>;

/** What an article states about a group: how many members it has, not which. */
export const GroupMentionRecord = z
  .object({
    id: GroupId,
    nameVi: nullableText,
    nameEn: nullableText,
    country: CountryId.optional(),
    statedCounts: z
      .array(
        z
          .object({
            value: z.number().int().positive(),
            text,
            source: SourceId,
            quote: Evidence.shape.quote,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type GroupMentionRecord = z.infer<typeof GroupMentionRecord>;

const sectors = z.array(z.enum(SECTORS)).default([]);
const participants = z.array(ParticipantId).default([]);
const factBase = {
  id: FactId,
  status: z.enum(FACT_STATUSES).default("COMPLETED"),
  period: Period.nullish(),
  sectors,
  description: nullableText,
  ...provenance,
};

export const AgreementRecord = z
  .object({
    ...factBase,
    type: z.literal("Agreement"),
    kind: z.enum(AGREEMENT_KINDS),
    title: nullableText,
    // Articles often name only the Vietnamese party ("signed MOUs with partners"): one is enough.
    parties: z.array(ParticipantId).min(1, { error: "an agreement needs at least one party" }),
    signedOn: isoDate.nullish(),
    count: z
      .object({
        value: z.number().int().nonnegative({ error: "must not be negative" }),
        qualifier: z.enum(QUALIFIERS),
        text,
      })
      .strict()
      .nullish(),
  })
  .strict()
  .superRefine(requireInferenceReason);

export const DelegationRecord = z
  .object({
    ...factBase,
    type: z.literal("Delegation"),
    direction: z.enum(DIRECTIONS),
    vietnameseSide: z.array(ParticipantId).min(1, { error: "needs the Vietnamese side" }),
    foreignSide: participants,
    delegations: Figure.nullish(),
    people: Figure.nullish(),
    purpose: nullableText,
    partOf: z
      .string()
      .regex(/^delegation:/, "must be the id of the delegation record this one is a share of")
      .nullish(),
  })
  .strict()
  .superRefine(requireInferenceReason);

export const ProgrammeRecord = z
  .object({
    ...factBase,
    type: z.literal("Programme"),
    kind: z.enum(PROGRAMME_KINDS),
    name: nullableText,
    fundedBy: participants,
    runBy: participants,
    beneficiaries: participants,
    partners: participants,
    figures: z.array(Figure).default([]),
  })
  .strict()
  .superRefine(requireInferenceReason);

export const PartnershipRecord = z
  .object({
    ...factBase,
    type: z.literal("Partnership"),
    kind: z.enum(PARTNERSHIP_KINDS),
    from: ParticipantId,
    to: participants,
  })
  .strict()
  .superRefine(requireInferenceReason);

/** A province or a fact citing a policy document: an edge, with its own provenance. */
export const CitationRecord = z
  .object({
    id: FactId,
    type: z.literal("Citation"),
    from: z.union([ParticipantId, FactId]),
    document: PolicyDocumentId,
    description: nullableText,
    ...provenance,
  })
  .strict()
  .superRefine(requireInferenceReason);

export const FactRecord = z.discriminatedUnion("type", [
  AgreementRecord,
  DelegationRecord,
  ProgrammeRecord,
  PartnershipRecord,
  CitationRecord,
]);
export type FactRecord = z.infer<typeof FactRecord>;
/** The facts that are nodes (a citation is a relationship). */
export type NodeFactRecord = Exclude<FactRecord, { type: "Citation" }>;
export type AgreementRecord = z.infer<typeof AgreementRecord>;
export type DelegationRecord = z.infer<typeof DelegationRecord>;
export type ProgrammeRecord = z.infer<typeof ProgrammeRecord>;
export type PartnershipRecord = z.infer<typeof PartnershipRecord>;
export type CitationRecord = z.infer<typeof CitationRecord>;

export const ArticleFile = z
  .object({
    source: SourceRecord,
    entities: z
      .object({
        organizations: z.array(OrganizationRecord).default([]),
        policyDocuments: z.array(PolicyDocumentRecord).default([]),
        groups: z.array(GroupMentionRecord).default([]),
        places: z.array(LocalityRecord).default([]),
      })
      .strict()
      .default({ organizations: [], policyDocuments: [], groups: [], places: [] }),
    facts: z.array(FactRecord).default([]),
  })
  .strict();
export type ArticleFile = z.infer<typeof ArticleFile>;
