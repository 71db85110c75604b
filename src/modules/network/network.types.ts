import type { GraphQLResolveInfo } from "graphql";
import { NonNegativeIntResolver } from "graphql-scalars";
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Certainty, ParticipantRole } from "../../graphql/enums";
import { selects } from "../../graphql/selection";
import { ConnectionType, PageArgs, pageRequest } from "../../shared/pagination";
import { FactFilterInput, type RefusedOptions, toFactFilter } from "../facts/fact-filter.input";
import { Fact } from "../facts/facts.types";
import { Node } from "../node/node.type";
import { Participant } from "../participants/participant.type";
import type { ConnectionArgs } from "./network.repository";

export const MAX_PATH_LENGTH = 8;
export const MAX_SHARED_ROOTS = 10;

export const PartnerOrder = { FACT_COUNT: "FACT_COUNT", ID: "ID" } as const;
registerEnumType(PartnerOrder, {
  name: "PartnerOrder",
  description: "FACT_COUNT: most facts first (default); ID: by partner id.",
});

export const FactOrder = { OLDEST_FIRST: "OLDEST_FIRST", NEWEST_FIRST: "NEWEST_FIRST" } as const;
registerEnumType(FactOrder, { name: "FactOrder", description: "By period start; undated facts last." });

export const PartnerLevel = {
  PLACE: "PLACE",
  PROVINCE_ABROAD: "PROVINCE_ABROAD",
  COUNTRY: "COUNTRY",
} as const;
registerEnumType(PartnerLevel, {
  name: "PartnerLevel",
  description:
    "The level partners are counted at. PLACE: each participant itself (default). PROVINCE_ABROAD: a city abroad counts for its province abroad. COUNTRY: a place, group of localities or organisation abroad counts for its country (a Vietnamese province for Vietnam). An organisation with no country (ASEAN) stays itself at every level, as does any organisation below COUNTRY.",
  valuesConfig: {
    PLACE: { description: "Each participant itself." },
    PROVINCE_ABROAD: { description: "A city abroad counts for its province, state or prefecture." },
    COUNTRY: {
      description:
        "A place, group of localities or organisation counts for its country (JICA for Japan); one with no country stays itself.",
    },
  },
});

@ArgsType()
export class NetworkArgs extends PageArgs {
  @Field(() => FactFilterInput, { nullable: true, description: "Which facts and counterparts count." })
  filter?: FactFilterInput;

  @Field({
    defaultValue: false,
    description:
      "Also count the facts of the units merged into this one in the 2025 reform (e.g. Long An's for today's Tây Ninh); as filter.rollUpMerged. Its bodies' and places' facts (a province's departments, a country's provinces and cities) count unless filter.rollUp is false.",
  })
  rollUpMerged!: boolean;
}

@ArgsType()
export class PartnerArgs extends NetworkArgs {
  @Field(() => PartnerOrder, { defaultValue: "FACT_COUNT", description: "Order of partners." })
  orderBy!: keyof typeof PartnerOrder;

  @Field(() => PartnerLevel, {
    defaultValue: "PLACE",
    description:
      "Roll partners up: COUNTRY lists the countries worked with, each with the facts of all its places.",
  })
  level!: keyof typeof PartnerLevel;
}

@ArgsType()
export class FactArgs extends NetworkArgs {
  @Field(() => FactOrder, { defaultValue: "OLDEST_FIRST", description: "Order of facts." })
  orderBy!: keyof typeof FactOrder;
}

/** The cursor tag of a participant's partners (Query.partners too), in one order. */
export const partnersList = (orderBy: string) => `partners:${orderBy}`;
/** The cursor tag of a participant's facts, in one order. */
export const participantFactsList = (orderBy: string) => `participant-facts:${orderBy}`;

