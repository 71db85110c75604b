/**
 * Everything the explorer shows comes from these public GraphQL operations, posted to /graphql as
 * any client would.
 */

export interface Source {
  id: string;
  title: string | null;
  fileName: string;
  publisher: string | null;
  publishedOn: string | null;
  url: string | null;
}

export interface Evidence {
  quote: string;
  source: Source;
}

export interface Figure {
  measure: string;
  value: number;
  unit: string;
  qualifier: string;
  text: string;
}

export interface Fact {
  id: string;
  factType: string;
  kind: string;
  certainty: string;
  inference: string | null;
  status: string;
  description: string | null;
  sectors: string[];
  period: { start: string | null; end: string | null; precision: string } | null;
  figures: Figure[];
  sources: Evidence[];
  title?: string | null;
  name?: string | null;
  purpose?: string | null;
}

export interface Participant {
  __typename: "Province" | "Country" | "ForeignLocality" | "LocalityGroup" | "Organization";
  id: string;
  nameEn: string;
  nameVi: string | null;
  countryCode: string | null;
  /** A province's side of the 2025 reform: PRE_2025, POST_2025 or BOTH. */
  era?: string;
  statedCounts?: { count: number; text: string; evidence: Evidence }[];
  members?: {
    certainty: string;
    basis: string;
    locality: { id: string; nameEn: string; nameVi: string | null };
  }[];
}

/** What the network needs of a fact; the rest (figures, quotes) is fetched when it is shown. */
export type FactSummary = Pick<Fact, "id" | "factType" | "kind" | "period">;

export interface Partner {
  partner: Participant;
  facts: FactSummary[];
}

export interface FactFilter {
  countries?: string[];
  kinds?: string[];
  sectors?: string[];
  period?: { from?: string; to?: string };
}

export interface Bucket {
  key: string;
  label: string;
  value: number;
}

const SOURCE = "id title fileName publisher publishedOn url";

const PARTICIPANT = "__typename id nameEn nameVi countryCode ... on Province { era }";

const GROUP = `
  ... on LocalityGroup {
    statedCounts { count text evidence { quote source { ${SOURCE} } } }
    members { certainty basis locality { id nameEn nameVi } }
  }`;

const FACT = `
  id factType kind certainty inference status description sectors
  period { start end precision }
  figures { measure value unit qualifier text }
  sources { quote source { ${SOURCE} } }
  ... on Agreement { title }
  ... on Programme { name }
  ... on Delegation { purpose }`;

export class ApiError extends Error {}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new ApiError(body.errors?.map((error) => error.message).join("; ") ?? `HTTP ${response.status}`);
  }
  return body.data;
}

export async function search(text: string): Promise<Participant[]> {
  const data = await graphql<{ search: { node: Participant }[] }>(
    `query ExplorerSearch($text: String!) {
      search(text: $text, first: 12, types: [Province, ForeignLocality, Country, LocalityGroup, Organization]) {
        node { ... on Participant { ${PARTICIPANT} } }
      }
    }`,
    { text },
  );
  return data.search.map((hit) => hit.node);
}

export async function participant(id: string): Promise<Participant | null> {
  const data = await graphql<{ node: Participant | null }>(
    `query ExplorerParticipant($id: ID!) { node(id: $id) { ... on Participant { ${PARTICIPANT} } ${GROUP} } }`,
    { id },
  );
  return data.node;
}

/**
 * The partners of one participant and the facts that tie them, page by page. The facts' quotes are
 * asked for only when shown (facts below): asking for everything at once would exceed the API's
 * query cost limit, rightly.
 */
