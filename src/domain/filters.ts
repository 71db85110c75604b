import type { EntityType } from "./entities";

/**
 * Which facts (and which counterparts) a question is about. Every field is optional; an absent one
 * filters nothing. The same filter serves partners, facts, aggregates and rankings.
 */
export interface FactFilter {
  types?: string[] | null;
  kinds?: string[] | null;
  sectors?: string[] | null;
  certainty?: string[] | null;
  status?: string[] | null;
  /** Facts whose period overlaps [from, to]; undated facts never match. ISO dates. */
  from?: string | null;
  to?: string | null;
  /** The counterpart's country (ISO 3166-1 alpha-2). */
  countryCodes?: string[] | null;
  /** The counterpart's node type, e.g. ForeignLocality. */
  counterpartTypes?: EntityType[] | null;
  /** The counterpart's locality kind, e.g. PROVINCE. */
  localityKinds?: string[] | null;
  /** The counterpart's role in the fact. */
  roles?: string[] | null;
  /**
   * The graph as it stood at the end of that day (ISO date): facts recorded by then and not retired
   * by then. Absent: today's graph.
   */
  asOf?: string | null;
}

/** Whether the filter lets every live fact through (no condition set, today's graph). */
export function isUnfiltered(filter: FactFilter | null | undefined): boolean {
  return Object.values(filterParams(filter)).every((value) => value === null);
}

/** The filter as Cypher parameters: every key present, null where it filters nothing. */
export function filterParams(filter: FactFilter | null | undefined): Record<string, unknown> {
  const list = <T>(values: T[] | null | undefined) => (values && values.length > 0 ? values : null);
  return {
    factTypes: list(filter?.types),
    kinds: list(filter?.kinds),
    sectors: list(filter?.sectors),
    certainty: list(filter?.certainty),
    status: list(filter?.status),
    from: filter?.from ?? null,
    to: filter?.to ?? null,
    countryCodes: list(filter?.countryCodes),
    counterpartTypes: list(filter?.counterpartTypes),
    localityKinds: list(filter?.localityKinds),
    roles: list(filter?.roles),
    asOf: filter?.asOf ?? null,
  };
}
