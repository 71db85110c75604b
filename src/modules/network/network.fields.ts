import type { Arguments, FieldTable } from "../../compiler/field-table";
import { filterParams, isUnfiltered } from "../../domain/filters";
import { pageRequest } from "../../shared/pagination";
import { type FactFilterInput, toFactFilter } from "../facts/fact-filter.input";

/** The partner network in the compiled read path (fragments in cypher/network.cypher). */

/** A partners or facts page's parameters, checked as the resolvers check them. */
function pageParams(args: Arguments, countTotal: boolean) {
  const page = pageRequest(args.first as number | undefined, args.after as string | undefined, countTotal);
  return {
    ...filterParams(toFactFilter(args.filter as FactFilterInput | undefined)),
    rollUpMerged: args.rollUpMerged,
    sort: args.orderBy,
    afterKey: page.afterKey,
    afterId: page.afterId,
    limit: page.first + 1,
    countTotal,
  };
}

export const NETWORK_FIELDS: FieldTable = {
  Query: {
    partners: {
      fragment: "Query.partners",
      returns: "page",
      params: (args) => ({ ...pageParams(args, true), of: args.of }),
    },
  },
  Participant: {
    partners: { fragment: "Participant.partners", returns: "page", params: (args) => pageParams(args, true) },
    facts: {
      // The unfiltered form, the most asked, has its own faster statement (see facts-of-unfiltered).
      fragment: (args) =>
        isUnfiltered(toFactFilter(args.filter as FactFilterInput | undefined))
          ? "Participant.facts-unfiltered"
          : "Participant.facts",
      returns: "page",
      params: (args, selected) => pageParams(args, selected("totalCount")),
    },
  },
  Partner: {
    partner: { object: "this.partner" },
    facts: { each: "this.facts" },
    factCount: { value: "size(this.facts)" },
    roles: { value: "this.roles" },
  },
};
