import { Field, InterfaceType } from "type-graphql";
import { CountryCodeScalar } from "../../graphql/scalars";
import { byTypename, Node } from "../node/node.type";

@InterfaceType({
  description:
    "Anything that takes part in facts: a province, country, foreign locality, group of localities or organisation.",
  implements: Node,
  resolveType: byTypename,
})
export abstract class Participant extends Node {
  @Field({ description: "English name." })
  nameEn!: string;

  @Field(() => String, {
    nullable: true,
    description: "Vietnamese name with diacritics, as the Vietnamese press writes it.",
  })
  nameVi!: string | null;

  @Field(() => [String], { description: "Other spellings: the articles' forms, exonyms, romanisations." })
  aliases!: string[];

  @Field(() => CountryCodeScalar, {
    nullable: true,
    description:
      "ISO 3166-1 alpha-2 code of its country (a country's own code); null for international bodies.",
  })
  countryCode!: string | null;
}
