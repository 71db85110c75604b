import { NonNegativeIntResolver } from "graphql-scalars";
import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Direction, MoneyDirection, MoneyNature, Qualifier } from "../../graphql/enums";

export const FactGrouping = {
  COUNTRY: "COUNTRY",
  YEAR: "YEAR",
  SECTOR: "SECTOR",
  FACT_TYPE: "FACT_TYPE",
  FACT_KIND: "FACT_KIND",
  PROVINCE: "PROVINCE",
} as const;
registerEnumType(FactGrouping, {
  name: "FactGrouping",
  description:
    "How to bucket facts: by the partner's COUNTRY, by YEAR (each year the period covers), SECTOR, FACT_TYPE, FACT_KIND or Vietnamese PROVINCE. A fact counts once in each bucket it belongs to.",
});

@ObjectType({ description: "One bar of a chart: a label, a value and the facts behind it." })
export class Bucket {
  @Field({
    description: "The bucket key: an ISO country code, a year, a sector, a type, a kind or a province id.",
  })
  key!: string;

  @Field({ description: "A label for display (a country's or province's name; else the key)." })
  label!: string;

  @Field(() => NonNegativeIntResolver, { description: "Number of facts in the bucket." })
  value!: number;
}

@ObjectType({ description: "A sum of figures, with the weakest qualifier of its parts." })
export class FigureSum {
  @Field(() => Float, { description: "The sum." })
  value!: number;

  @Field(() => Qualifier, {
    description: "EXACT only if every part is; a sum with a lower bound is a lower bound.",
  })
  qualifier!: keyof typeof Qualifier;

  @Field({ description: 'Unit, e.g. "delegations" or "visitor-trips".' })
  unit!: string;
}

@ObjectType({
  description:
    "Delegations one way, with one partner country (or across all, when the source gives a total).",
})
export class DelegationFlow {
  @Field(() => Direction, { description: "INCOMING or OUTGOING." })
  direction!: keyof typeof Direction;

  @Field(() => String, {
    nullable: true,
    description: "The partner country's ISO code; null for a total across all countries.",
  })
  countryCode!: string | null;

  @Field(() => FigureSum, {
    nullable: true,
    description: "Number of delegations, where the source gives it.",
  })
  delegations!: FigureSum | null;

  @Field(() => FigureSum, {
    nullable: true,
    description: "Number of people (visitor- or cadre-trips), where given.",
  })
  people!: FigureSum | null;

  @Field(() => Float, {
    nullable: true,
    description: "This country's share of the all-country delegations (0 to 1).",
  })
  shareOfDelegations!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "This country's share of the all-country people (0 to 1).",
  })
  shareOfPeople!: number | null;
}

@ObjectType({
  description:
    "Money of one currency, nature, direction and qualifier: never summed across any of them (a pledge with a disbursement, a stock with a year's flow, money given with money received).",
})
export class MoneyTotal {
  @Field({ description: "ISO 4217 currency code." })
  currency!: string;

  @Field(() => MoneyNature, { description: "PLEDGED, DISBURSED or STOCK." })
  nature!: keyof typeof MoneyNature;

  @Field(() => MoneyDirection, { description: "GIVEN or RECEIVED by the Vietnamese side." })
  direction!: keyof typeof MoneyDirection;

  @Field(() => Qualifier, {
    description: "EXACT sums exact figures; AT_LEAST sums lower bounds; ABOUT sums estimates.",
  })
  qualifier!: keyof typeof Qualifier;

  @Field(() => Float, { description: "The sum." })
  total!: number;
}
