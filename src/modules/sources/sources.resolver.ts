import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context";
import { entityConnection, loadEntity } from "../../context/load";
import type {
  CitationValue,
  LocalityGroupEntity,
  PolicyDocumentEntity,
  SourceEntity,
  StatedCountValue,
} from "../../domain/entities";
import { selects } from "../../graphql/selection";
import { ConnectionType, PageArgs, pageRequest, toConnection } from "../../shared/pagination";
import { FactConnection } from "../network/network.types";
import { Node } from "../node/node.type";
import { LocalityGroup } from "../participants/participants.types";
import { Citation, Evidence, PolicyDocument, Source, StatedCount } from "./sources.types";

const SourceConnection = ConnectionType(Source, "Source");
const PolicyDocumentConnection = ConnectionType(PolicyDocument, "PolicyDocument");

/** The cursor tag of an article's facts. */
const SOURCE_FACTS_LIST = "source-facts";

/** The articles and the policy documents they cite: where every fact comes from. */
@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'An article by id ("source:001_d3df1d2f0ab25093").' })
  source(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return loadEntity(ctx, id, "Source");
  }

  @Query(() => SourceConnection, { description: "The articles of the corpus, by id." })
  async sources(@Ctx() ctx: Context, @Args() args: PageArgs, @Info() info: GraphQLResolveInfo) {
    const page = pageRequest("Source", args.first, args.after, selects(info, "totalCount"));
    return toConnection(await ctx.repositories.lookups.list("Source", {}, page), "Source");
  }

  @FieldResolver(() => FactConnection, { description: "The facts this article states." })
  async facts(@Root() source: SourceEntity, @Ctx() ctx: Context, @Args() args: PageArgs) {
    const page = await ctx.loaders.factsOfSource.load({
      root: source.id,
      args: pageRequest(SOURCE_FACTS_LIST, args.first, args.after),
    });
    return entityConnection(ctx, page, SOURCE_FACTS_LIST);
  }
}

@Resolver(() => PolicyDocument)
export class PolicyDocumentResolver {
  @Query(() => PolicyDocument, {
    nullable: true,
    description: 'A policy document by id ("policy:22-nq-tw") or number ("22-NQ/TW").',
  })
  async policyDocument(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { nullable: true }) id?: string,
    @Arg("number", { nullable: true }) number?: string,
  ) {
    if (id) {
      return loadEntity(ctx, id, "PolicyDocument");
    }
    const [match] = number ? await ctx.repositories.lookups.byName("PolicyDocument", number, 1) : [];
    return match ?? null;
  }

  @Query(() => PolicyDocumentConnection, { description: "The policy documents cited, by id." })
  async policyDocuments(@Ctx() ctx: Context, @Args() args: PageArgs, @Info() info: GraphQLResolveInfo) {
    const page = pageRequest("PolicyDocument", args.first, args.after, selects(info, "totalCount"));
    return toConnection(await ctx.repositories.lookups.list("PolicyDocument", {}, page), "PolicyDocument");
  }

  @FieldResolver(() => [Citation], { description: "Who cites it, with quotes." })
  citations(@Root() document: PolicyDocumentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.citationsOfDocument.load(document.id);
  }
}

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Node)
  citing(@Root() citation: CitationValue, @Ctx() ctx: Context) {
    return loadEntity(ctx, citation.citingId);
  }

  @FieldResolver(() => PolicyDocument)
  document(@Root() citation: CitationValue, @Ctx() ctx: Context) {
    return loadEntity(ctx, citation.documentId, "PolicyDocument");
  }
}

@Resolver(() => LocalityGroup)
export class LocalityGroupCountsResolver {
  @FieldResolver(() => [StatedCount], {
    description: 'Member counts the articles state ("08 tỉnh Bắc Lào"), with quotes.',
  })
  statedCounts(@Root() group: LocalityGroupEntity, @Ctx() ctx: Context) {
    return ctx.loaders.statedCounts.load(group.id);
  }
}

@Resolver(() => StatedCount)
export class StatedCountResolver {
  @FieldResolver(() => Evidence)
  evidence(@Root() stated: StatedCountValue): Evidence | { sourceId: string; quote: string } {
    return { sourceId: stated.sourceId, quote: stated.quote };
  }
}
