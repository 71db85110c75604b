import { Field, ObjectType } from "type-graphql";
import { Certainty, LocalityKind, OrganizationKind, ProvinceEra, ProvinceKind } from "../../graphql/enums";
import { DateScalar } from "../../graphql/scalars";
import { Node } from "../node/node.type";
import { Participant } from "./participant.type";

@ObjectType({
  description:
    "A Vietnamese provincial-level unit (tỉnh or centrally-run city), before or after the 2025 reform. A unit the reform created has an id ending in -2025.",
  implements: [Node, Participant],
})
export class Province extends Participant {
  @Field(() => ProvinceKind, { description: "Province or centrally-run city." })
  kind!: keyof typeof ProvinceKind;

  @Field(() => ProvinceEra, { description: "Which side of the 2025 reform the unit belongs to." })
  era!: keyof typeof ProvinceEra;

  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-2:VN code (none is published yet for units created in 2025).",
  })
  isoCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Two-digit code of the statistics office's list of units.",
  })
  officialCode!: string | null;

  @Field(() => String, { nullable: true, description: "Administrative centre of a unit created in 2025." })
  seat!: string | null;

  @Field(() => String, { nullable: true, description: "Curators' note." })
  note!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The day the unit began (2025-07-01 for units the reform created).",
  })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The last day before it merged away, if it did." })
  validUntil!: string | null;
}

@ObjectType({ description: "A country.", implements: [Node, Participant] })
export class Country extends Participant {
  @Field({ description: "ISO 3166-1 alpha-2 code." })
  code!: string;

  @Field({ description: "ISO 3166-1 alpha-3 code." })
  alpha3!: string;

  @Field(() => String, { nullable: true, description: "Official name in Vietnamese." })
  officialNameVi!: string | null;

  @Field(() => String, { nullable: true, description: "Official name in English." })
  officialNameEn!: string | null;
}

@ObjectType({ description: "A province, state, prefecture or city abroad.", implements: [Node, Participant] })
export class ForeignLocality extends Participant {
  @Field(() => LocalityKind, { description: "What kind of place it is." })
  kind!: keyof typeof LocalityKind;

  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-2 code, where one exists (cities have none).",
  })
  isoCode!: string | null;

  @Field(() => String, { nullable: true, description: "Name in the local script." })
  nameLocal!: string | null;

  @Field(() => String, { nullable: true, description: "Curators' note." })
  note!: string | null;
}

@ObjectType({
  description:
    'A named grouping of localities, e.g. "các tỉnh Bắc Lào". Articles state how many members it has; its members are reference data, always INFERRED.',
  implements: [Node, Participant],
})
export class LocalityGroup extends Participant {
  @Field(() => String, { nullable: true, description: "Why membership varies by source." })
  membershipNote!: string | null;
}

@ObjectType({
  description: "An embassy, consulate, agency, NGO, military command, school or other body.",
  implements: [Node, Participant],
})
export class Organization extends Participant {
  @Field(() => OrganizationKind, { description: "What kind of body it is." })
  kind!: keyof typeof OrganizationKind;
}

@ObjectType({ description: "A 2025 merger: a unit and the unit it became." })
export class Merger {
  @Field(() => Province, { description: "The unit that merged away." })
  from!: Province;

  @Field(() => Province, { description: "The unit it merged into." })
  into!: Province;

  @Field(() => DateScalar, { description: "The day the merged unit began operating (2025-07-01)." })
  effectiveOn!: string;

  @Field({ description: "The legal basis (Resolution 202/2025/QH15)." })
  basis!: string;
}

@ObjectType({
  description: "A locality's membership of a group: reference data, with its certainty and basis.",
})
export class GroupMembership {
  @Field(() => ForeignLocality, { description: "The member." })
  locality!: ForeignLocality;

  @Field(() => LocalityGroup, { description: "The group." })
  group!: LocalityGroup;

  @Field(() => Certainty, { description: "Always INFERRED: the articles name counts, not members." })
  certainty!: keyof typeof Certainty;

  @Field({ description: "Why the curators count it in." })
  basis!: string;
}
