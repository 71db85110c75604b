import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context";
import { loadEntities, loadEntity } from "../../context/load";
import { AppError, ErrorCode } from "../../shared/errors";
import { checkedPageSize, toConnection } from "../../shared/pagination";
import { FactFilterInput, filterIds, toFactFilter } from "../facts/fact-filter.input";
import { Fact } from "../facts/facts.types";
import { Participant } from "../participants/participant.type";
import { checkIds, provenAnswer } from "../whole-graph/id-check";
import type { PartnerValue, PathValue, RankingValue, SharedPartnerValue } from "./network.repository";
import {
  connectionArgs,
  MAX_PATH_LENGTH,
  MAX_SHARED_ROOTS,
  Partner,
  PartnerArgs,
  PartnerConnection,
  PartnerLevel,
  Path,
  partnersList,
  RANKINGS_REFUSE,
  RankedType,
  Ranking,
  SharedPartner,
  SharedPartnerTie,
} from "./network.types";

/** Network questions: partners, shared partners, paths and rankings. */
@Resolver(() => Partner)
export class NetworkResolver {
  @Query(() => PartnerConnection, {
    description:
      'The partners of a province, locality, country, group or organisation, each with the facts that tie them. E.g. partners(of: "province:son-la", filter: {countries: ["LA"], kinds: [TRAINING]}).',
  })
  async partners(
    @Ctx() ctx: Context,
    @Arg("of", () => ID) of: string,
    @Args() args: PartnerArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    const list = partnersList(args.orderBy);
    const page = await ctx.loaders.partners.load({ root: of, args: connectionArgs(args, info, list) });
    return toConnection(
      await provenAnswer(ctx.reader, page, (found) => found.items.length === 0, [
        { argument: "of", ids: [of] },
        ...filterIds(args.filter),
      ]),
      list,
    );
  }

