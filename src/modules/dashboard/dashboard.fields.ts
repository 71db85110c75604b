import type { Arguments, FieldTable } from "../../compiler/field-table";
import { filterParams } from "../../domain/filters";
import { checkedPageSize, MAX_PAGE_SIZE } from "../../shared/pagination";
import { type FactFilterInput, toFactFilter } from "../facts/fact-filter.input";

/** Charts in the compiled read path (fragments in cypher/dashboard.cypher). */

function filterOf(args: Arguments) {
  return filterParams(
    toFactFilter(args.filter as FactFilterInput | undefined, { rollUpMerged: args.rollUpMerged as boolean }),
  );
}

export const DASHBOARD_FIELDS: FieldTable = {
  Query: {
    factCounts: {
      fragment: "Query.factCounts",
      returns: "list",
      // Several charts in one request are subqueries of one statement (src/compiler/compiled-reads.ts),
      // and those of one scope read its facts once.
      prelude: {
        fragment: "Query.factCounts:scope",
        params: (args) => {
          const { rollUp, rollUpMerged } = filterOf(args);
          return { scope: args.province ?? null, rollUp, rollUpMerged };
        },
      },
      params: (args, selected) => ({
        ...filterOf(args),
        groupings: [args.groupBy],
        withFacts: selected("facts"),
        maxFacts: MAX_PAGE_SIZE,
      }),
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
