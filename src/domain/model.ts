/**
 * The vocabulary of the knowledge graph: every enumerated value a node, a relationship, a seed file or
 * (later) the GraphQL schema may carry. One list per concept, so the layers cannot drift apart.
 */

/** How a fact is known: stated by its source, or inferred by the curators (with a reason). */
export const CERTAINTIES = ["STATED", "INFERRED"] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** How a figure relates to the true number: "trên 17 tỉ" is AT_LEAST, "khoảng 3 tỉ" is ABOUT. */
export const QUALIFIERS = ["EXACT", "AT_LEAST", "ABOUT", "AT_MOST"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** The precision a period was stated with: "năm 2015" is YEAR, "tháng 10/2016" is MONTH. */
export const PRECISIONS = ["YEAR", "MONTH", "DAY"] as const;
export type Precision = (typeof PRECISIONS)[number];

export const PROVINCE_KINDS = ["PROVINCE", "CENTRAL_CITY"] as const;
/** Which side of the 2025 reform a provincial unit belongs to; BOTH for units it left unchanged. */
export const PROVINCE_ERAS = ["PRE_2025", "POST_2025", "BOTH"] as const;

export const LOCALITY_KINDS = [
  "PROVINCE",
  "CAPITAL",
  "STATE",
  "PREFECTURE",
  "MUNICIPALITY",
  "CITY",
  "REGION",
  "DISTRICT",
  "COMMUNE",
  "VILLAGE",
  "BORDER_POST",
] as const;

export const ORGANIZATION_KINDS = [
  "EMBASSY",
  "CONSULATE",
  "GOVERNMENT_AGENCY",
  "AID_AGENCY",
  "NGO",
  "BUSINESS_ASSOCIATION",
  "COMPANY",
  "MILITARY_COMMAND",
  "POLICE",
  "BORDER_POST",
  "ACADEMY",
  "SCHOOL",
  "HOSPITAL",
  "PARTY_BODY",
  "MASS_ORGANISATION",
  "INTERNATIONAL_ORGANISATION",
  "OTHER",
] as const;

export const POLICY_DOCUMENT_KINDS = [
  "RESOLUTION",
  "DIRECTIVE",
  "DECISION",
  "PROGRAMME",
  "PLAN",
  "STRATEGY",
  "CONCLUSION",
  "REGULATION",
  "LAW",
  "TREATY",
  "OTHER",
] as const;

/** The four kinds of fact node; each also carries the label Fact. */
export const FACT_TYPES = ["Agreement", "Delegation", "Programme", "Partnership"] as const;
export type FactType = (typeof FACT_TYPES)[number];

export const AGREEMENT_KINDS = [
  "MOU",
  "AGREEMENT_MINUTES",
  "COOPERATION_AGREEMENT",
  "TWINNING",
  "COORDINATION_AGREEMENT",
  "TREATY",
  "CONTRACT",
  "OTHER",
] as const;

export const PROGRAMME_KINDS = [
  "TRAINING",
  "SCHOLARSHIP",
  "AID_PROJECT",
  "NON_PROJECT_AID",
  "HUMANITARIAN",
  "INFRASTRUCTURE_SUPPORT",
  "EVENT",
  "FORUM",
  "CONFERENCE",
  "INVESTMENT_PROMOTION",
  "TRADE_PROMOTION",
  "TOURISM_PROMOTION",
  "INVESTMENT",
  "EXCHANGE",
  "JOINT_WORKING_GROUP",
  "BORDER_COOPERATION",
  "OUTREACH",
  "NGO_ACTIVITY",
  "VOLUNTEERING",
  "OTHER",
] as const;

/** A standing tie stated without a specific agreement, delegation or programme. */
export const PARTNERSHIP_KINDS = [
  "COOPERATION",
  "FRIENDSHIP",
  "TWINNING",
  "NEIGHBOURHOOD",
  "MEMBERSHIP",
  "OTHER",
] as const;

export const DIRECTIONS = ["INCOMING", "OUTGOING"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The kinds each fact type takes: a delegation's kind is its direction. */
export const KINDS_OF_FACT_TYPE: Record<FactType, readonly string[]> = {
  Agreement: AGREEMENT_KINDS,
  Delegation: DIRECTIONS,
  Programme: PROGRAMME_KINDS,
  Partnership: PARTNERSHIP_KINDS,
};

export const FACT_STATUSES = ["COMPLETED", "PLANNED"] as const;

/** Where a fact the ingest proposed stands in the review queue. */
export const PROPOSAL_STATUSES = ["PROPOSED", "ACCEPTED", "REJECTED"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const SECTORS = [
  "EDUCATION",
  "HEALTH",
  "AGRICULTURE",
  "TRADE",
  "BORDER_TRADE",
  "INVESTMENT",
  "TOURISM",
  "CULTURE",
  "SPORT",
  "SECURITY",
  "DEFENCE",
  "BORDER_MANAGEMENT",
  "TRANSPORT",
  "ENERGY",
  "ENVIRONMENT",
  "LABOUR",
  "SCIENCE_TECHNOLOGY",
  "INFORMATION",
  "PEOPLE_TO_PEOPLE",
  "GOVERNANCE",
  "HUMANITARIAN",
  "OVERSEAS_VIETNAMESE",
  "OTHER",
] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * The part a participant plays in a fact. The Vietnamese side is linked by ACTOR, the foreign side by
 * PARTNER, and the role says how: who signed, hosted, visited, funded, ran or benefited. Which record
 * field gives which role is src/records/participant-fields.ts.
 */
export const PARTICIPANT_ROLES = [
  "PARTY",
  "HOST",
  "VISITOR",
  "SENDER",
  "FUNDER",
  "RUNNER",
  "BENEFICIARY",
  "PARTICIPANT",
  "MEMBER",
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/**
 * Whether a participant stands on the Vietnamese side of a fact (linked by ACTOR): a province, or
 * anything in Vietnam (a Vietnamese organisation, the country itself). `label` is the node's type.
 */
export function isVietnamese(label: string | null, countryCode: string | null | undefined): boolean {
  return label === "Province" || countryCode === "VN";
}

/** Where a period comes from when its quote gives no date: the quote's paragraph, or the article's period. */
export const PERIOD_SOURCES = ["PARAGRAPH", "ARTICLE"] as const;

/** Which way money flows, seen from the Vietnamese side: aid it gives, or aid and investment it receives. */
export const MONEY_DIRECTIONS = ["GIVEN", "RECEIVED"] as const;
/**
 * What an amount of money is: a commitment (giá trị cam kết, vốn đăng ký of a year), money actually
 * paid out or spent (giải ngân, tổng kinh phí), or a stock accumulated to a date (vốn đăng ký "đến nay").
 * Only amounts of one nature add up.
 */
export const MONEY_NATURES = ["PLEDGED", "DISBURSED", "STOCK"] as const;

/** The date the provinces of Resolution 202/2025/QH15 began operating. */
export const REFORM_2025_EFFECTIVE_ON = "2025-07-01";
