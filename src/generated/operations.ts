/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** STATED by the source, or INFERRED by the curators (who say why). */
export type Certainty =
  | 'INFERRED'
  | 'STATED';

/** INCOMING (đoàn vào) or OUTGOING (đoàn ra) delegations. */
export type Direction =
  | 'INCOMING'
  | 'OUTGOING';

/** Which facts (and, where one participant is asked about, which counterparts) to keep: the one filter of every field that reads facts (a participant's facts and partners, sharedPartners, factCounts, moneyTotals, facts, factStats, rankings). Every field is optional; a list means any of. An option a field cannot honour is refused (BAD_USER_INPUT naming it), never ignored. Roll-ups: with `rollUp` (default true) a participant counts for the places above it: a Vietnamese body for its province, a city abroad for its province abroad, a place, group of localities or organisation abroad for its country, in `participants` and for the participant a field is asked of (a country's facts are its places' too); with `rollUpMerged` a pre-2025 province also counts for the unit it was merged into. An id in `participants` or `sources` naming nothing is NOT_FOUND, in nested fields too. */
export type FactFilterInput = {
  /** Answer as the graph stood at the end of this day: facts recorded by then and not retired by then (retired facts included, later ones left out), so a past answer can be reproduced. Absent: today. */
  asOf?: string | null | undefined;
  /** STATED, INFERRED or both (default). */
  certainty?: Array<Certainty> | null | undefined;
  /** The counterpart's kind. Refused by Query.facts and factStats (no counterpart there). */
  counterpartTypes?: Array<ParticipantType> | null | undefined;
  /** A country (ISO 3166-1 alpha-2, any case: "la" is LA): the counterpart's: the participant on the other side from the one asked about (a province's partners abroad; a foreign place's Vietnamese partners). In Query.facts and factStats, which ask about no participant, a participant on either side (VN: the Vietnamese side). */
  countries?: Array<string> | null | undefined;
  /** e.g. TRAINING, MOU, TWINNING, INCOMING. */
  kinds?: Array<FactKind> | null | undefined;
  /** The counterpart's locality kind (for foreign localities). Refused by Query.facts and factStats. */
  localityKinds?: Array<LocalityKind> | null | undefined;
  /** Facts in which any of these take part, on either side, rolled up (e.g. "country:LA" finds Long An's ties with Khammouane). An id naming nothing is NOT_FOUND. */
  participants?: Array<string | number> | null | undefined;
  /** Facts whose period overlaps this range; undated facts as `period.undated` says. */
  period?: PeriodInput | null | undefined;
  /** A role in the fact: the counterpart's: the participant on the other side from the one asked about (a province's partners abroad; a foreign place's Vietnamese partners). In Query.facts and factStats, which ask about no participant, any participant's. With `participants`, also theirs. */
  roles?: Array<ParticipantRole> | null | undefined;
  /** Count a participant for the places above it (body → province, city → province abroad, place, group or organisation abroad → country) in `participants`, and for the participant a field is asked of: a province's facts and partners include its departments', a country's those of its provinces, cities, groups of localities and organisations (Laos's hold Long An's ties with Khammouane; Vietnam's its provinces'), a province abroad's those of its cities. False: only the participant's own. Default true. */
  rollUp?: boolean | null | undefined;
  /** Count a pre-2025 province for the unit it was merged into in 2025. Default false; a field's own `rollUpMerged: true` turns it on too. */
  rollUpMerged?: boolean | null | undefined;
  /** Facts naming any of these sectors. */
  sectors?: Array<Sector> | null | undefined;
  /** Facts stated by any of these sources (articles), e.g. "source:002_2dc6bf13558371b9". An id naming nothing is NOT_FOUND. */
  sources?: Array<string | number> | null | undefined;
  /** COMPLETED, PLANNED or both (default). */
  status?: Array<FactStatus> | null | undefined;
  /** Agreement, Delegation, Programme, Partnership. */
  types?: Array<FactType> | null | undefined;
};

