import type { Driver } from "neo4j-driver";
import { participantFactsList } from "../src/modules/network/network.types";
import { toLuceneQuery } from "../src/modules/search/search.repository";
import { encodeCursor } from "../src/shared/pagination";
import { rawStatement } from "./raw/raw-server";

/** The questions, in the order they are asked. */
export const QUESTION_NAMES = ["mission", "nested", "dashboard", "search", "path", "page", "fixed"] as const;
export type QuestionName = (typeof QUESTION_NAMES)[number];

/**
 * The questions of the benchmark, each asked three ways for the same answer: our API, hand-written
 * Cypher (bench/raw/raw-questions.cypher) and @neo4j/graphql (bench/peer). Where the peer's generated
 * API cannot ask a question, it asks through a @cypher field of its type definitions, as its users do.
 */
export interface Question {
  name: QuestionName;
  title: string;
  /** One traversal from one indexed start: the questions held to "within 1.15x of raw". */
  singleTraversal: boolean;
  ours: GraphQLRequest;
  /**
   * The peer in the form its users would write (the headline); absent where its generated API has no
   * like-for-like form of the question.
   */
  peer?: GraphQLRequest;
  /** The peer's plain form, where it differs from the idiomatic one (measured beside it). */
  peerPlain?: GraphQLRequest;
  raw: { question: string; variables: Record<string, unknown> };
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface QuestionSettings {
  /** The province the mission, dashboard and deep page ask about. */
  province: string;
  /** Where the path question ends. */
  pathTo: string;
  searchText: string;
  /** How far into the province's facts the deep page starts (0 to 1). */
  pageDepth: number;
}

export const DEFAULT_SETTINGS: QuestionSettings = {
  province: "province:son-la",
  pathTo: "province:lai-chau",
  searchText: "luang kham",
  pageDepth: 0.8,
};

/** Our API's largest page: the mission asks ours, and raw, for that page of partners. */
const MISSION_PARTNERS = 100;
const NESTED_PROVINCES = 5;
const NESTED_FACTS = 10;
const PAGE_SIZE = 20;
const FIXED_PARTNERS = 20;

/** The questions with their variables, some read from the graph (the deep page's cursors). */
export async function prepareQuestions(driver: Driver, settings = DEFAULT_SETTINGS): Promise<Question[]> {
  const deep = await deepItem(driver, settings);
  const lucene = toLuceneQuery(settings.searchText) ?? settings.searchText;
  return [
    {
      name: "mission",
      title: "Lao provinces Sơn La trains cadres from (the mission's traversal)",
      singleTraversal: true,
      ours: {
        query: /* GraphQL */ `
          query Mission($of: ID!, $first: Int!) {
            partners(of: $of, filter: { countries: ["LA"], kinds: [TRAINING] }, first: $first) {
              totalCount
              nodes {
                partner {
                  __typename
                  id
                  nameEn
                  ... on LocalityGroup { members { certainty basis locality { id nameEn } } }
                }
                facts { id kind period { start end } sources { quote source { id fileName } } }
              }
            }
          }`,
        variables: { of: settings.province, first: MISSION_PARTNERS },
      },
      peer: {
        query: /* GraphQL */ `
          query Mission($of: ID!) {
            provinces(where: { id: { eq: $of } }) {
              facts(
                where: {
                  kind: { eq: "TRAINING" }
                  OR: [
                    { localities: { some: { countryCode: { eq: "LA" } } } }
                    { groups: { some: { countryCode: { eq: "LA" } } } }
                    { countries: { some: { code: { eq: "LA" } } } }
                    { organizations: { some: { countryCode: { eq: "LA" } } } }
                  ]
                }
                sort: [{ id: ASC }]
              ) {
                id
                kind
                periodStart
                periodEnd
                localities(where: { countryCode: { eq: "LA" } }) { id nameEn }
                groups(where: { countryCode: { eq: "LA" } }) {
                  id
                  nameEn
                  membersConnection { edges { properties { certainty basis } node { id nameEn } } }
                }
                countries(where: { code: { eq: "LA" } }) { id nameEn }
                organizations(where: { countryCode: { eq: "LA" } }) { id nameEn }
                sourcesConnection { edges { properties { quote } node { id fileName } } }
              }
            }
          }`,
        variables: { of: settings.province },
      },
      raw: {
        question: "mission",
        variables: { of: settings.province, kinds: ["TRAINING"], countries: ["LA"], first: MISSION_PARTNERS },
      },
    },
    {
      name: "nested",
      title: "Nested list: provinces → facts → partners → country, and sources (3 levels)",
      singleTraversal: false,
      ours: {
        query: /* GraphQL */ `
          query Nested($provinces: Int!, $facts: Int!) {
            provinces(first: $provinces) {
              nodes {
                id
                facts(first: $facts) {
                  nodes {
                    id
                    partners { participant { id country { id code nameEn } } }
                    sources { quote source { id fileName } }
                  }
                }
              }
            }
          }`,
        variables: { provinces: NESTED_PROVINCES, facts: NESTED_FACTS },
      },
      // Its connection cuts the page first: what its users write for a page of a long list.
      peer: {
        query: /* GraphQL */ `
          query Nested($provinces: Int!, $facts: Int!) {
            provinces(limit: $provinces, sort: [{ id: ASC }]) {
              id
              factsConnection(first: $facts, sort: [{ node: { periodStart: ASC } }, { node: { id: ASC } }]) {
                edges {
                  node {
                    id
                    localities { id country { id code nameEn } }
                    groups { id country { id code nameEn } }
                    countries { id code nameEn }
                    organizations { id country { id code nameEn } }
                    sourcesConnection { edges { properties { quote } node { id fileName } } }
                  }
                }
              }
            }
          }`,
        variables: { provinces: NESTED_PROVINCES, facts: NESTED_FACTS },
      },
      // A nested list field resolves every related node before its limit (7.6.3).
      peerPlain: {
        query: /* GraphQL */ `
          query Nested($provinces: Int!, $facts: Int!) {
            provinces(limit: $provinces, sort: [{ id: ASC }]) {
              id
              facts(limit: $facts, sort: [{ periodStart: ASC }, { id: ASC }]) {
                id
                localities { id country { id code nameEn } }
                groups { id country { id code nameEn } }
                countries { id code nameEn }
                organizations { id country { id code nameEn } }
                sourcesConnection { edges { properties { quote } node { id fileName } } }
              }
            }
          }`,
        variables: { provinces: NESTED_PROVINCES, facts: NESTED_FACTS },
      },
      raw: { question: "nested", variables: { provinces: NESTED_PROVINCES, facts: NESTED_FACTS } },
    },
    {
      name: "dashboard",
      title: "Dashboard: a province's facts counted by partner country and by year",
      singleTraversal: false,
      ours: {
        query: /* GraphQL */ `
          query Dashboard($province: ID) {
            byCountry: factCounts(groupBy: COUNTRY, province: $province) { key label value }
            byYear: factCounts(
              groupBy: YEAR
              province: $province
              # The dated facts by year, the chart raw and the peer draw; ours would add an "undated" bucket.
              filter: { period: { undated: EXCLUDE } }
            ) { key label value }
          }`,
        variables: { province: settings.province },
      },
      // One @cypher field returning both charts reads the facts once, as a user would write it.
      peer: {
        query: /* GraphQL */ `
          query Dashboard($province: ID!) {
            factCharts(province: $province) {
              byCountry { key label value }
              byYear { key label value }
            }
          }`,
        variables: { province: settings.province },
      },
      // Two @cypher root fields: the province's facts are read once per chart.
      peerPlain: {
        query: /* GraphQL */ `
          query Dashboard($province: ID!) {
            byCountry: factCounts(groupBy: "COUNTRY", province: $province) { key label value }
            byYear: factCounts(groupBy: "YEAR", province: $province) { key label value }
          }`,
        variables: { province: settings.province },
      },
      raw: { question: "dashboard", variables: { province: settings.province } },
    },
    {
      name: "search",
      title: "Search: foreign localities by name, without diacritics",
      singleTraversal: true,
      ours: {
        query: /* GraphQL */ `
          query Search($text: String!) {
            search(text: $text, first: 10, types: [ForeignLocality]) {
              score
              node { id ... on ForeignLocality { nameEn countryCode } }
            }
          }`,
        variables: { text: settings.searchText },
      },
      peer: {
        query: /* GraphQL */ `
          query Search($phrase: String!) {
            searchLocalities(phrase: $phrase, limit: 10) { id nameEn countryCode }
          }`,
        variables: { phrase: lucene },
      },
      raw: { question: "search", variables: { query: lucene, limit: 10 } },
    },
    {
      name: "path",
      title: "Bounded path: shortest chains of facts between two provinces (at most 4 steps)",
      singleTraversal: true,
      ours: {
        query: /* GraphQL */ `
          query Path($from: ID!, $to: ID!) {
            paths(from: $from, to: $to, maxLength: 4, first: 3) {
              length
              nodes { id }
              steps { type from to role }
            }
          }`,
        variables: { from: settings.province, to: settings.pathTo },
      },
      peer: {
        query: /* GraphQL */ `
          query Path($from: ID!, $to: ID!) {
            paths(from: $from, to: $to, maxLength: 4, first: 3) {
              length
              nodeIds
              steps { type from to role }
            }
          }`,
        variables: { from: settings.province, to: settings.pathTo },
      },
      raw: {
        question: "path",
        variables: { from: settings.province, to: settings.pathTo, maxLength: 4, first: 3 },
      },
    },
    {
      name: "page",
      title: `Connection page ${Math.round(settings.pageDepth * 100)}% deep into a province's facts, with totalCount`,
      singleTraversal: true,
      ours: {
        query: /* GraphQL */ `
          query Page($province: ID!, $after: String) {
            province(id: $province) {
              facts(first: ${PAGE_SIZE}, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { id factType }
              }
            }
          }`,
        variables: { province: settings.province, after: deep.cursor },
      },
      // A list with offset and limit beside a count: what answers where its connection fails.
      peer: {
        query: /* GraphQL */ `
          query Page($province: ID!, $offset: Int!) {
            provinces(where: { id: { eq: $province } }) {
              facts(offset: $offset, limit: ${PAGE_SIZE}, sort: [{ periodStart: ASC }, { id: ASC }]) { id factType }
              factsConnection { totalCount }
            }
          }`,
        variables: { province: settings.province, offset: deep.peerOffset + 1 },
      },
      // Its offset connection runs out of transaction memory on a long list (a known issue).
      peerPlain: {
        query: /* GraphQL */ `
          query Page($province: ID!, $after: String) {
            provinces(where: { id: { eq: $province } }) {
              factsConnection(first: ${PAGE_SIZE}, after: $after, sort: [{ node: { periodStart: ASC } }, { node: { id: ASC } }]) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { node { id factType } }
              }
            }
          }`,
        // The peer's cursors are offsets (graphql-relay's "arrayconnection:<offset>") into its own list.
        variables: {
          province: settings.province,
          after: Buffer.from(`arrayconnection:${deep.peerOffset}`).toString("base64"),
        },
      },
      raw: {
        question: "page",
        variables: {
          province: settings.province,
          afterKey: deep.key,
          afterId: deep.id,
          limit: PAGE_SIZE + 1,
        },
      },
    },
    {
      name: "fixed",
      title: `Fixed size: the province's first ${FIXED_PARTNERS} partners with their facts and quotes`,
      singleTraversal: true,
      ours: {
        query: /* GraphQL */ `
          query Fixed($of: ID!, $first: Int!) {
            partners(of: $of, first: $first) {
              nodes {
                partner { id nameEn }
                facts { id kind sources { quote source { id fileName } } }
              }
            }
          }`,
        variables: { of: settings.province, first: FIXED_PARTNERS },
      },
      // The peer's generated API has no partners: it lists facts, not the counterparts they share.
      raw: { question: "fixed", variables: { of: settings.province, first: FIXED_PARTNERS } },
    },
  ];
}

interface DeepItem {
  /** Where the item sits in the peer's list of the province's facts. */
  peerOffset: number;
  key: number;
  id: string;
  cursor: string;
}

async function deepItem(driver: Driver, settings: QuestionSettings): Promise<DeepItem> {
  const { records } = await driver.executeQuery(rawStatement("deep-item"), {
    province: settings.province,
    depth: settings.pageDepth,
  });
  const item = records[0]?.get("item") as { key: number; id: string } | null;
  if (!item) {
    throw new Error(`${settings.province} has no facts to page through`);
  }
  return {
    peerOffset: records[0]?.get("peerOffset") as number,
    key: item.key,
    id: item.id,
    // The cursor of a province's facts oldest first, as the API tags it.
    cursor: encodeCursor(item.key, item.id, participantFactsList("OLDEST_FIRST")),
  };
}
