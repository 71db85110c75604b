import type { Arguments, FieldTable } from "../../compiler/field-table";
import { filterParams } from "../../domain/filters";
import { checkedPageSize, MAX_PAGE_SIZE } from "../../shared/pagination";
import { type FactFilterInput, toFactFilter } from "../facts/fact-filter.input";

/** Charts in the compiled read path (fragments in cypher/dashboard.cypher). */

function scopeParams(args: Arguments) {
  return {
    ...filterParams(
      toFactFilter(args.filter as FactFilterInput | undefined, {
        rollUpMerged: args.rollUpMerged as boolean,
      }),
    ),
    scope: args.province ?? null,
  };
}

export const DASHBOARD_FIELDS: FieldTable = {
  Query: {
    factCounts: {
      fragment: "Query.factCounts",
      returns: "list",
      // Without the buckets' facts, the loader answers: several charts of the same facts asked in
      // one request (by country, by year) are then counted in one read.
      params: (args, selected) =>
        selected("facts")
          ? { ...scopeParams(args), groupings: [args.groupBy], withFacts: true, maxFacts: MAX_PAGE_SIZE }
          : null,
    },
  },
  Bucket: {
    key: { value: "this.key" },
    label: { value: "this.label" },
    value: { value: "this.value" },
    facts: {
      fragment: "Bucket.facts",
      returns: "list",
      params: (args) => ({ first: checkedPageSize(args.first as number) }),
    },
  },
};
