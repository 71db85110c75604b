import { Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

export const FactsOrder = { OLDEST_FIRST: "OLDEST_FIRST", NEWEST_FIRST: "NEWEST_FIRST", ID: "ID" } as const;
registerEnumType(FactsOrder, {
  name: "FactsOrder",
  description: "By period start (undated facts last) then id, or by id alone.",
});

export const FactDimension = {
  COUNTRY: "COUNTRY",
  PROVINCE: "PROVINCE",
  PARTNER: "PARTNER",
  YEAR: "YEAR",
  KIND: "KIND",
  SECTOR: "SECTOR",
  CERTAINTY: "CERTAINTY",
  SOURCE: "SOURCE",
} as const;
export type FactDimension = keyof typeof FactDimension;
registerEnumType(FactDimension, {
  name: "FactDimension",
  description: "What factStats groups facts by. A fact counts once in every bucket it belongs to.",
  valuesConfig: {
    COUNTRY: {
      description:
        "The countries of its foreign participants (ISO code); Vietnam is never a partner country.",
    },
    PROVINCE: {
      description:
        "The Vietnamese provinces acting in it (a body counted at its province unless filter.rollUp is false).",
    },
    PARTNER: { description: "Its foreign participants (ids)." },
    YEAR: { description: "Every year its period touches; null bucket: undated." },
    KIND: { description: "Its kind (MOU, TRAINING, INCOMING, …)." },
    SECTOR: { description: "Each sector it names; null bucket: none named." },
    CERTAINTY: { description: "STATED or INFERRED." },
    SOURCE: { description: "The sources (articles) that state it." },
  },
});

export const FactMeasure = {
  FACTS: "FACTS",
  PROVINCES: "PROVINCES",
  PARTNERS: "PARTNERS",
  COUNTRIES: "COUNTRIES",
} as const;
export type FactMeasure = keyof typeof FactMeasure;
registerEnumType(FactMeasure, {
  name: "FactMeasure",
  description: "What factStats counts in each bucket (for `having` and `orderBy`).",
  valuesConfig: {
    FACTS: { description: "Facts." },
    PROVINCES: { description: "Distinct Vietnamese provinces (a body counted at its province)." },
    PARTNERS: { description: "Distinct foreign participants." },
    COUNTRIES: { description: "Distinct countries of the foreign participants." },
  },
});

@InputType({ description: "Keep only the buckets whose measure is at least `min` (and at most `max`)." })
export class FactStatsHaving {
  @Field(() => FactMeasure, { description: "The measure compared." })
  measure!: FactMeasure;

  @Field(() => Int, { nullable: true, description: "Smallest value kept." })
  min?: number;

  @Field(() => Int, { nullable: true, description: "Largest value kept." })
  max?: number;
}

@InputType({ description: "How factStats sorts its rows: by a measure, largest first unless `ascending`." })
export class FactStatsOrder {
  @Field(() => FactMeasure, { description: "The measure sorted by." })
  measure!: FactMeasure;

  @Field(() => Boolean, { nullable: true, description: "Smallest first. Default false." })
  ascending?: boolean;
}

@ObjectType({ description: "The sum of the figures of one unit in a bucket, and how many facts it adds up." })
export class UnitTotal {
  @Field({ description: 'The unit: a currency (USD, VND), "people", "delegations", "trainees", …' })
  unit!: string;

  @Field(() => Float, { description: "The sum of the values (as stated; qualifiers are not applied)." })
  total!: number;

  @Field(() => Int, { description: "How many facts it sums." })
  facts!: number;
}

@ObjectType({ description: "One bucket's key in one dimension, with a label for charts." })
export class FactStatsKey {
  @Field(() => FactDimension, { description: "The dimension." })
  dimension!: FactDimension;

  @Field(() => String, {
    nullable: true,
    description: "The key: an ISO code, an id, a year, a kind. Null: the facts without one (e.g. undated).",
  })
  key!: string | null;

  @Field({ description: 'A readable label: a name, a year, "undated", "no sector", "no foreign country".' })
  label!: string;
}

@ObjectType({
  description:
    "One row of factStats: its keys (one per dimension, in the order asked) and its measures, flat for chart libraries.",
})
export class FactStatsRow {
  @Field(() => [FactStatsKey], { description: "One key per dimension of groupBy, in that order." })
  keys!: FactStatsKey[];

  @Field(() => Int, { description: "Facts in the bucket." })
  facts!: number;

  @Field(() => Int, { description: "Distinct Vietnamese provinces acting in them." })
  provinces!: number;

  @Field(() => Int, { description: "Distinct foreign participants." })
  partners!: number;

  @Field(() => Int, { description: "Distinct countries of the foreign participants." })
  countries!: number;

  @Field(() => [UnitTotal], {
    description:
      "Sums of the facts' figures, one per unit (never across units). For money see Query.moneyTotals.",
  })
  sums!: UnitTotal[];

  @Field(() => [String], { description: "The ids of its first facts (by id, at most 100)." })
  factIds!: string[];
}

@ObjectType({ description: "Grouped counts of facts, shaped for charts." })
export class FactStats {
  @Field(() => [FactDimension], { description: "The dimensions, as asked." })
  groupBy!: FactDimension[];

  @Field(() => Int, { description: "Buckets before `having` and `first` were applied." })
  totalBuckets!: number;

  @Field(() => [FactStatsRow], { description: "The rows, sorted and cut as asked." })
  rows!: FactStatsRow[];
}
