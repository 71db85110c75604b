import { registerEnumType } from "type-graphql";
import {
  AGREEMENT_KINDS,
  CERTAINTIES,
  DIRECTIONS,
  FACT_STATUSES,
  FACT_TYPES,
  LOCALITY_KINDS,
  MONEY_DIRECTIONS,
  MONEY_NATURES,
  ORGANIZATION_KINDS,
  PARTICIPANT_ROLES,
  PARTNERSHIP_KINDS,
  PERIOD_SOURCES,
  POLICY_DOCUMENT_KINDS,
  PRECISIONS,
  PROGRAMME_KINDS,
  PROPOSAL_STATUSES,
  PROVINCE_ERAS,
  PROVINCE_KINDS,
  QUALIFIERS,
  SECTORS,
} from "../domain/model";

/**
 * The GraphQL enums, made from the domain's value lists (src/domain/model.ts) so that the schema,
 * the seed format and the database speak the same words. Import a constant to use it as a type.
 */
function enumOf<const T extends readonly string[]>(values: T, name: string, description: string) {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const PeriodSource = enumOf(
  PERIOD_SOURCES,
  "PeriodSource",
  "Where an inferred period comes from: the quote's PARAGRAPH, or the ARTICLE's reporting period.",
);
export const MoneyDirection = enumOf(
  MONEY_DIRECTIONS,
  "MoneyDirection",
  "Money GIVEN by the Vietnamese side (aid to Laos), or RECEIVED by it (aid, investment).",
);
export const MoneyNature = enumOf(
  MONEY_NATURES,
  "MoneyNature",
  "PLEDGED (committed), DISBURSED (paid out or spent in the period), or STOCK (accumulated to a date, e.g. registered FDI capital to date). Only amounts of one nature add up.",
);
export const Certainty = enumOf(
  CERTAINTIES,
  "Certainty",
  "STATED by the source, or INFERRED by the curators (who say why).",
);
export const Qualifier = enumOf(
  QUALIFIERS,
  "Qualifier",
  'How a figure relates to the true number: EXACT, AT_LEAST ("trên", "hơn"), ABOUT ("khoảng", "gần"), AT_MOST.',
);
export const Precision = enumOf(PRECISIONS, "Precision", "The precision a period was stated with.");
export const Direction = enumOf(
  DIRECTIONS,
  "Direction",
  "INCOMING (đoàn vào) or OUTGOING (đoàn ra) delegations.",
);
export const FactType = enumOf(FACT_TYPES, "FactType", "The four kinds of fact.");
export const FactStatus = enumOf(
  FACT_STATUSES,
  "FactStatus",
  "COMPLETED, or PLANNED when the source announces it.",
);
export const ParticipantRole = enumOf(
  PARTICIPANT_ROLES,
  "ParticipantRole",
  "The part a participant plays in a fact: signed (PARTY), hosted, visited, sent, funded, ran, benefited, took part.",
);
export const Sector = enumOf(SECTORS, "Sector", "Field of cooperation a fact concerns.");
export const ProvinceKind = enumOf(PROVINCE_KINDS, "ProvinceKind", "Province (tỉnh) or centrally-run city.");
export const ProvinceEra = enumOf(
  PROVINCE_ERAS,
  "ProvinceEra",
  "PRE_2025: ceased on 2025-07-01; POST_2025: created that day; BOTH: unchanged by the 2025 reform.",
);
export const LocalityKind = enumOf(LOCALITY_KINDS, "LocalityKind", "What a foreign locality is.");
export const OrganizationKind = enumOf(ORGANIZATION_KINDS, "OrganizationKind", "What an organisation is.");
export const PolicyDocumentKind = enumOf(
  POLICY_DOCUMENT_KINDS,
  "PolicyDocumentKind",
  "What a policy document is.",
);
export const AgreementKind = enumOf(AGREEMENT_KINDS, "AgreementKind", "What an agreement is.");
export const ProgrammeKind = enumOf(PROGRAMME_KINDS, "ProgrammeKind", "What a programme is.");
export const PartnershipKind = enumOf(PARTNERSHIP_KINDS, "PartnershipKind", "What a standing tie is.");
export const FactKind = enumOf(
  [...new Set([...AGREEMENT_KINDS, ...DIRECTIONS, ...PROGRAMME_KINDS, ...PARTNERSHIP_KINDS])],
  "FactKind",
  "A fact's kind: an AgreementKind, ProgrammeKind or PartnershipKind, or a delegation's Direction.",
);

export const ProposalStatus = enumOf(
  PROPOSAL_STATUSES,
  "ProposalStatus",
  "Where a proposed fact stands: waiting for an editor, accepted (now a fact) or rejected.",
);
