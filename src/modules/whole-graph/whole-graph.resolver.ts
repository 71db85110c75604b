import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { filterParams } from "../../domain/filters";
import { selects } from "../../graphql/selection";
import { AppError, ErrorCode } from "../../shared/errors";
import { PageArgs, pageRequest, toConnection } from "../../shared/pagination";
import { FactFilterInput, filterIds, NO_COUNTERPART, toFactFilter } from "../facts/fact-filter.input";
import { FactConnection } from "../network/network.types";
import { checkIds } from "./id-check";
import type { FactStatsBucket } from "./whole-graph.repository";
import {
  FactDimension,
  FactMeasure,
  FactStats,
  FactStatsHaving,
  FactStatsOrder,
  FactsOrder,
} from "./whole-graph.types";

/** The cursor tag of Query.facts in one order: its cursors are refused by every other list. */
const factsList = (orderBy: string) => `facts:${orderBy}`;
const MAX_STATS_ROWS = 1000;

const NULL_LABELS: Record<FactDimension, string> = {
  COUNTRY: "no foreign country",
  PROVINCE: "no Vietnamese province",
  PARTNER: "no foreign participant",
  YEAR: "undated",
  KIND: "no kind",
  SECTOR: "no sector",
  CERTAINTY: "no certainty",
  SOURCE: "no source",
};

const MEASURE_OF: Record<FactMeasure, (bucket: FactStatsBucket) => number> = {
  FACTS: (bucket) => bucket.facts,
  PROVINCES: (bucket) => bucket.provinces,
  PARTNERS: (bucket) => bucket.partners,
  COUNTRIES: (bucket) => bucket.countries,
};

/** Questions over the whole graph: every fact that matches a filter, and grouped counts for charts. */
@Resolver()
export class WholeGraphResolver {
  @Query(() => FactConnection, {
    description:
      'Every fact that matches the filter, one keyset page at a time: e.g. all INFERRED facts, every fact of one article (filter: {sources: ["source:001"]}), or all of Laos\'s facts including its provinces\' (filter: {participants: ["country:LA"]}).',
  })
  async facts(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg("filter", () => FactFilterInput, { nullable: true }) filter?: FactFilterInput,
    @Arg("orderBy", () => FactsOrder, {
      defaultValue: "OLDEST_FIRST",
      description: "OLDEST_FIRST (default), NEWEST_FIRST (undated last either way) or ID.",
    })
    orderBy: keyof typeof FactsOrder = "OLDEST_FIRST",
  ) {
    const request = pageRequest(factsList(orderBy), page.first, page.after, selects(info, "totalCount"));
    const params = await checkedParams(ctx, filter, "Query.facts");
    const result = await ctx.repositories.wholeGraph.facts(params, orderBy, request, ctx.loaders.seen);
    return toConnection(result, factsList(orderBy));
  }

  @Query(() => FactStats, {
    description:
      "Grouped counts of the facts that match the filter, by one or two dimensions, shaped for charts: e.g. how many Vietnamese provinces work with each country (groupBy: [COUNTRY], orderBy: {measure: PROVINCES}), or facts per year and kind for a stacked chart (groupBy: [YEAR, KIND]). A fact counts once in each bucket it belongs to; facts without a key (undated, no sector) form a null bucket, never dropped.",
  })
  async factStats(
    @Ctx() ctx: Context,
    @Arg("groupBy", () => [FactDimension], { description: "One or two dimensions." })
    groupBy: FactDimension[],
    @Arg("filter", () => FactFilterInput, { nullable: true }) filter?: FactFilterInput,
    @Arg("having", () => [FactStatsHaving], {
      nullable: true,
      description: "Keep only buckets meeting every condition, e.g. [{measure: PROVINCES, min: 3}].",
    })
    having?: FactStatsHaving[],
    @Arg("orderBy", () => FactStatsOrder, {
      nullable: true,
      description: "Default: by FACTS, largest first; ties by keys.",
    })
    orderBy?: FactStatsOrder,
    @Arg("first", () => Int, {
      nullable: true,
      description: `At most this many rows (1 to ${MAX_STATS_ROWS}).`,
    })
    first?: number,
  ): Promise<FactStats> {
    if (groupBy.length < 1 || groupBy.length > 2 || new Set(groupBy).size !== groupBy.length) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'Argument "groupBy" takes one or two distinct dimensions.',
        {
          details: { argument: "groupBy" },
        },
      );
    }
    const limit = first ?? MAX_STATS_ROWS;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_STATS_ROWS) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Argument "first" must be between 1 and ${MAX_STATS_ROWS}; got ${limit}.`,
        {
          details: { argument: "first", min: 1, max: MAX_STATS_ROWS },
        },
      );
    }
    const params = await checkedParams(ctx, filter, "Query.factStats");
    const buckets = await ctx.repositories.wholeGraph.factStats(params, groupBy);
    const kept = buckets.filter((bucket) =>
      (having ?? []).every(({ measure, min, max }) => {
        const value = MEASURE_OF[measure](bucket);
        return (
          (min === undefined || min === null || value >= min) &&
          (max === undefined || max === null || value <= max)
        );
      }),
    );
    const measure = MEASURE_OF[orderBy?.measure ?? "FACTS"];
    const direction = orderBy?.ascending ? 1 : -1;
    kept.sort((a, b) => direction * (measure(a) - measure(b)) || compareKeys(a.keys, b.keys));
    const rows = kept.slice(0, limit);
    const labelled = groupBy.some((dimension) =>
      ["COUNTRY", "PROVINCE", "PARTNER", "SOURCE"].includes(dimension),
    );
    const labels = labelled
      ? await ctx.repositories.wholeGraph.labels([
          ...new Set(rows.flatMap((row) => row.keys.filter((key): key is string => key !== null))),
        ])
      : new Map<string, string>();
    return {
      groupBy,
      totalBuckets: buckets.length,
      rows: rows.map((row) => ({
        ...row,
        keys: row.keys.map((key, index) => {
          const dimension = groupBy[index] as FactDimension;
          return { dimension, key, label: key === null ? NULL_LABELS[dimension] : (labels.get(key) ?? key) };
        }),
      })),
    };
  }
}

/** Null keys (the undated bucket) last; otherwise by key text, so years read in order. */
function compareKeys(a: Array<string | null>, b: Array<string | null>): number {
  for (const [index, key] of a.entries()) {
    const other = b[index] ?? null;
    if (key === other) continue;
    if (key === null) return 1;
    if (other === null) return -1;
    return key.localeCompare(other);
  }
  return 0;
}

/**
 * The filter's parameters, once every id it names has been found (NOT_FOUND otherwise). Asking about
 * no participant, these fields have no counterpart: its type and locality kind are refused.
 */
async function checkedParams(ctx: Context, filter: FactFilterInput | undefined, field: string) {
  const params = filterParams(
    toFactFilter(filter, {
      refused: { counterpartTypes: NO_COUNTERPART, localityKinds: NO_COUNTERPART },
      field,
    }),
  );
  await checkIds(ctx.reader, filterIds(filter));
  return params;
}
