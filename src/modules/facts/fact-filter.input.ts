import { Field, InputType, registerEnumType } from "type-graphql";
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

@InputType({
  description: "A date range; a fact matches when its period overlaps it. Undated facts never match.",
})
export class PeriodInput {
  @Field(() => DateScalar, { nullable: true, description: "First day of the range (open when absent)." })
  from?: Date;

  @Field(() => DateScalar, { nullable: true, description: "Last day of the range (open when absent)." })
  to?: Date;
}

@InputType({
  description: "Which facts, and which counterparts, to keep. Every field is optional; lists mean any of.",
})
export class FactFilterInput {
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

  @Field(() => PeriodInput, { nullable: true, description: "Facts whose period overlaps this range." })
  period?: PeriodInput;

  @Field(() => [CountryCodeScalar], {
    nullable: true,
    description: "The counterpart's country (ISO 3166-1 alpha-2).",
  })
  countries?: string[];

  @Field(() => [ParticipantType], { nullable: true, description: "The counterpart's kind." })
  counterpartTypes?: Array<keyof typeof ParticipantType>;

  @Field(() => [LocalityKind], {
    nullable: true,
    description: "The counterpart's locality kind (for foreign localities).",
  })
  localityKinds?: Array<keyof typeof LocalityKind>;

  @Field(() => [ParticipantRole], { nullable: true, description: "The counterpart's role in the fact." })
  roles?: Array<keyof typeof ParticipantRole>;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Answer as the graph stood at the end of this day: facts recorded by then and not retired by then " +
      "(retired facts included, later ones left out), so a past answer can be reproduced. Absent: today.",
  })
  asOf?: Date;
}

export function toFactFilter(input: FactFilterInput | null | undefined): FactFilter | null {
  if (!input) {
    return null;
  }
  const { from, to } = checkedPeriod(input.period, "filter.period");
  return {
    types: input.types,
    kinds: input.kinds,
    sectors: input.sectors,
    certainty: input.certainty,
    status: input.status,
    from,
    to,
    countryCodes: input.countries,
    counterpartTypes: input.counterpartTypes,
    localityKinds: input.localityKinds,
    roles: input.roles,
    asOf: isoDate(input.asOf),
  };
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