/** The arguments of a partners or facts field, as the loaders take them (validated). */
export function connectionArgs<S extends string>(
  args: NetworkArgs & { orderBy: S; level?: keyof typeof PartnerLevel },
  info: GraphQLResolveInfo,
  list: string,
): ConnectionArgs<S> {
  return {
    filter: toFactFilter(args.filter, { rollUpMerged: args.rollUpMerged }),
    level: args.level ?? "PLACE",
    sort: args.orderBy,
    page: pageRequest(list, args.first, args.after, selects(info, "totalCount")),
    withFactNodes: selects(info, "nodes.facts") || selects(info, "edges.node.facts"),
  };
}

@ObjectType({ description: "A counterpart in a participant's network, with the facts that tie them." })
export class Partner {
  @Field(() => Participant, {
    description:
      "The counterpart: for a Vietnamese province, a foreign participant; for a foreign one, a Vietnamese province or organisation.",
  })
  partner!: Participant;

  @Field(() => [Fact], {
    description: "The facts that tie them (those the filter keeps), by id, each with its sources.",
  })
  facts!: Fact[];

  @Field(() => NonNegativeIntResolver, { description: "How many facts tie them." })
  factCount!: number;

  @Field(() => [ParticipantRole], { description: "The roles the counterpart plays in those facts, by name." })
  roles!: Array<keyof typeof ParticipantRole>;
}

export const PartnerConnection = ConnectionType(Partner, "Partner");
export const FactConnection = ConnectionType(Fact, "Fact");

@ObjectType({ description: "The facts tying one of the asked participants to a shared partner." })
export class SharedPartnerTie {
  @Field(() => Participant, { description: "One of the participants asked about." })
  of!: Participant;

  @Field(() => [Fact], { description: "Its facts with the shared partner." })
  facts!: Fact[];
}

@ObjectType({ description: "A counterpart every asked participant has." })
export class SharedPartner {
  @Field(() => Participant, { description: "The shared counterpart." })
  partner!: Participant;

  @Field(() => [SharedPartnerTie], { description: "How each asked participant is tied to it." })
  ties!: SharedPartnerTie[];
}

@ObjectType({ description: "One step of a path: a relationship between two nodes." })
export class PathStep {
  @Field({ description: "ACTOR, PARTNER, BASED_IN, MEMBER_OF or MERGED_INTO." })
  type!: string;

  @Field(() => ID, { description: "Where the relationship starts." })
  from!: string;

  @Field(() => ID, { description: "Where it ends." })
  to!: string;

  @Field(() => ParticipantRole, {
    nullable: true,
    description: "The participant's role, for ACTOR and PARTNER steps.",
  })
  role!: keyof typeof ParticipantRole | null;

  @Field(() => Certainty, { nullable: true, description: "INFERRED for group memberships." })
  certainty!: keyof typeof Certainty | null;
}

@ObjectType({ description: "A shortest chain of facts between two entities." })
export class Path {
  @Field(() => Int, { description: "Number of steps." })
  length!: number;

  @Field(() => [Node], { description: "The nodes along the path, from start to end (facts included)." })
  nodes!: Node[];

  @Field(() => [PathStep], { description: "The relationships along the path." })
  steps!: PathStep[];
}

/** What the deprecated rankings cannot honour (factStats can). */
export const RANKINGS_REFUSE: RefusedOptions = {
  rollUpMerged: "it ranks each province as it was; factStats(groupBy: [PROVINCE]) rolls merged units up",
};

export const RankedType = {
  Province: "Province",
  Country: "Country",
  ForeignLocality: "ForeignLocality",
  Organization: "Organization",
} as const;
registerEnumType(RankedType, { name: "RankedType", description: "What to rank." });

@ObjectType({ description: "An entity and how connected it is." })
export class Ranking {
  @Field(() => Participant, {
    description: "The entity (a country counts its localities and organisations).",
  })
  entity!: Participant;

  @Field(() => NonNegativeIntResolver, { description: "Facts tying it to the other side." })
  factCount!: number;

  @Field(() => NonNegativeIntResolver, { description: "Distinct counterparts in those facts." })
  counterpartCount!: number;
}