/** A fact's kind: an AgreementKind, ProgrammeKind or PartnershipKind, or a delegation's Direction. */
export type FactKind =
  | 'AGREEMENT_MINUTES'
  | 'AID_PROJECT'
  | 'BORDER_COOPERATION'
  | 'CONFERENCE'
  | 'CONTRACT'
  | 'COOPERATION'
  | 'COOPERATION_AGREEMENT'
  | 'COORDINATION_AGREEMENT'
  | 'EVENT'
  | 'EXCHANGE'
  | 'FORUM'
  | 'FRIENDSHIP'
  | 'HUMANITARIAN'
  | 'INCOMING'
  | 'INFRASTRUCTURE_SUPPORT'
  | 'INVESTMENT'
  | 'INVESTMENT_PROMOTION'
  | 'JOINT_WORKING_GROUP'
  | 'MEMBERSHIP'
  | 'MOU'
  | 'NEIGHBOURHOOD'
  | 'NGO_ACTIVITY'
  | 'NON_PROJECT_AID'
  | 'OTHER'
  | 'OUTGOING'
  | 'OUTREACH'
  | 'SCHOLARSHIP'
  | 'TOURISM_PROMOTION'
  | 'TRADE_PROMOTION'
  | 'TRAINING'
  | 'TREATY'
  | 'TWINNING'
  | 'VOLUNTEERING';

/** COMPLETED, or PLANNED when the source announces it. */
export type FactStatus =
  | 'COMPLETED'
  | 'PLANNED';

/** The four kinds of fact. */
export type FactType =
  | 'Agreement'
  | 'Delegation'
  | 'Partnership'
  | 'Programme';

/** What a foreign locality is. */
export type LocalityKind =
  | 'BORDER_POST'
  | 'CAPITAL'
  | 'CITY'
  | 'COMMUNE'
  | 'DISTRICT'
  | 'MUNICIPALITY'
  | 'PREFECTURE'
  | 'PROVINCE'
  | 'REGION'
  | 'STATE'
  | 'VILLAGE';

/** Money GIVEN by the Vietnamese side (aid to Laos), or RECEIVED by it (aid, investment). */
export type MoneyDirection =
  | 'GIVEN'
  | 'RECEIVED';

/** PLEDGED (committed), DISBURSED (paid out or spent in the period), or STOCK (accumulated to a date, e.g. registered FDI capital to date). Only amounts of one nature add up. */
export type MoneyNature =
  | 'DISBURSED'
  | 'PLEDGED'
  | 'STOCK';

/** The part a participant plays in a fact: signed (PARTY), hosted, visited, sent, funded, ran, benefited, took part. */
export type ParticipantRole =
  | 'BENEFICIARY'
  | 'FUNDER'
  | 'HOST'
  | 'MEMBER'
  | 'PARTICIPANT'
  | 'PARTY'
  | 'RUNNER'
  | 'SENDER'
  | 'VISITOR';

/** The kinds of participant. */
export type ParticipantType =
  | 'Country'
  | 'ForeignLocality'
  | 'LocalityGroup'
  | 'Organization'
  | 'Province';

/** The level partners are counted at. PLACE: each participant itself (default). PROVINCE_ABROAD: a city abroad counts for its province abroad. COUNTRY: a place, group of localities or organisation abroad counts for its country (a Vietnamese province for Vietnam). An organisation with no country (ASEAN) stays itself at every level, as does any organisation below COUNTRY. */
export type PartnerLevel =
  /** A place, group of localities or organisation counts for its country (JICA for Japan); one with no country stays itself. */
  | 'COUNTRY'
  /** Each participant itself. */
  | 'PLACE'
  /** A city abroad counts for its province, state or prefecture. */
  | 'PROVINCE_ABROAD';

