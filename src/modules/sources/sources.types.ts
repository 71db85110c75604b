import { URLResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Certainty, PolicyDocumentKind } from "../../graphql/enums";
import { DateScalar } from "../../graphql/scalars";
import { Period } from "../facts/provenance.type";
import { Node } from "../node/node.type";

@ObjectType({ description: "One article of the corpus: every fact cites one or more.", implements: Node })
export class Source extends Node {
  @Field({ description: 'The article file name in the corpus, e.g. "001_d3df1d2f0ab25093.txt".' })
  fileName!: string;

  @Field(() => String, { nullable: true, description: "Headline, verbatim." })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "Publisher, where the article names it." })
  publisher!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Publication date, where the article states it." })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true, description: "Byline." })
  author!: string | null;

  @Field(() => URLResolver, {
    nullable: true,
    description: "Where the article was published online, if known.",
  })
  url!: string | null;

  @Field(() => Period, { nullable: true, description: "The period the article reports on." })
  period!: Period | null;
}

@ObjectType({ description: "A quote from a source that states something." })
export class Evidence {
  @Field(() => Source, { description: "The article." })
  source!: Source;

  @Field({ description: "The verbatim Vietnamese words of the article (at most about 300 characters)." })
  quote!: string;
}

@ObjectType({
  description: "A policy document (e.g. Resolution 22-NQ/TW): one node however many articles cite it.",
  implements: Node,
})
export class PolicyDocument extends Node {
  @Field(() => String, { nullable: true, description: 'Its number, e.g. "22-NQ/TW".' })
  number!: string | null;

  @Field(() => PolicyDocumentKind, {
    description: "Resolution, directive, decision, programme, strategy, treaty, …",
  })
  kind!: keyof typeof PolicyDocumentKind;

  @Field(() => String, { nullable: true, description: "Who issued it." })
  issuer!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When, where an article states it." })
  issuedOn!: string | null;

  @Field(() => String, { nullable: true, description: "Its title, where an article gives it." })
  title!: string | null;
}

@ObjectType({ description: "A province or fact citing a policy document, with the quotes that show it." })
export class Citation {
  @Field(() => Node, { description: "Who or what cites it." })
  citing!: Node;

  @Field(() => PolicyDocument, { description: "The document cited." })
  document!: PolicyDocument;

  @Field(() => Certainty, { description: "STATED or INFERRED." })
  certainty!: keyof typeof Certainty;

  @Field(() => [Evidence], { description: "The quotes." })
  evidence!: Evidence[];
}

@ObjectType({
  description: 'A member count an article states for a group ("08 tỉnh Bắc Lào"), with its quote.',
})
export class StatedCount {
  @Field({ description: "The number of members stated." })
  count!: number;

  @Field({ description: "The count as written." })
  text!: string;

  @Field(() => Evidence, { description: "The article and quote that state it." })
  evidence!: Evidence;
}
