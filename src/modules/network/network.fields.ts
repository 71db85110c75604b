import type { Arguments, FieldTable } from "../../compiler/field-table";
import type { ReadExecutor } from "../../db/executor";
import { filterParams, isUnfiltered } from "../../domain/filters";
import { checkedPageSize, pageRequest } from "../../shared/pagination";
import { type FactFilterInput, filterIds, toFactFilter } from "../facts/fact-filter.input";
import { checkIdsOnce } from "../whole-graph/id-check";
import {
  MAX_PATH_LENGTH,
  MAX_SHARED_ROOTS,
  participantFactsList,
  partnersList,
  RANKINGS_REFUSE,
} from "./network.types";

/** The partner network in the compiled read path (fragments in cypher/network.cypher). */

/** The field's filter, with its own rollUpMerged switch. */
function filterOf(args: Arguments) {
  return toFactFilter(args.filter as FactFilterInput | undefined, {
    rollUpMerged: args.rollUpMerged as boolean,
  });
}

/**
 * An empty nested page is proved as its resolver proves it (an id of the filter naming nothing is
 * NOT_FOUND), once for all the parents asking alike.
 */
function proveFilterIds(args: Arguments, reader: ReadExecutor) {
  return checkIdsOnce(reader, filterIds(args.filter as FactFilterInput | undefined));
}

/** A partners or facts page's parameters, checked as the resolvers check them. */
function pageParams(args: Arguments, countTotal: boolean, list: string) {
  const page = pageRequest(
    list,
    args.first as number | undefined,
    args.after as string | undefined,
    countTotal,
  );
  return {
    ...filterParams(filterOf(args)),
    // Facts fields have no level; their statements do not read it.
    level: args.level ?? "PLACE",
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
      list: (args) => partnersList(args.orderBy as string),
      params: (args) => ({ ...pageParams(args, true, partnersList(args.orderBy as string)), of: args.of }),
    },
    sharedPartners: {
      fragment: "Query.sharedPartners",
      returns: "list",
      params: (args) => {
        const roots = [...new Set(args.of as string[])];
        return roots.length < 2 || roots.length > MAX_SHARED_ROOTS
          ? null
          : {
              ...filterParams(filterOf(args)),
              roots,
              level: args.level,
              first: checkedPageSize(args.first as number),
            };
      },
    },
    paths: {
      fragment: "Query.paths",
      returns: "list",
      params: (args) => {
        const maxLength = args.maxLength as number;
        return Number.isInteger(maxLength) && maxLength >= 1 && maxLength <= MAX_PATH_LENGTH
          ? { from: args.from, to: args.to, maxLength, first: checkedPageSize(args.first as number) }
          : null;
      },
    },
    rankings: {
      fragment: "Query.rankings",
      returns: "list",
      params: (args) => ({
        ...filterParams(
          toFactFilter(args.filter as FactFilterInput | undefined, {
            refused: RANKINGS_REFUSE,
            field: "rankings",
          }),
        ),
        type: args.type,
        first: checkedPageSize(args.first as number),
      }),
    },
  },
  Participant: {
    partners: {
      fragment: "Participant.partners",
      returns: "page",
      list: (args) => partnersList(args.orderBy as string),
      params: (args) => pageParams(args, true, partnersList(args.orderBy as string)),
      proveEmpty: proveFilterIds,
    },
    facts: {
      // The unfiltered form, the most asked, has its own faster statement (see facts-of-unfiltered).
      fragment: (args) =>
        isUnfiltered(filterOf(args)) ? "Participant.facts-unfiltered" : "Participant.facts",
      returns: "page",
      list: (args) => participantFactsList(args.orderBy as string),
      params: (args, selected) =>
        pageParams(args, selected("totalCount"), participantFactsList(args.orderBy as string)),
      proveEmpty: proveFilterIds,
    },
  },
  Partner: {
    partner: { object: "this.partner" },
    facts: { each: "this.facts" },
    factCount: { value: "size(this.facts)" },
    roles: { value: "this.roles" },
  },
  SharedPartner: { partner: { object: "this.partner" }, ties: { each: "this.ties" } },
  SharedPartnerTie: { of: { object: "this.of" }, facts: { each: "this.facts" } },
  Path: {
    length: { value: "size(this.steps)" },
    nodes: { each: "this.nodes" },
    steps: { each: "this.steps" },
  },
  PathStep: {
    type: { value: "this.type" },
    from: { value: "this.from" },
    to: { value: "this.to" },
    role: { value: "this.role" },
    certainty: { value: "this.certainty" },
  },
  Ranking: {
    entity: { object: "this.entity" },
    factCount: { value: "this.factCount" },
    counterpartCount: { value: "this.counterpartCount" },
  },
};