/** A date range (a fact matches when its period overlaps it), and what to do with undated facts. */
export type PeriodInput = {
  /** First day of the range (open when absent). */
  from?: string | null | undefined;
  /** Last day of the range (open when absent). */
  to?: string | null | undefined;
  /** Undated facts: INCLUDE, EXCLUDE or ONLY. Default: EXCLUDE when `from` or `to` is given (an undated fact cannot be said to overlap them), else INCLUDE. */
  undated?: UndatedFacts | null | undefined;
};

/** The precision a period was stated with. */
export type Precision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** PRE_2025: ceased on 2025-07-01; POST_2025: created that day; BOTH: unchanged by the 2025 reform. */
export type ProvinceEra =
  | 'BOTH'
  | 'POST_2025'
  | 'PRE_2025';

/** How a figure relates to the true number: EXACT, AT_LEAST ("trên", "hơn"), ABOUT ("khoảng", "gần"), AT_MOST. */
export type Qualifier =
  | 'ABOUT'
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'EXACT';

/** Field of cooperation a fact concerns. */
export type Sector =
  | 'AGRICULTURE'
  | 'BORDER_MANAGEMENT'
  | 'BORDER_TRADE'
  | 'CULTURE'
  | 'DEFENCE'
  | 'EDUCATION'
  | 'ENERGY'
  | 'ENVIRONMENT'
  | 'GOVERNANCE'
  | 'HEALTH'
  | 'HUMANITARIAN'
  | 'INFORMATION'
  | 'INVESTMENT'
  | 'LABOUR'
  | 'OTHER'
  | 'OVERSEAS_VIETNAMESE'
  | 'PEOPLE_TO_PEOPLE'
  | 'SCIENCE_TECHNOLOGY'
  | 'SECURITY'
  | 'SPORT'
  | 'TOURISM'
  | 'TRADE'
  | 'TRANSPORT';

/** What to do with facts whose source gives no date: keep them, leave them out, or keep only them. */
export type UndatedFacts =
  | 'EXCLUDE'
  | 'INCLUDE'
  | 'ONLY';

export type CountriesAProvinceWorksWithQueryVariables = Exact<{
  of: string | number;
}>;


export type CountriesAProvinceWorksWithQuery = { partners: { totalCount: number, nodes: Array<{ factCount: number, partner:
        | { id: string, nameEn: string }
        | { id: string, nameEn: string }
        | { id: string, nameEn: string }
        | { id: string, nameEn: string }
        | { id: string, nameEn: string }
       }> } };

export type DashboardProvincesPerCountryQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardProvincesPerCountryQuery = { factStats: { totalBuckets: number, rows: Array<{ provinces: number, facts: number, partners: number, keys: Array<{ key: string | null, label: string }> }> } };

export type DatabaseInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseInfoQuery = { databaseInfo: { name: string, edition: string, version: string, database: string, nodeCount: number, relationshipCount: number } };

export type FactsByCountryAndYearQueryVariables = Exact<{
  province?: string | number | null | undefined;
}>;


export type FactsByCountryAndYearQuery = { byCountry: Array<{ key: string, label: string, value: number }>, byYear: Array<{ key: string, label: string, value: number, facts: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > }> };

export type FirstQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstQueryQuery = { foreignLocality: { nameEn: string, partners: { nodes: Array<{ partner:
          | { nameVi: string | null }
          | { nameVi: string | null }
          | { nameVi: string | null }
          | { nameVi: string | null }
          | { nameVi: string | null }
        , facts: Array<
          | { kind: FactKind, certainty: Certainty }
          | { kind: FactKind, certainty: Certainty }
          | { kind: FactKind, certainty: Certainty }
          | { kind: FactKind, certainty: Certainty }
        > }> } } | null };

export type LaoProvincesSonLaTrainsCadresFromQueryVariables = Exact<{ [key: string]: never; }>;