export async function partners(of: string, filter: FactFilter): Promise<Partner[]> {
  const found: Partner[] = [];
  let after: string | null = null;
  do {
    const data: {
      partners: { nodes: Partner[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await graphql(
      `query ExplorerPartners($of: ID!, $filter: FactFilterInput, $after: String) {
          partners(of: $of, filter: $filter, first: 100, after: $after) {
            nodes { partner { ${PARTICIPANT} } facts { id factType kind period { start end precision } } }
            pageInfo { hasNextPage endCursor }
          }
        }`,
      { of, filter, after },
    );
    found.push(...data.partners.nodes);
    after = data.partners.pageInfo.hasNextPage ? data.partners.pageInfo.endCursor : null;
  } while (after);
  return found;
}

/** Groups of localities with their stated counts (quoted) and reference members. */
export async function groups(ids: string[]): Promise<Participant[]> {
  if (ids.length === 0) {
    return [];
  }
  const data = await graphql<{ nodes: Participant[] }>(
    `query ExplorerGroups($ids: [ID!]!) { nodes(ids: $ids) { ... on Participant { ${PARTICIPANT} } ${GROUP} } }`,
    { ids },
  );
  return data.nodes;
}

/** Facts in full: figures, period, certainty, and each source's quote and article. */
export async function facts(ids: string[]): Promise<Fact[]> {
  const data = await graphql<{ nodes: Fact[] }>(
    `query ExplorerFacts($ids: [ID!]!) { nodes(ids: $ids) { ... on Fact { ${FACT} } } }`,
    { ids },
  );
  return data.nodes;
}

export interface FilterOptions {
  countries: { code: string; nameEn: string; nameVi: string | null }[];
  kinds: string[];
  sectors: string[];
}

/**
 * The filters' choices: the countries the facts name (the gazetteer holds every country, most of
 * them without a fact), and the kinds and sectors the schema defines (written in at build time from
 * schema/schema.graphql, so the page needs no introspection).
 */
export async function filterOptions(): Promise<FilterOptions> {
  const stats = await graphql<{ factStats: { rows: { keys: { key: string | null }[] }[] } }>(
    `query ExplorerFilterCountries {
    factStats(groupBy: [COUNTRY]) { rows { keys { key } } }
  }`,
  );
  const ids = stats.factStats.rows.flatMap((row) =>
    row.keys[0]?.key && row.keys[0].key !== "VN" ? [`country:${row.keys[0].key}`] : [],
  );
  const named = await graphql<{ nodes: { code: string; nameEn: string; nameVi: string | null }[] }>(
    `query ExplorerFilterCountryNames($ids: [ID!]!) {
    nodes(ids: $ids) { ... on Country { code nameEn nameVi } }
  }`,
    { ids },
  );
  return {
    countries: named.nodes.sort((a, b) => a.code.localeCompare(b.code)),
    kinds: __SCHEMA_ENUMS__.FactKind,
    sectors: __SCHEMA_ENUMS__.Sector,
  };
}

/** The key of factCounts' bucket of undated facts (by YEAR). */
export const UNDATED = "undated";

/**
 * A participant's facts with a filter, page by page: all it takes part in, those with no named partner
 * too (the network draws only facts with a partner), as factCounts counts them.
 */
export async function participantFacts(id: string, filter: FactFilter): Promise<FactSummary[]> {
  const found: FactSummary[] = [];
  let after: string | null = null;
  do {
    const data: {
      node: {
        facts: { nodes: FactSummary[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } | null;
    } = await graphql(
      `query ExplorerParticipantFacts($id: ID!, $filter: FactFilterInput, $after: String) {
          node(id: $id) {
            ... on Participant {
              facts(filter: $filter, first: 100, after: $after) {
                nodes { id factType kind period { start end precision } }
                pageInfo { hasNextPage endCursor }
              }
            }
          }
        }`,
      { id, filter, after },
    );
    found.push(...(data.node?.facts.nodes ?? []));
    after = data.node?.facts.pageInfo.hasNextPage ? data.node.facts.pageInfo.endCursor : null;
  } while (after);
  return found;
}

/** A province's facts counted by partner country and by year, with the same filter as the graph. */
export async function provinceCounts(
  province: string,
  filter: FactFilter,
): Promise<{ byCountry: Bucket[]; byYear: Bucket[] }> {
  return graphql(
    `query ExplorerCounts($province: ID, $filter: FactFilterInput) {
      byCountry: factCounts(groupBy: COUNTRY, province: $province, filter: $filter) { key label value }
      byYear: factCounts(groupBy: YEAR, province: $province, filter: $filter) { key label value }
    }`,
    { province, filter },
  );
}
