import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { AppError, ErrorCode } from "../../shared/errors";
import { checkedPageSize } from "../../shared/pagination";
import { Node } from "../node/node.type";
import { SearchableType } from "./searchable-type";

@ObjectType({ description: "A search result and how well it matches." })
export class SearchHit {
  @Field(() => Node, {
    description: "A province, country, locality, group, organisation, programme or policy document.",
  })
  node!: Node;

  @Field(() => Float, { description: "Relevance (higher is better); comparable within one search only." })
  score!: number;
}

const MAX_SEARCH_TEXT = 200;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'One ranked list across places, organisations, programmes and documents, by any name or alias; case and diacritics do not matter ("son la", "Pray Veng", "Luong Pha Bang").',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg("text") text: string,
    @Arg("types", () => [SearchableType], { nullable: true, description: "Only these kinds." })
    types?: Array<keyof typeof SearchableType>,
    @Arg("first", () => Int, { defaultValue: 10 }) first = 10,
  ) {
    if (text.length > MAX_SEARCH_TEXT) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Argument "text" is longer than ${MAX_SEARCH_TEXT} characters.`,
        {
          details: { argument: "text", max: MAX_SEARCH_TEXT },
        },
      );
    }
    const hits = await ctx.repositories.search.search(
      text,
      types && types.length > 0 ? types : null,
      checkedPageSize(first),
    );
    return hits.map((hit) => ({ node: hit.entity, score: hit.score }));
  }
}
