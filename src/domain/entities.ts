import type { Certainty, Direction, FactType, ParticipantRole, Precision, Qualifier } from "./model";

/**
 * What the repositories return: the graph's nodes and relationships as plain, typed values. They know
 * nothing of GraphQL; the GraphQL object types mirror them field for field. Dates are ISO strings.
 */

export const ENTITY_TYPES = [
  "Province",
  "Country",
  "ForeignLocality",
  "LocalityGroup",
  "Organization",
  "PolicyDocument",
  "Source",
  "Agreement",
  "Delegation",
  "Programme",
  "Partnership",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Told of every entity a read brings along, e.g. to prime the request's entity loader. */
export type EntitiesSeen = (entity: Entity) => void;

export interface PeriodValue {
  start: string | null;
  end: string | null;
  precision: Precision;
  /** Null when the quote states it; else PARAGRAPH or ARTICLE, with the words it rests on. */
  takenFrom: string | null;
  basis: string | null;
}

interface Base<T extends EntityType> {
  id: string;
  /** The GraphQL type name, which resolves the Node, Fact and Participant interfaces. */
  typename: T;
}

interface Named {
  nameVi: string | null;
  nameEn: string;
  aliases: string[];
  /** The country the entity belongs to (a country's own code); null for international bodies. */
  countryCode: string | null;
}

export interface ProvinceEntity extends Base<"Province">, Named {
  kind: string;
  era: string;
  isoCode: string | null;
  officialCode: string | null;
  seat: string | null;
  note: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

export interface CountryEntity extends Base<"Country">, Named {
  code: string;
  alpha3: string;
  officialNameVi: string | null;
  officialNameEn: string | null;
}

export interface ForeignLocalityEntity extends Base<"ForeignLocality">, Named {
  kind: string;
  isoCode: string | null;
  nameLocal: string | null;
  note: string | null;
}

export interface LocalityGroupEntity extends Base<"LocalityGroup">, Named {
  membershipNote: string | null;
}

export interface OrganizationEntity extends Base<"Organization">, Named {
  kind: string;
}

export interface PolicyDocumentEntity extends Base<"PolicyDocument"> {
  number: string | null;
  kind: string;
  issuer: string | null;
  issuedOn: string | null;
  title: string | null;
}

export interface SourceEntity extends Base<"Source"> {
  fileName: string;
  title: string | null;
  publisher: string | null;
  publishedOn: string | null;
  author: string | null;
  url: string | null;
  period: PeriodValue | null;
}

interface FactBase<T extends FactType> extends Base<T> {
  factType: T;
  kind: string;
  status: string;
  description: string | null;
  sectors: string[];
  period: PeriodValue | null;
  certainty: Certainty;
  inference: string | null;
}

export interface AgreementEntity extends FactBase<"Agreement"> {
  title: string | null;
  signedOn: string | null;
}

export interface DelegationEntity extends FactBase<"Delegation"> {
  direction: Direction;
  purpose: string | null;
}

export interface ProgrammeEntity extends FactBase<"Programme"> {
  name: string | null;
}

export type PartnershipEntity = FactBase<"Partnership">;

export type FactEntity = AgreementEntity | DelegationEntity | ProgrammeEntity | PartnershipEntity;
export type ParticipantEntity =
  | ProvinceEntity
  | CountryEntity
  | ForeignLocalityEntity
  | LocalityGroupEntity
  | OrganizationEntity;
export type Entity = ParticipantEntity | PolicyDocumentEntity | SourceEntity | FactEntity;

/** A quote that states a fact, from one source. */
export interface EvidenceValue {
  sourceId: string;
  quote: string;
}

export interface FigureValue {
  measure: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  text: string;
  /** Money only: GIVEN or RECEIVED by the Vietnamese side, and PLEDGED, DISBURSED or STOCK. */
  direction?: string | null;
  nature?: string | null;
}

/** One participant of a fact: the Vietnamese side (ACTOR) or the foreign side (PARTNER), with its role. */
export interface ParticipationValue {
  side: "ACTOR" | "PARTNER";
  role: ParticipantRole;
  participantId: string;
}

export interface MergerValue {
  fromId: string;
  toId: string;
  effectiveOn: string;
  basis: string;
}

export interface MembershipValue {
  localityId: string;
  groupId: string;
  certainty: Certainty;
  basis: string;
}

export interface StatedCountValue {
  count: number;
  text: string;
  sourceId: string;
  quote: string;
}

export interface CitationValue {
  citingId: string;
  documentId: string;
  certainty: Certainty;
  evidence: EvidenceValue[];
}
