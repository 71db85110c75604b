import { URLResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { LocalityKind, OrganizationKind } from "../../graphql/enums";
import { DateScalar } from "../../graphql/scalars";
import { EvidenceInput, StatedPeriodInput } from "./fact.inputs";

/** New places, organisations and sources, in the seed record format (README "The seed graph"). */

@InputType({ description: "A province, state, prefecture or city abroad." })
export class ForeignLocalityInput {
  @Field(() => ID, { description: 'e.g. "locality:la-vientiane-capital".' })
  id!: string;

  @Field(() => ID, { description: 'Its country, e.g. "country:LA".' })
  country!: string;

  @Field(() => LocalityKind)
  kind!: keyof typeof LocalityKind;

  @Field({ nullable: true, description: "ISO 3166-2 code, where one exists." })
  isoCode?: string;

  @Field()
  nameEn!: string;

  @Field({ nullable: true, description: "The Vietnamese exonym, if the press uses one." })
  nameVi?: string;

  @Field({ nullable: true })
  nameLocal?: string;

  @Field(() => ID, {
    nullable: true,
    description: "The locality it is part of (Kobe: Hyogo); none: directly its country.",
  })
  partOf?: string;

  @Field(() => [String], { nullable: true, description: "Other spellings." })
  aliases?: string[];

  @Field({ nullable: true })
  note?: string;
}

@InputType({ description: "An embassy, agency, NGO, command, school, …" })
export class OrganizationInput {
  @Field(() => ID, { description: 'e.g. "org:koica".' })
  id!: string;

  @Field()
  nameEn!: string;

  @Field({ nullable: true })
  nameVi?: string;

  @Field(() => [String], { nullable: true })
  aliases?: string[];

  @Field(() => OrganizationKind)
  kind!: keyof typeof OrganizationKind;

  @Field(() => ID, { nullable: true, description: "Its country; none for an international body." })
  country?: string;

  @Field(() => ID, { nullable: true, description: "The Vietnamese province of a provincial body." })
  province?: string;

  @Field(() => ID, { nullable: true, description: "The foreign locality of a local body abroad." })
  locality?: string;

  @Field(() => [EvidenceInput], { description: "Where a source names it." })
  evidence!: EvidenceInput[];
}

@InputType({ description: "An article (or other document) facts will cite." })
export class SourceInput {
  @Field({
    description: 'Its file name, e.g. "005_abcdef.txt"; the id is "source:" and the name without ".txt".',
  })
  fileName!: string;

  @Field({ nullable: true })
  title?: string;

  @Field({ nullable: true })
  publisher?: string;

  @Field(() => DateScalar, { nullable: true })
  publishedOn?: Date;

  @Field({ nullable: true })
  author?: string;

  @Field(() => URLResolver, { nullable: true, description: "Where it was published." })
  url?: URL;

  @Field(() => ID, { description: "The province it reports on." })
  about!: string;

  @Field(() => StatedPeriodInput, { nullable: true, description: "The period it reports on." })
  period?: StatedPeriodInput;
}
