import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { filterParams } from "../../domain/filters";
import { Certainty, FactKind, FactStatus, FactType, ParticipantRole, Sector } from "../../graphql/enums";
import { CountryCodeScalar, DateScalar } from "../../graphql/scalars";
import { checkedPeriod } from "../facts/fact-filter.input";

export const UndatedFacts = { INCLUDE: "INCLUDE", EXCLUDE: "EXCLUDE", ONLY: "ONLY" } as const;
registerEnumType(UndatedFacts, {
  name: "UndatedFacts",
  description:
    "What to do with facts whose source gives no date: keep them, leave them out, or keep only them.",
});

@InputType({ description: "A period, and what to do with undated facts." })
export class FactsPeriodInput {
  @Field(() => DateScalar, { nullable: true, description: "First day (open when absent)." })
  from?: Date;

  @Field(() => DateScalar, { nullable: true, description: "Last day (open when absent)." })
  to?: Date;

  @Field(() => UndatedFacts, {
    nullable: true,
    description:
      "Undated facts: INCLUDE, EXCLUDE or ONLY. Default: EXCLUDE when `from` or `to` is given (an undated fact cannot be said to overlap them), else INCLUDE.",
  })
  undated?: keyof typeof UndatedFacts;
}

@InputType({
  description:
    "Which facts a whole-graph question (Query.facts, Query.factStats) is about. Every field is optional; a list means any of. Roll-ups: with `rollUp` (default true) a participant counts for the places above it: a Vietnamese body for its province, a city abroad for its province abroad, a place or group abroad for its country; with `rollUpMerged` a pre-2025 province also counts for the unit it was merged into.",
})
export class FactsFilterInput {
  @Field(() => [ID], {
    nullable: true,
    description:
      'Facts in which any of these take part, on either side (with roll-ups, e.g. "country:LA" finds Long An\'s ties with Khammouane). An id naming nothing is NOT_FOUND.',
  })
  participants?: string[];

  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description:
      'Facts with a participant (either side) of these countries; any case ("la" is LA). VN: Vietnamese side.',
  })
  countries?: string[];

  @Field(() => [FactType], { nullable: true, description: "Agreement, Delegation, Programme, Partnership." })
  types?: Array<keyof typeof FactType>;

  @Field(() => [FactKind], { nullable: true, description: "e.g. TRAINING, MOU, TWINNING, INCOMING." })
  kinds?: Array<keyof typeof FactKind>;

  @Field(() => [Sector], { nullable: true, description: "Facts naming any of these sectors." })
  sectors?: Array<keyof typeof Sector>;

  @Field(() => [Certainty], { nullable: true, description: "STATED, INFERRED or both (default)." })
  certainty?: Array<keyof typeof Certainty>;

  @Field(() => [FactStatus], { nullable: true, description: "COMPLETED, PLANNED or both (default)." })
  status?: Array<keyof typeof FactStatus>;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Facts stated by any of these sources (articles), e.g. "source:001". An id naming nothing is NOT_FOUND.',
  })
  sources?: string[];

  @Field(() => FactsPeriodInput, {
    nullable: true,
    description: "A period, and what to do with undated facts.",
  })
  period?: FactsPeriodInput;

  @Field(() => [ParticipantRole], {
    nullable: true,
    description:
      "Facts with a participant in any of these roles (with `participants` or `countries`: that participant).",
  })
  roles?: Array<keyof typeof ParticipantRole>;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The graph as it stood at the end of this day (retired facts of then included). Absent: today.",
  })
  asOf?: Date;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Count a participant for the places above it (body → province, city → province abroad, place or group → country). Default true.",
  })
  rollUp?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: "Count a pre-2025 province for the unit it was merged into in 2025. Default false.",
  })
  rollUpMerged?: boolean;
}

/** The filter as Cypher parameters for cypher/whole-graph.cypher: every key present, null when unused. */
export function factsFilterParams(input: FactsFilterInput | null | undefined): Record<string, unknown> {
  const { from, to } = checkedPeriod(input?.period, "filter.period");
  const list = <T>(values: T[] | null | undefined) => (values && values.length > 0 ? values : null);
  const undated = input?.period?.undated ?? (from || to ? "EXCLUDE" : "INCLUDE");
  return {
    ...filterParams({
      types: input?.types,
      kinds: input?.kinds,
      sectors: input?.sectors,
      certainty: input?.certainty,
      status: input?.status,
      from,
      to,
      countryCodes: input?.countries,
      roles: input?.roles,
      asOf: input?.asOf ? input.asOf.toISOString().slice(0, 10) : null,
    }),
    participants: list(input?.participants),
    sources: list(input?.sources),
    undated,
    rollUp: input?.rollUp ?? true,
    rollUpMerged: input?.rollUpMerged ?? false,
  };
}
