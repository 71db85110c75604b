import { Field, Float, ID, InputType } from "type-graphql";
import {
  AgreementKind,
  Certainty,
  Direction,
  FactStatus,
  PartnershipKind,
  Precision,
  ProgrammeKind,
  Qualifier,
  Sector,
} from "../../graphql/enums";
import { DateScalar } from "../../graphql/scalars";

/**
 * What an editor sends to add or change a fact: the seed record format (README "The seed graph"),
 * typed. The same rules check both, in src/records/record-format.ts.
 */

@InputType({ description: "A quote from a source that states the fact." })
export class EvidenceInput {
  @Field(() => ID, {
    description: 'The Source, e.g. "source:001_d3df1d2f0ab25093" (create it first if new).',
  })
  source!: string;

  @Field({ description: "The verbatim words of the source (at most 400 characters)." })
  quote!: string;
}

@InputType({ description: "A period as the source states it." })
export class StatedPeriodInput {
  @Field(() => DateScalar, { nullable: true })
  start?: Date;

  @Field(() => DateScalar, { nullable: true })
  end?: Date;

  @Field(() => Precision)
  precision!: keyof typeof Precision;
}

@InputType({ description: "A quantity as the source gives it." })
export class FigureInput {
  @Field(() => Float, { description: "Not negative." })
  value!: number;

  @Field({ description: 'A unit; money needs an ISO 4217 code ("VND", "USD").' })
  unit!: string;

  @Field(() => Qualifier)
  qualifier!: keyof typeof Qualifier;

  @Field({ description: "The figure as written in the source." })
  text!: string;
}

/** Fields every fact input has; a type of its own only to be inherited (no field uses it). */
@InputType()
abstract class FactInputBase {
  @Field(() => ID, { nullable: true, description: "The fact's id; generated from its content when absent." })
  id?: string;

  @Field(() => StatedPeriodInput, { nullable: true })
  period?: StatedPeriodInput;

  @Field(() => [Sector], { nullable: true })
  sectors?: Array<keyof typeof Sector>;

  @Field({ nullable: true, description: "What the source says, in English, briefly." })
  description?: string;

  @Field(() => FactStatus, { nullable: true })
  status?: keyof typeof FactStatus;

  @Field(() => [EvidenceInput], { description: "At least one source with its quote." })
  evidence!: EvidenceInput[];

  @Field(() => Certainty)
  certainty!: keyof typeof Certainty;

  @Field({ nullable: true, description: "For an INFERRED fact: what was inferred, and why." })
  inference?: string;
}

@InputType({ description: "An agreement: MOU, minutes, twinning, …" })
export class AgreementInput extends FactInputBase {
  @Field(() => AgreementKind)
  kind!: keyof typeof AgreementKind;

  @Field({ nullable: true })
  title?: string;

  @Field(() => [ID], { description: "Every party, Vietnamese and foreign." })
  parties!: string[];

  @Field(() => DateScalar, { nullable: true })
  signedOn?: Date;

  @Field(() => FigureInput, {
    nullable: true,
    description: "How many agreements, when the source gives a count.",
  })
  count?: FigureInput;
}

@InputType({ description: "Delegations in or out." })
export class DelegationInput extends FactInputBase {
  @Field(() => Direction)
  direction!: keyof typeof Direction;

  @Field(() => [ID], { description: "The Vietnamese side: provinces or Vietnamese organisations." })
  vietnameseSide!: string[];

  @Field(() => [ID], { nullable: true, description: "The foreign side; empty for all countries." })
  foreignSide?: string[];

  @Field(() => FigureInput, { nullable: true })
  delegations?: FigureInput;

  @Field(() => FigureInput, { nullable: true })
  people?: FigureInput;

  @Field({ nullable: true })
  purpose?: string;

  @Field(() => ID, { nullable: true, description: "The delegation record this one is a share of." })
  partOf?: string;
}

@InputType({ description: "Training, aid, an event, promotion, a joint working group, …" })
export class ProgrammeInput extends FactInputBase {
  @Field(() => ProgrammeKind)
  kind!: keyof typeof ProgrammeKind;

  @Field({ nullable: true })
  name?: string;

  @Field(() => [ID], { nullable: true })
  fundedBy?: string[];

  @Field(() => [ID], { nullable: true })
  runBy?: string[];

  @Field(() => [ID], { nullable: true })
  beneficiaries?: string[];

  @Field(() => [ID], { nullable: true })
  partners?: string[];

  @Field(() => [FigureInput], { nullable: true })
  figures?: FigureInput[];
}

@InputType({ description: "A standing tie: friendship, cooperation, neighbourhood, …" })
export class PartnershipInput extends FactInputBase {
  @Field(() => PartnershipKind)
  kind!: keyof typeof PartnershipKind;

  @Field(() => ID)
  from!: string;

  @Field(() => [ID])
  to!: string[];
}
