import { Field, InterfaceType, ObjectType } from "type-graphql";
import {
  Certainty,
  Direction,
  FactKind,
  FactStatus,
  FactType,
  ParticipantRole,
  Sector,
} from "../../graphql/enums";
import { DateScalar } from "../../graphql/scalars";
import { byTypename, Node } from "../node/node.type";
import { Participant } from "../participants/participant.type";
import { Period } from "./provenance.type";

@InterfaceType({
  description:
    "Something a source states about a province's foreign relations: an agreement, a delegation, a programme or a standing partnership. Every fact cites its sources with verbatim quotes (`sources`) and says how it is known (`certainty`).",
  implements: Node,
  resolveType: byTypename,
})
export abstract class Fact extends Node {
  @Field(() => FactType, { description: "Which of the four kinds of fact this is." })
  factType!: keyof typeof FactType;

  @Field(() => FactKind, { description: "Its kind within its type (e.g. MOU, TRAINING, INCOMING)." })
  kind!: keyof typeof FactKind;

  @Field(() => FactStatus, { description: "COMPLETED, or PLANNED when the source announces it." })
  status!: keyof typeof FactStatus;

  @Field(() => String, { nullable: true, description: "What the source says, in English, briefly." })
  description!: string | null;

  @Field(() => [Sector], { description: "Fields of cooperation the source names." })
  sectors!: Array<keyof typeof Sector>;

  @Field(() => Period, {
    nullable: true,
    description: "When, as precisely as the source says; null when it does not.",
  })
  period!: Period | null;

  @Field(() => Certainty, {
    description: "STATED by the sources, or INFERRED by the curators (see `inference`).",
  })
  certainty!: keyof typeof Certainty;

  @Field(() => String, { nullable: true, description: "What the curators inferred, and why." })
  inference!: string | null;
}

@ObjectType({
  description: "An MOU, agreement minutes, twinning, coordination agreement or contract.",
  implements: [Node, Fact],
})
export class Agreement extends Fact {
  @Field(() => String, { nullable: true, description: "Its name as the source gives it." })
  title!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Signing date, where stated." })
  signedOn!: string | null;
}

@ObjectType({
  description: "Delegations in (đoàn vào) or out (đoàn ra), with their numbers where stated.",
  implements: [Node, Fact],
})
export class Delegation extends Fact {
  @Field(() => Direction, { description: "INCOMING or OUTGOING." })
  direction!: keyof typeof Direction;

  @Field(() => String, { nullable: true, description: "The purpose the source gives." })
  purpose!: string | null;
}

@ObjectType({
  description:
    "Training, aid, humanitarian work, an event or forum, promotion, investment, a joint working group, …",
  implements: [Node, Fact],
})
export class Programme extends Fact {
  @Field(() => String, { nullable: true, description: "Its name as the source gives it." })
  name!: string | null;
}

@ObjectType({
  description:
    "A standing tie (friendship, cooperation, neighbourhood) stated without a specific agreement, delegation or programme.",
  implements: [Node, Fact],
})
export class Partnership extends Fact {}

@ObjectType({ description: "One participant of a fact and the part it plays." })
export class Participation {
  @Field({ description: "ACTOR for the Vietnamese side, PARTNER for the foreign side." })
  side!: string;

  @Field(() => ParticipantRole, {
    description: "Signed, hosted, visited, sent, funded, ran, benefited or took part.",
  })
  role!: keyof typeof ParticipantRole;

  @Field(() => Participant, { description: "The province, country, locality, group or organisation." })
  participant!: Participant;
}
