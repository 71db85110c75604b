import type { EntityType } from "./entities";
import { FACT_TYPES, type FactType, KINDS_OF_FACT_TYPE } from "./model";

/** What to do with facts whose source gives no date. */
export type UndatedChoice = "INCLUDE" | "EXCLUDE" | "ONLY";

/**
 * Which facts (and which counterparts) a question is about: the one filter of every fact-reading field
 * (a participant's facts and partners, shared partners, charts, money totals, the whole-graph facts and
 * factStats). Every field is optional; an absent one filters nothing. Its conditions on a fact are one
 * Cypher fragment, cypher/filters.cypher#fact-conditions; those on the other side of a fact (the
 * counterpart) depend on who asks and live beside each statement.
 */
export interface FactFilter {
  types?: string[] | null;
  kinds?: string[] | null;
  sectors?: string[] | null;
  certainty?: string[] | null;
  status?: string[] | null;
  /** Facts whose period overlaps [from, to]. ISO dates. */
  from?: string | null;
  to?: string | null;
  /** Undated facts; default EXCLUDE when from or to is set (they cannot be said to overlap), else INCLUDE. */
  undated?: UndatedChoice | null;
  /** Facts stated by any of these sources. */
  sources?: string[] | null;
  /** Facts any of these take part in, on either side (rolled up as `rollUp` and `rollUpMerged` say). */
  participants?: string[] | null;
  /** The counterpart's country (ISO 3166-1 alpha-2); with no asking participant, either side's. */
  countryCodes?: string[] | null;
  /** The counterpart's node type, e.g. ForeignLocality. */
  counterpartTypes?: EntityType[] | null;
  /** The counterpart's locality kind, e.g. PROVINCE. */
  localityKinds?: string[] | null;
  /** The counterpart's role in the fact (and, with participants, theirs). */
  roles?: string[] | null;
  /**
   * The graph as it stood at the end of that day (ISO date): facts recorded by then and not retired
   * by then. Absent: today's graph.
   */
  asOf?: string | null;
  /** A participant counts for the places above it (a body for its province…). Default true. */
  rollUp?: boolean | null;
  /** A pre-2025 province counts for the unit it was merged into. Default false. */
  rollUpMerged?: boolean | null;
}

/**
 * Whether the filter lets every live fact of a participant through: no condition set, today's graph,
 * undated facts kept. The roll-up switches choose whose facts those are, not which of them pass.
 */
export function isUnfiltered(filter: FactFilter | null | undefined): boolean {
  const { rollUp: _rollUp, rollUpMerged: _rollUpMerged, undated, ...conditions } = filterParams(filter);
  return undated === "INCLUDE" && Object.values(conditions).every((value) => value === null);
}

/**
 * The one fact type a filter's types and kinds leave, if they name any: its label is written into the
 * statement (statements.ts), and Neo4j checks a label before it reads any property of a fact
 * (reading the kind of each of Sơn La's facts took the mission's statement at M from 9.4 to 11.0 ms).
 */
function onlyFactType(filter: FactFilter | null | undefined): FactType | null {
  const types = filter?.types?.length ? filter.types : null;
  const kinds = filter?.kinds?.length ? filter.kinds : null;
  if (!types && !kinds) {
    return null;
  }
  const left = FACT_TYPES.filter(
    (type) =>
      (!types || types.includes(type)) &&
      (!kinds || kinds.some((kind) => KINDS_OF_FACT_TYPE[type].includes(kind))),
  );
  return left.length === 1 ? (left[0] ?? null) : null;
}

/** The filter as Cypher parameters: every key present, null where it filters nothing. */
export function filterParams(filter: FactFilter | null | undefined): Record<string, unknown> {
  const list = <T>(values: T[] | null | undefined) => (values && values.length > 0 ? values : null);
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  const undated = filter?.undated ?? (from || to ? "EXCLUDE" : "INCLUDE");
  return {
    factLabel: onlyFactType(filter),
    factTypes: list(filter?.types),
    kinds: list(filter?.kinds),
    sectors: list(filter?.sectors),
    certainty: list(filter?.certainty),
    status: list(filter?.status),
    from,
    to,
    undated,
    // Null when nothing is asked of periods, so that the condition is written `true` (statements.ts).
    period: from || to || undated !== "INCLUDE" ? { from, to, undated } : null,
    sources: list(filter?.sources),
    participants: list(filter?.participants),
    countryCodes: list(filter?.countryCodes),
    counterpartTypes: list(filter?.counterpartTypes),
    localityKinds: list(filter?.localityKinds),
    roles: list(filter?.roles),
    asOf: filter?.asOf ?? null,
    rollUp: filter?.rollUp ?? true,
    rollUpMerged: filter?.rollUpMerged ?? false,
  };
}
