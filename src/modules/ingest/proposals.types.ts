import { GraphQLDateTime } from "graphql-scalars";
import { ArgsType, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { ProposalStatus } from "../../graphql/enums";
import { ConnectionType, PageArgs } from "../../shared/pagination";

@ObjectType({
  description:
    "A fact (or a place abroad the gazetteer lacks) the ingest read in an article, waiting for an editor. Not a fact: no answer about facts includes it.",
})
export class ProposedFact {
  @Field(() => ID)
  id!: string;

  @Field(() => ProposalStatus)
  status!: keyof typeof ProposalStatus;

  @Field(() => ID, { description: "The article it was read from." })
  sourceId!: string;

  @Field({
    description:
      "Agreement, Delegation, Programme or Partnership; ForeignLocality for a proposed place, which accepting creates (a fact naming it accepts it too).",
  })
  factType!: string;

  @Field({ description: "The record kind, a delegation's direction, or a place's kind (CITY, PROVINCE…)." })
  kind!: string;

  @Field({ description: "The proposed record (JSON, in the seed record format)." })
  record!: string;

  @Field({ description: "The article's words it rests on, verbatim." })
  quote!: string;

  @Field(() => Int, { description: "Where the quote starts in the article's text (UTF-16 offset)." })
  quoteStart!: number;

  @Field(() => Int, { description: "Where the quote ends (exclusive)." })
  quoteEnd!: number;

  @Field({ description: "The lexicon phrase that made it, as the article writes it." })
  cue!: string;

  @Field(() => Float, { description: "0 to 1: how much of the fact the sentence itself states." })
  confidence!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  reviewedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who accepted or rejected it (a token\'s subject); "redacted" for anyone but editors.',
  })
  reviewedBy!: string | null;

  @Field(() => String, { nullable: true, description: "Why it was accepted or rejected." })
  reviewReason!: string | null;

  @Field(() => ID, { nullable: true, description: "The fact (or place) it became, once accepted." })
  factId!: string | null;
}

@ObjectType({
  description: "An ingested article as an editor reviews it: its text, which the quotes' offsets point into.",
})
export class ReviewArticle {
  @Field(() => ID)
  sourceId!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The article's plain text as the ingest read it; null for sources not ingested.",
  })
  text!: string | null;
}

export const ProposedFactConnection = ConnectionType(ProposedFact, "ProposedFact");

@ArgsType()
export class ProposalArgs extends PageArgs {
  @Field(() => ProposalStatus, { nullable: true, description: "Only proposals in this state." })
  status?: keyof typeof ProposalStatus;

  @Field(() => ID, { nullable: true, description: "Only proposals read from this source." })
  source?: string;
}
