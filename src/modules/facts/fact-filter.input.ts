import { Field, ID, InputType, registerEnumType } from "type-graphql";
import type { FactFilter } from "../../domain/filters";
import {
  Certainty,
  FactKind,
  FactStatus,
  FactType,
  LocalityKind,
  ParticipantRole,
  Sector,
} from "../../graphql/enums";
import { CountryCodeScalar, DateScalar } from "../../graphql/scalars";
import { AppError, ErrorCode } from "../../shared/errors";

export const ParticipantType = {
  Province: "Province",
  Country: "Country",
  ForeignLocality: "ForeignLocality",
  LocalityGroup: "LocalityGroup",
  Organization: "Organization",
} as const;
registerEnumType(ParticipantType, { name: "ParticipantType", description: "The kinds of participant." });

export const UndatedFacts = { INCLUDE: "INCLUDE", EXCLUDE: "EXCLUDE", ONLY: "ONLY" } as const;
registerEnumType(UndatedFacts, {
  name: "UndatedFacts",
  description:
    "What to do with facts whose source gives no date: keep them, leave them out, or keep only them.",
});

@InputType({
  description:
    "A date range (a fact matches when its period overlaps it), and what to do with undated facts.",
})
export class PeriodInput {
  @Field(() => DateScalar, { nullable: true, description: "First day of the range (open when absent)." })
  from?: Date;

  @Field(() => DateScalar, { nullable: true, description: "Last day of the range (open when absent)." })
  to?: Date;

  @Field(() => UndatedFacts, {
    nullable: true,
    description:
      "Undated facts: INCLUDE, EXCLUDE or ONLY. Default: EXCLUDE when `from` or `to` is given (an undated fact cannot be said to overlap them), else INCLUDE.",
  })
  undated?: keyof typeof UndatedFacts;
}

const COUNTERPART =
  "the counterpart's: the participant on the other side from the one asked about (a province's partners abroad; a foreign place's Vietnamese partners). In Query.facts and factStats, which ask about no participant, ";

@InputType({
  description:
    "Which facts (and, where one participant is asked about, which counterparts) to keep: the one filter of every field that reads facts (a participant's facts and partners, sharedPartners, factCounts, moneyTotals, facts, factStats, rankings). Every field is optional; a list means any of. An option a field cannot honour is refused (BAD_USER_INPUT naming it), never ignored. Roll-ups: with `rollUp` (default true) a participant counts for the places above it: a Vietnamese body for its province, a city abroad for its province abroad, a place, group of localities or organisation abroad for its country, in `participants` and for the participant a field is asked of (a country's facts are its places' too); with `rollUpMerged` a pre-2025 province also counts for the unit it was merged into. An id in `participants` or `sources` naming nothing is NOT_FOUND, in nested fields too.",
})
export class FactFilterInput {
  @Field(() => [ID], {
    nullable: true,
    description:
      'Facts in which any of these take part, on either side, rolled up (e.g. "country:LA" finds Long An\'s ties with Khammouane). An id naming nothing is NOT_FOUND.',
  })
  participants?: string[];

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
      'Facts stated by any of these sources (articles), e.g. "source:002_2dc6bf13558371b9". An id naming nothing is NOT_FOUND.',
  })
  sources?: string[];

  @Field(() => PeriodInput, {
    nullable: true,
    description: "Facts whose period overlaps this range; undated facts as `period.undated` says.",
  })
  period?: PeriodInput;

  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: `A country (ISO 3166-1 alpha-2, any case: "la" is LA): ${COUNTERPART}a participant on either side (VN: the Vietnamese side).`,
  })
  countries?: string[];

  @Field(() => [ParticipantType], {
    nullable: true,
    description: `The counterpart's kind. Refused by Query.facts and factStats (no counterpart there).`,
  })
  counterpartTypes?: Array<keyof typeof ParticipantType>;

  @Field(() => [LocalityKind], {
    nullable: true,
    description:
      "The counterpart's locality kind (for foreign localities). Refused by Query.facts and factStats.",
  })
  localityKinds?: Array<keyof typeof LocalityKind>;

  @Field(() => [ParticipantRole], {
    nullable: true,
    description: `A role in the fact: ${COUNTERPART}any participant's. With \`participants\`, also theirs.`,
  })
  roles?: Array<keyof typeof ParticipantRole>;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Answer as the graph stood at the end of this day: facts recorded by then and not retired by then " +
      "(retired facts included, later ones left out), so a past answer can be reproduced. Absent: today.",
  })
  asOf?: Date;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Count a participant for the places above it (body → province, city → province abroad, place, group or organisation abroad → country) in `participants`, and for the participant a field is asked of: a province's facts and partners include its departments', a country's those of its provinces, cities, groups of localities and organisations (Laos's hold Long An's ties with Khammouane; Vietnam's its provinces'), a province abroad's those of its cities. False: only the participant's own. Default true.",
  })
  rollUp?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Count a pre-2025 province for the unit it was merged into in 2025. Default false; a field's own `rollUpMerged: true` turns it on too.",
  })
  rollUpMerged?: boolean;
}

/** The options of the filter a field cannot honour, as GraphQL names them, each with why. */
export type RefusedOptions = Partial<Record<keyof FactFilterInput, string>>;

/** Why Query.facts and factStats refuse the counterpart's type and locality kind. */
export const NO_COUNTERPART =
  "it asks about no participant, so there is no counterpart to filter (use filter.participants)";

/**
 * The filter as the domain takes it, after checking it: BAD_USER_INPUT naming the first option set
 * that the field refuses (`refused`, with why), or a period that ends before it starts.
 * `rollUpMerged` is the field's own switch of that name, when it has one: either turns the roll-up on.
 */
export function toFactFilter(
  input: FactFilterInput | null | undefined,
  options: { refused?: RefusedOptions; field?: string; rollUpMerged?: boolean } = {},
): FactFilter {
  for (const [option, why] of Object.entries(options.refused ?? {})) {
    const value = input?.[option as keyof FactFilterInput];
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Argument "filter.${option}" is not one ${options.field ?? "this field"} can honour: ${why}.`,
        { details: { argument: `filter.${option}` } },
      );
    }
  }
  const { from, to } = checkedPeriod(input?.period, "filter.period");
  return {
    types: input?.types,
    kinds: input?.kinds,
    sectors: input?.sectors,
    certainty: input?.certainty,
    status: input?.status,
    from,
    to,
    undated: input?.period?.undated,
    sources: input?.sources,
    participants: input?.participants,
    countryCodes: input?.countries,
    counterpartTypes: input?.counterpartTypes,
    localityKinds: input?.localityKinds,
    roles: input?.roles,
    asOf: isoDate(input?.asOf),
    rollUp: input?.rollUp,
    rollUpMerged: (input?.rollUpMerged ?? false) || (options.rollUpMerged ?? false),
  };
}

/** The ids a filter names, as the arguments to check (NOT_FOUND when one names nothing). */
export function filterIds(input: FactFilterInput | null | undefined) {
  return [
    { argument: "filter.participants", ids: input?.participants ?? [] },
    { argument: "filter.sources", ids: input?.sources ?? [], types: ["Source"] as const },
  ];
}

/** A period argument as ISO dates; BAD_USER_INPUT when it ends before it starts. */
export function checkedPeriod(period: PeriodInput | null | undefined, argument = "period") {
  const from = isoDate(period?.from);
  const to = isoDate(period?.to);
  if (from && to && to < from) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Argument "${argument}" ends (${to}) before it starts (${from}).`,
      {
        details: { argument },
      },
    );
  }
  return { from, to };
}

function isoDate(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