export type LaoProvincesSonLaTrainsCadresFromQuery = { partners: { totalCount: number, nodes: Array<{ partner:
        | { __typename: 'Country', id: string, nameEn: string, nameVi: string | null }
        | { __typename: 'ForeignLocality', id: string, nameEn: string, nameVi: string | null }
        | { __typename: 'LocalityGroup', id: string, nameEn: string, nameVi: string | null, statedCounts: Array<{ count: number, text: string, evidence: { quote: string, source: { fileName: string } } }>, members: Array<{ certainty: Certainty, basis: string, locality: { id: string, nameEn: string, isoCode: string | null } }> }
        | { __typename: 'Organization', id: string, nameEn: string, nameVi: string | null }
        | { __typename: 'Province', id: string, nameEn: string, nameVi: string | null }
      , facts: Array<
        | { id: string, kind: FactKind, certainty: Certainty, period: { start: string | null, end: string | null, precision: Precision } | null, figures: Array<{ value: number, unit: string, qualifier: Qualifier, text: string }>, sources: Array<{ quote: string, source: { fileName: string, title: string | null } }> }
        | { id: string, kind: FactKind, certainty: Certainty, period: { start: string | null, end: string | null, precision: Precision } | null, figures: Array<{ value: number, unit: string, qualifier: Qualifier, text: string }>, sources: Array<{ quote: string, source: { fileName: string, title: string | null } }> }
        | { id: string, kind: FactKind, certainty: Certainty, period: { start: string | null, end: string | null, precision: Precision } | null, figures: Array<{ value: number, unit: string, qualifier: Qualifier, text: string }>, sources: Array<{ quote: string, source: { fileName: string, title: string | null } }> }
        | { id: string, kind: FactKind, certainty: Certainty, period: { start: string | null, end: string | null, precision: Precision } | null, figures: Array<{ value: number, unit: string, qualifier: Qualifier, text: string }>, sources: Array<{ quote: string, source: { fileName: string, title: string | null } }> }
      > }> } };

export type MoneyByCurrencyQueryVariables = Exact<{
  province?: string | number | null | undefined;
}>;


export type MoneyByCurrencyQuery = { moneyTotals: Array<{ currency: string, nature: MoneyNature, direction: MoneyDirection, qualifier: Qualifier, total: number, factCount: number, facts: Array<
      | { id: string, period: { start: string | null, end: string | null } | null, figures: Array<{ text: string, value: number, unit: string, nature: MoneyNature | null, direction: MoneyDirection | null }> }
      | { id: string, period: { start: string | null, end: string | null } | null, figures: Array<{ text: string, value: number, unit: string, nature: MoneyNature | null, direction: MoneyDirection | null }> }
      | { id: string, period: { start: string | null, end: string | null } | null, figures: Array<{ text: string, value: number, unit: string, nature: MoneyNature | null, direction: MoneyDirection | null }> }
      | { id: string, period: { start: string | null, end: string | null } | null, figures: Array<{ text: string, value: number, unit: string, nature: MoneyNature | null, direction: MoneyDirection | null }> }
    > }> };