  @Query(() => [SharedPartner], {
    description:
      "The counterparts all of the given participants have (e.g. two provinces). With `level: COUNTRY` they meet at the country: two provinces that each work with a different Lao province share Laos, each tie listing that side's facts.",
  })
  async sharedPartners(
    @Ctx() ctx: Context,
    @Arg("of", () => [ID], { description: `Two to ${MAX_SHARED_ROOTS} participant ids.` }) of: string[],
    @Arg("filter", () => FactFilterInput, { nullable: true }) filter?: FactFilterInput,
    @Arg("rollUpMerged", () => Boolean, {
      defaultValue: false,
      description: "Also count the facts of the units merged into each in 2025 (as filter.rollUpMerged).",
    })
    rollUpMerged = false,
    @Arg("first", () => Int, { defaultValue: 20 }) first = 20,
    @Arg("level", () => PartnerLevel, {
      defaultValue: "PLACE",
      description: "The level the participants meet at: PLACE, PROVINCE_ABROAD or COUNTRY.",
    })
    level: keyof typeof PartnerLevel = "PLACE",
  ) {
    const roots = [...new Set(of)];
    if (roots.length < 2 || roots.length > MAX_SHARED_ROOTS) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Argument "of" needs 2 to ${MAX_SHARED_ROOTS} distinct ids.`,
        {
          details: { argument: "of" },
        },
      );
    }
    const checked = toFactFilter(filter, { rollUpMerged });
    await checkIds(ctx.reader, [{ argument: "of", ids: roots }, ...filterIds(filter)]);
    return ctx.repositories.network.sharedPartners(roots, checked, level, checkedPageSize(first));
  }

  @Query(() => [Path], {
    description:
      "The shortest chains of facts between two entities (bounded length): the first `first` by the ids along them. Two very active places can be joined by hundreds of thousands of equally short chains; then these are the first among the 1,000 the search finds first.",
  })
  async paths(
    @Ctx() ctx: Context,
    @Arg("from", () => ID) from: string,
    @Arg("to", () => ID) to: string,
    @Arg("maxLength", () => Int, { defaultValue: 4, description: `Steps, 1 to ${MAX_PATH_LENGTH}.` })
    maxLength = 4,
    @Arg("first", () => Int, { defaultValue: 5 }) first = 5,
  ) {
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Argument "maxLength" must be between 1 and ${MAX_PATH_LENGTH}.`,
        {
          details: { argument: "maxLength", min: 1, max: MAX_PATH_LENGTH },
        },
      );
    }
    const paths = await ctx.repositories.network.paths(
      from,
      to,
      { maxLength, first: checkedPageSize(first) },
      ctx.loaders.seen,
    );
    return provenAnswer(ctx.reader, paths, (rows) => rows.length === 0, [
      { argument: "from", ids: [from] },
      { argument: "to", ids: [to] },
    ]);
  }

  @Query(() => [Ranking], {
    description: "The most connected provinces, countries, localities or organisations, in a period.",
    deprecationReason:
      "Use factStats: rankings counts a province and its own department as two counterparts; factStats(groupBy: [COUNTRY], orderBy: {measure: PROVINCES}) counts distinct provinces. Its filter is the shared one (filter.countries is the counterparts' country, as everywhere).",
  })
  async rankings(
    @Ctx() ctx: Context,
    @Arg("type", () => RankedType) type: keyof typeof RankedType,
    @Arg("filter", () => FactFilterInput, { nullable: true }) filter?: FactFilterInput,
    @Arg("first", () => Int, { defaultValue: 10 }) first = 10,
  ) {
    const checked = toFactFilter(filter, { refused: RANKINGS_REFUSE, field: "rankings" });
    const rankings = await ctx.repositories.network.rankings(type, checked, checkedPageSize(first));
    return provenAnswer(ctx.reader, rankings, (rows) => rows.length === 0, filterIds(filter));
  }

  @FieldResolver(() => Participant)
  partner(@Root() partner: PartnerValue, @Ctx() ctx: Context) {
    return loadEntity(ctx, partner.partnerId);
  }

  @FieldResolver(() => [Fact])
  facts(@Root() partner: PartnerValue, @Ctx() ctx: Context) {
    return loadEntities(ctx, partner.factIds);
  }

  @FieldResolver()
  factCount(@Root() partner: PartnerValue): number {
    return partner.factIds.length;
  }
}

@Resolver(() => SharedPartner)
export class SharedPartnerResolver {
  @FieldResolver(() => Participant)
  partner(@Root() shared: SharedPartnerValue, @Ctx() ctx: Context) {
    return loadEntity(ctx, shared.partnerId);
  }

  @FieldResolver(() => [SharedPartnerTie])
  ties(@Root() shared: SharedPartnerValue) {
    return shared.ties;
  }
}

@Resolver(() => SharedPartnerTie)
export class SharedPartnerTieResolver {
  @FieldResolver(() => Participant)
  of(@Root() tie: SharedPartnerValue["ties"][number], @Ctx() ctx: Context) {
    return loadEntity(ctx, tie.rootId);
  }

  @FieldResolver(() => [Fact])
  facts(@Root() tie: SharedPartnerValue["ties"][number], @Ctx() ctx: Context) {
    return loadEntities(ctx, tie.factIds);
  }
}

@Resolver(() => Path)
export class PathResolver {
  @FieldResolver()
  length(@Root() path: PathValue): number {
    return path.steps.length;
  }

  @FieldResolver()
  nodes(@Root() path: PathValue, @Ctx() ctx: Context) {
    return loadEntities(ctx, path.nodeIds);
  }
}

@Resolver(() => Ranking)
export class RankingResolver {
  @FieldResolver(() => Participant)
  entity(@Root() ranking: RankingValue, @Ctx() ctx: Context) {
    return loadEntity(ctx, ranking.id);
  }

  @FieldResolver()
  factCount(@Root() ranking: RankingValue): number {
    return ranking.facts;
  }

  @FieldResolver()
  counterpartCount(@Root() ranking: RankingValue): number {
    return ranking.counterparts;
  }
}
