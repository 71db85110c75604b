import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context";
import { loadEntities, loadEntity } from "../../context/load";
import { DateScalar } from "../../graphql/scalars";
import { selects } from "../../graphql/selection";
import { checkedPageSize } from "../../shared/pagination";
import {
  checkedPeriod,
  FactFilterInput,
  filterIds,
  PeriodInput,
  toFactFilter,
} from "../facts/fact-filter.input";
import { Delegation, Fact } from "../facts/facts.types";
import { Country } from "../participants/participants.types";
import { provenAnswer } from "../whole-graph/id-check";
import type { BucketValue, MoneyTotalValue } from "./dashboard.repository";
import { Bucket, DelegationFlow, FactGrouping, MoneyTotal } from "./dashboard.types";
import { type DelegationFlowValue, delegationFlows } from "./delegation-flows";

const scopeDescription = "Only the facts this Vietnamese province acts in (all facts when absent).";
const rollUpDescription =
  "With province: also the facts of the units merged into it in 2025 (as filter.rollUpMerged). The province's bodies (departments, committees) count for it unless filter.rollUp is false.";
const asOfDescription = "Answer as the graph stood at the end of this day (see FactFilterInput.asOf).";

/** Aggregates shaped for charts: label, value, and the facts behind each bucket on demand. */
@Resolver(() => Bucket)
export class DashboardResolver {
  @Query(() => [Bucket], {
    description:
      'Facts counted by one dimension, largest bucket first: the same facts as the province\'s `facts(filter)` (all facts when no province). A fact counts once in each bucket it belongs to (a period spanning 2017 and 2018 in both years). By YEAR, undated facts are the bucket "undated" (leave them out with filter.period.undated: EXCLUDE); by COUNTRY, facts without a foreign partner have no bucket. For null buckets of every dimension, and two dimensions, see factStats.',
  })
  async factCounts(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("groupBy", () => FactGrouping) groupBy: keyof typeof FactGrouping,
    @Arg("province", () => ID, { nullable: true, description: scopeDescription }) province?: string,
    @Arg("rollUpMerged", () => Boolean, { defaultValue: false, description: rollUpDescription })
    rollUpMerged = false,
    @Arg("filter", () => FactFilterInput, { nullable: true }) filter?: FactFilterInput,
  ) {
    const buckets = ctx.loaders.buckets.load({
      groupBy,
      question: {
        province: province ?? null,
        filter: toFactFilter(filter, { rollUpMerged }),
        withFacts: selects(info, "facts"),
      },
    });
    return provenAnswer(ctx.reader, await buckets, (rows) => rows.length === 0, [
      { argument: "province", ids: [province], types: ["Province"] },
      ...filterIds(filter),
    ]);
  }

  @FieldResolver(() => Int)
  value(@Root() bucket: BucketValue): number {
    return bucket.count;
  }

  @FieldResolver(() => [Fact], { description: "The facts behind the bucket." })
  facts(
    @Root() bucket: BucketValue,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20 }) first = 20,
  ) {
    return loadEntities(ctx, bucket.factIds.slice(0, checkedPageSize(first)));
  }
}

@Resolver(() => DelegationFlow)
export class DelegationFlowResolver {
  @Query(() => [DelegationFlow], {
    description:
      "A province's delegations in and out, by partner country, with each country's share of the totals.",
  })
  async delegationFlows(
    @Ctx() ctx: Context,
    @Arg("province", () => ID) province: string,
    @Arg("period", () => PeriodInput, {
      nullable: true,
      description:
        "Delegation records overlapping this range (undated ones as period.undated says: by default kept without a range, left out with one).",
    })
    period?: PeriodInput,
    @Arg("rollUpMerged", () => Boolean, { defaultValue: false, description: rollUpDescription })
    rollUpMerged = false,
    @Arg("asOf", () => DateScalar, { nullable: true, description: asOfDescription }) asOf?: Date,
    @Arg("rollUp", () => Boolean, {
      defaultValue: true,
      description:
        "Count the delegations of the province's bodies (departments, committees) for it (as filter.rollUp).",
    })
    rollUp = true,
  ) {
    const { from, to } = checkedPeriod(period);
    const records = await ctx.repositories.dashboard.delegationRecords(province, {
      from,
      to,
      undated: period?.undated,
      asOf: asOf ? asOf.toISOString().slice(0, 10) : null,
      rollUp,
      rollUpMerged,
    });
    return delegationFlows(
      await provenAnswer(ctx.reader, records, (rows) => rows.length === 0, [
        { argument: "province", ids: [province], types: ["Province"] },
      ]),
    );
  }

  @FieldResolver(() => Country, { nullable: true, description: "The partner country." })
  country(@Root() flow: DelegationFlowValue, @Ctx() ctx: Context) {
    return flow.countryCode ? loadEntity(ctx, `country:${flow.countryCode}`, "Country") : null;
  }

  @FieldResolver(() => [Delegation], {
    description: "The delegation records behind the flow, with their sources.",
  })
  records(@Root() flow: DelegationFlowValue, @Ctx() ctx: Context) {
    return loadEntities(ctx, flow.recordIds);
  }
}

@Resolver(() => MoneyTotal)
export class MoneyTotalResolver {
  @Query(() => [MoneyTotal], {
    description:
      "Money recorded in facts, per currency, nature (pledged, disbursed, stock), direction (given, received) and qualifier; each total says how many facts it sums.",
  })
  async moneyTotals(
    @Ctx() ctx: Context,
    @Arg("province", () => ID, { nullable: true, description: scopeDescription }) province?: string,
    @Arg("rollUpMerged", () => Boolean, { defaultValue: false, description: rollUpDescription })
    rollUpMerged = false,
    @Arg("filter", () => FactFilterInput, { nullable: true }) filter?: FactFilterInput,
  ) {
    const totals = await ctx.repositories.dashboard.moneyTotals(
      province ?? null,
      toFactFilter(filter, { rollUpMerged }),
    );
    return provenAnswer(ctx.reader, totals, (rows) => rows.length === 0, [
      { argument: "province", ids: [province], types: ["Province"] },
      ...filterIds(filter),
    ]);
  }

  @FieldResolver(() => Int, { description: "How many facts the total sums." })
  factCount(@Root() total: MoneyTotalValue): number {
    return total.factIds.length;
  }

  @FieldResolver(() => [Fact], { description: "The facts whose figures make the total." })
  facts(@Root() total: MoneyTotalValue, @Ctx() ctx: Context) {
    return loadEntities(ctx, total.factIds);
  }
}