export type NetworkPathsAndRankingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkPathsAndRankingsQuery = { paths: Array<{ length: number, nodes: Array<
      | { __typename: 'Agreement', id: string }
      | { __typename: 'Country', id: string }
      | { __typename: 'Delegation', id: string }
      | { __typename: 'ForeignLocality', id: string }
      | { __typename: 'LocalityGroup', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Partnership', id: string }
      | { __typename: 'PolicyDocument', id: string }
      | { __typename: 'Programme', id: string }
      | { __typename: 'Province', id: string }
      | { __typename: 'Source', id: string }
    >, steps: Array<{ type: string, from: string, to: string, role: ParticipantRole | null, certainty: Certainty | null }> }>, rankings: Array<{ factCount: number, counterpartCount: number, entity:
      | { id: string, nameEn: string }
      | { id: string, nameEn: string }
      | { id: string, nameEn: string }
      | { id: string, nameEn: string }
      | { id: string, nameEn: string }
     }> };

export type OneFilterEverywhereQueryVariables = Exact<{
  province: string | number;
  filter?: FactFilterInput | null | undefined;
  itself?: FactFilterInput | null | undefined;
}>;


export type OneFilterEverywhereQuery = { province: { nameVi: string | null, withLaos: { totalCount: number, nodes: Array<
        | { id: string, kind: FactKind, period: { start: string | null } | null }
        | { id: string, kind: FactKind, period: { start: string | null } | null }
        | { id: string, kind: FactKind, period: { start: string | null } | null }
        | { id: string, kind: FactKind, period: { start: string | null } | null }
      > }, withLaosItself: { totalCount: number } } | null, byYear: Array<{ key: string, label: string, value: number }> };

export type PlannerWhoWorksWithLaosQueryVariables = Exact<{
  country: string | number;
}>;


export type PlannerWhoWorksWithLaosQuery = { factStats: { rows: Array<{ facts: number, partners: number, keys: Array<{ key: string | null, label: string }> }> }, partners: { nodes: Array<{ factCount: number, partner:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type ProvincesPartnersCountriesSourcesQueryVariables = Exact<{
  first: number;
}>;


export type ProvincesPartnersCountriesSourcesQuery = { provinces: { totalCount: number, nodes: Array<{ id: string, partners: { totalCount: number, nodes: Array<{ partner:
            | { id: string, country: { code: string, nameEn: string } | null }
            | { id: string, country: { code: string, nameEn: string } | null }
            | { id: string, country: { code: string, nameEn: string } | null }
            | { id: string, country: { code: string, nameEn: string } | null }
            | { id: string, country: { code: string, nameEn: string } | null }
          , facts: Array<
            | { id: string, sources: Array<{ quote: string, source: { fileName: string } }> }
            | { id: string, sources: Array<{ quote: string, source: { fileName: string } }> }
            | { id: string, sources: Array<{ quote: string, source: { fileName: string } }> }
            | { id: string, sources: Array<{ quote: string, source: { fileName: string } }> }
          > }> } }> } };

export type ResearcherEveryInferredFactQueryVariables = Exact<{ [key: string]: never; }>;


export type ResearcherEveryInferredFactQuery = { facts: { totalCount: number, nodes: Array<
      | { id: string, kind: FactKind, inference: string | null, sources: Array<{ quote: string, source: { fileName: string } }> }
      | { id: string, kind: FactKind, inference: string | null, sources: Array<{ quote: string, source: { fileName: string } }> }
      | { id: string, kind: FactKind, inference: string | null, sources: Array<{ quote: string, source: { fileName: string } }> }
      | { id: string, kind: FactKind, inference: string | null, sources: Array<{ quote: string, source: { fileName: string } }> }
    >, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RollUpAcrossThe2025MergerQueryVariables = Exact<{ [key: string]: never; }>;


export type RollUpAcrossThe2025MergerQuery = { longAn: { id: string, era: ProvinceEra, mergedInto: { effectiveOn: string, basis: string, into: { id: string, nameVi: string | null } } | null } | null, tayNinh: { nameVi: string | null, era: ProvinceEra, mergedFrom: Array<{ from: { id: string, nameVi: string | null } }>, ownFacts: { totalCount: number }, rolledUp: { totalCount: number, nodes: Array<
        | { id: string, factType: FactType }
        | { id: string, factType: FactType }
        | { id: string, factType: FactType }
        | { id: string, factType: FactType }
      > } } | null };

export type SearchWithoutDiacriticsQueryVariables = Exact<{
  text: string;
}>;


export type SearchWithoutDiacriticsQuery = { search: Array<{ score: number, node:
      | { __typename: 'Agreement', id: string }
      | { __typename: 'Country', nameEn: string, nameVi: string | null, id: string }
      | { __typename: 'Delegation', id: string }
      | { __typename: 'ForeignLocality', nameEn: string, nameVi: string | null, id: string }
      | { __typename: 'LocalityGroup', nameEn: string, nameVi: string | null, id: string }
      | { __typename: 'Organization', nameEn: string, nameVi: string | null, id: string }
      | { __typename: 'Partnership', id: string }
      | { __typename: 'PolicyDocument', id: string }
      | { __typename: 'Programme', id: string }
      | { __typename: 'Province', nameEn: string, nameVi: string | null, id: string }
      | { __typename: 'Source', id: string }
     }> };

export type SharedPartnersByCountryQueryVariables = Exact<{
  of: Array<string | number> | string | number;
  level: PartnerLevel;
  countries?: Array<string> | string | null | undefined;
}>;


export type SharedPartnersByCountryQuery = { sharedPartners: Array<{ partner:
      | { id: string, nameEn: string }
      | { id: string, nameEn: string }
      | { id: string, nameEn: string }
      | { id: string, nameEn: string }
      | { id: string, nameEn: string }
    , ties: Array<{ of:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , facts: Array<
        | { id: string, factType: FactType }
        | { id: string, factType: FactType }
        | { id: string, factType: FactType }
        | { id: string, factType: FactType }
      > }> }> };

export type SharedPartnersQueryVariables = Exact<{
  of: Array<string | number> | string | number;
}>;


export type SharedPartnersQuery = { sharedPartners: Array<{ partner:
      | { id: string, nameEn: string }
      | { id: string, nameEn: string }
      | { id: string, nameEn: string }
      | { id: string, nameEn: string }
      | { id: string, nameEn: string }
    , ties: Array<{ of:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , facts: Array<
        | { id: string, factType: FactType }
        | { id: string, factType: FactType }
        | { id: string, factType: FactType }
        | { id: string, factType: FactType }
      > }> }> };

export type SonLaDelegationFlowsQueryVariables = Exact<{ [key: string]: never; }>;


export type SonLaDelegationFlowsQuery = { delegationFlows: Array<{ direction: Direction, countryCode: string | null, shareOfDelegations: number | null, shareOfPeople: number | null, country: { nameEn: string } | null, delegations: { value: number, qualifier: Qualifier, unit: string } | null, people: { value: number, qualifier: Qualifier, unit: string } | null, records: Array<{ id: string, sources: Array<{ quote: string }> }> }> };

export type VietnameseProvincesWorkingWithYunnanQueryVariables = Exact<{ [key: string]: never; }>;


export type VietnameseProvincesWorkingWithYunnanQuery = { foreignLocality: { id: string, nameEn: string, partners: { totalCount: number, nodes: Array<{ partner:
          | { id: string, nameVi: string | null }
          | { id: string, nameVi: string | null }
          | { id: string, nameVi: string | null }
          | { id: string, nameVi: string | null }
          | { id: string, nameVi: string | null }
        , facts: Array<
          | { title: string | null, factType: FactType, kind: FactKind, sectors: Array<Sector>, sources: Array<{ quote: string }> }
          | { factType: FactType, kind: FactKind, sectors: Array<Sector>, sources: Array<{ quote: string }> }
          | { factType: FactType, kind: FactKind, sectors: Array<Sector>, sources: Array<{ quote: string }> }
          | { name: string | null, factType: FactType, kind: FactKind, sectors: Array<Sector>, sources: Array<{ quote: string }> }
        > }> } } | null };


export const CountriesAProvinceWorksWithDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountriesAProvinceWorksWith"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COUNTRY"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"FACT_COUNT"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factCount"}}]}}]}}]}}]} as unknown as DocumentNode<CountriesAProvinceWorksWithQuery, CountriesAProvinceWorksWithQueryVariables>;
export const DashboardProvincesPerCountryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardProvincesPerCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUNTRY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"PROVINCES"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"having"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"PROVINCES"}},{"kind":"ObjectField","name":{"kind":"Name","value":"min"},"value":{"kind":"IntValue","value":"2"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalBuckets"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardProvincesPerCountryQuery, DashboardProvincesPerCountryQueryVariables>;
export const DatabaseInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatabaseInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"databaseInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}}]}}]}}]} as unknown as DocumentNode<DatabaseInfoQuery, DatabaseInfoQueryVariables>;
export const FactsByCountryAndYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactsByCountryAndYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byCountry"},"name":{"kind":"Name","value":"factCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COUNTRY"}},{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byYear"},"name":{"kind":"Name","value":"factCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FactsByCountryAndYearQuery, FactsByCountryAndYearQueryVariables>;
export const FirstQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"foreignLocality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"van nam","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"counterpartTypes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"Province"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"certainty"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstQueryQuery, FirstQueryQueryVariables>;
export const LaoProvincesSonLaTrainsCadresFromDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LaoProvincesSonLaTrainsCadresFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"StringValue","value":"province:son-la","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"countries"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"LA","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TRAINING"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalityGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statedCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"isoCode"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LaoProvincesSonLaTrainsCadresFromQuery, LaoProvincesSonLaTrainsCadresFromQueryVariables>;
export const MoneyByCurrencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyByCurrency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moneyTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"factCount"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoneyByCurrencyQuery, MoneyByCurrencyQueryVariables>;
export const NetworkPathsAndRankingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPathsAndRankings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"province:son-la","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"province:lai-chau","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"certainty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"ForeignLocality"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factCount"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartCount"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkPathsAndRankingsQuery, NetworkPathsAndRankingsQueryVariables>;
export const OneFilterEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OneFilterEverywhere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FactFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itself"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FactFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","alias":{"kind":"Name","value":"withLaos"},"name":{"kind":"Name","value":"facts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"withLaosItself"},"name":{"kind":"Name","value":"facts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itself"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byYear"},"name":{"kind":"Name","value":"factCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<OneFilterEverywhereQuery, OneFilterEverywhereQueryVariables>;
export const PlannerWhoWorksWithLaosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerWhoWorksWithLaos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROVINCE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"participants"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"country"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factCount"}}]}}]}}]}}]} as unknown as DocumentNode<PlannerWhoWorksWithLaosQuery, PlannerWhoWorksWithLaosQueryVariables>;
export const ProvincesPartnersCountriesSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvincesPartnersCountriesSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvincesPartnersCountriesSourcesQuery, ProvincesPartnersCountriesSourcesQueryVariables>;
export const ResearcherEveryInferredFactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResearcherEveryInferredFact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"certainty"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INFERRED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inference"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ResearcherEveryInferredFactQuery, ResearcherEveryInferredFactQueryVariables>;
export const RollUpAcrossThe2025MergerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RollUpAcrossThe2025Merger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"longAn"},"name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Long An","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"era"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"into"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tayNinh"},"name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"province:tay-ninh-2025","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"era"}},{"kind":"Field","name":{"kind":"Name","value":"mergedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ownFacts"},"name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"rolledUp"},"name":{"kind":"Name","value":"facts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rollUpMerged"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NEWEST_FIRST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RollUpAcrossThe2025MergerQuery, RollUpAcrossThe2025MergerQueryVariables>;
export const SearchWithoutDiacriticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchWithoutDiacritics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchWithoutDiacriticsQuery, SearchWithoutDiacriticsQueryVariables>;
export const SharedPartnersByCountryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedPartnersByCountry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countries"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryCode"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"countries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countries"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedPartnersByCountryQuery, SharedPartnersByCountryQueryVariables>;
export const SharedPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"factType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedPartnersQuery, SharedPartnersQueryVariables>;
export const SonLaDelegationFlowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SonLaDelegationFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegationFlows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"StringValue","value":"province:son-la","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2017-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2018-04-30","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareOfDelegations"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfPeople"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SonLaDelegationFlowsQuery, SonLaDelegationFlowsQueryVariables>;
export const VietnameseProvincesWorkingWithYunnanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VietnameseProvincesWorkingWithYunnan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"foreignLocality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Vân Nam","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"counterpartTypes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"Province"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factType"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VietnameseProvincesWorkingWithYunnanQuery, VietnameseProvincesWorkingWithYunnanQueryVariables>;