import type { ReadExecutor } from "../../db/executor";
import { Statements } from "../../db/statements";
import type { FigureValue } from "../../domain/entities";
import { type FactFilter, filterParams } from "../../domain/filters";
import { MAX_PAGE_SIZE } from "../../shared/pagination";

const STATEMENTS = new Statements("dashboard.cypher");

export type GroupBy = "COUNTRY" | "YEAR" | "SECTOR" | "FACT_TYPE" | "FACT_KIND" | "PROVINCE";

/** What a chart counts, apart from its grouping: charts asking the same share one read. */
export interface BucketQuestion {
  /**
   * A province id: only the facts it acts in (with the filter's rollUp those of its bodies, with
   * rollUpMerged those of the units merged into it). Null: every fact.
   */
  province: string | null;
  filter: FactFilter;
  withFacts: boolean;
}

export interface BucketValue {
  key: string;
  label: string;
  count: number;
  /** The first facts by id, at most a page's most (MAX_PAGE_SIZE). */
  factIds: string[];
}

export interface DelegationRecordValue {
  id: string;
  direction: "INCOMING" | "OUTGOING";
  countryCodes: string[];
  shareOf: string | null;
  figures: FigureValue[];
}

export interface MoneyTotalValue {
  currency: string;
  nature: string;
  direction: string;
  qualifier: string;
  total: number;
  factIds: string[];
}

/** Aggregates shaped for charts; each bucket keeps the ids of the facts behind it. */
export class DashboardRepository {
  constructor(private readonly executor: ReadExecutor) {}

  /**
   * The buckets of each grouping, over the same facts read once. `withFacts`: list each bucket's first
   * fact ids (only when the client shows them).
   */
  async buckets(
    groupings: readonly GroupBy[],
    question: BucketQuestion,
  ): Promise<Map<GroupBy, BucketValue[]>> {
    const { province, filter, withFacts } = question;
    const records = await STATEMENTS.read(this.executor, "fact-buckets", {
      ...filterParams(filter),
      groupings,
      withFacts,
      scope: province,
      maxFacts: MAX_PAGE_SIZE,
    });
    const buckets = new Map<GroupBy, BucketValue[]>(groupings.map((groupBy) => [groupBy, []]));
    for (const record of records) {
      buckets.get(record.get("groupBy"))?.push({
        key: record.get("key"),
        label: record.get("label"),
        count: record.get("count"),
        factIds: record.get("factIds"),
      });
    }
    return buckets;
  }

  /** The delegation records behind delegationFlows: those of the province the filter keeps. */
  async delegationRecords(province: string, filter: FactFilter) {
    const records = await STATEMENTS.read(this.executor, "delegation-records", {
      ...filterParams(filter),
      scope: province,
    });
    return records.map(
      (record): DelegationRecordValue => ({
        id: record.get("id"),
        direction: record.get("direction"),
        countryCodes: record.get("countryCodes"),
        shareOf: record.get("shareOf"),
        figures: record.get("figures"),
      }),
    );
  }

  async moneyTotals(province: string | null, filter: FactFilter): Promise<MoneyTotalValue[]> {
    const records = await STATEMENTS.read(this.executor, "money-totals", {
      ...filterParams(filter),
      scope: province,
    });
    return records.map((record) => ({
      currency: record.get("currency"),
      nature: record.get("nature"),
      direction: record.get("direction"),
      qualifier: record.get("qualifier"),
      total: record.get("total"),
      factIds: record.get("factIds"),
    }));
  }
}
