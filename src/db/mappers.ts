import { isDate, type Node } from "neo4j-driver";
import type { Entity, EntityType, PeriodValue } from "../domain/entities";
import { ENTITY_TYPES } from "../domain/entities";
import type { Precision } from "../domain/model";

/** Turns Neo4j nodes and values into the plain domain values the repositories return. */

type Props = Record<string, unknown>;

export function toEntity(node: Node): Entity {
  const typename = ENTITY_TYPES.find((type) => node.labels.includes(type));
  if (!typename) {
    throw new Error(`Node ${String(node.properties.id)} has no known label (${node.labels.join(", ")})`);
  }
  return toEntityOf(typename, node.properties as Props);
}

function toEntityOf(typename: EntityType, p: Props): Entity {
  const id = str(p.id);
  const named = {
    nameVi: optStr(p.nameVi),
    nameEn: str(p.nameEn),
    aliases: strings(p.aliases),
    countryCode: optStr(p.countryCode),
  };
  switch (typename) {
    case "Province":
      return {
        id,
        typename,
        ...named,
        // A province is Vietnamese by definition; the graph stores no countryCode on it.
        countryCode: "VN",
        kind: str(p.kind),
        era: str(p.era),
        isoCode: optStr(p.isoCode),
        officialCode: optStr(p.officialCode),
        seat: optStr(p.seat),
        note: optStr(p.note),
        validFrom: optDate(p.validFrom),
        validUntil: optDate(p.validUntil),
      };
    case "Country":
      return {
        id,
        typename,
        ...named,
        code: str(p.code),
        alpha3: str(p.alpha3),
        officialNameVi: optStr(p.officialNameVi),
        officialNameEn: optStr(p.officialNameEn),
      };
    case "ForeignLocality":
      return {
        id,
        typename,
        ...named,
        kind: str(p.kind),
        isoCode: optStr(p.isoCode),
        nameLocal: optStr(p.nameLocal),
        note: optStr(p.note),
      };
    case "LocalityGroup":
      return { id, typename, ...named, membershipNote: optStr(p.membershipNote) };
    case "Organization":
      return { id, typename, ...named, kind: str(p.kind) };
    case "PolicyDocument":
      return {
        id,
        typename,
        number: optStr(p.number),
        kind: str(p.kind),
        issuer: optStr(p.issuer),
        issuedOn: optDate(p.issuedOn),
        title: optStr(p.title),
      };
    case "Source":
      return {
        id,
        typename,
        fileName: str(p.fileName),
        title: optStr(p.title),
        publisher: optStr(p.publisher),
        publishedOn: optDate(p.publishedOn),
        author: optStr(p.author),
        url: optStr(p.url),
        period: toPeriod(p),
      };
    case "Agreement":
      return { ...factBase(typename, p), title: optStr(p.title), signedOn: optDate(p.signedOn) };
    case "Delegation":
      return {
        ...factBase(typename, p),
        direction: str(p.direction) as "INCOMING" | "OUTGOING",
        purpose: optStr(p.purpose),
      };
    case "Programme":
      return { ...factBase(typename, p), name: optStr(p.name) };
    case "Partnership":
      return factBase(typename, p);
  }
}

function factBase<T extends "Agreement" | "Delegation" | "Programme" | "Partnership">(typename: T, p: Props) {
  return {
    id: str(p.id),
    typename,
    factType: typename,
    kind: str(p.kind),
    status: str(p.status),
    description: optStr(p.description),
    sectors: strings(p.sectors),
    period: toPeriod(p),
    certainty: str(p.certainty) as "STATED" | "INFERRED",
    inference: optStr(p.inference),
  };
}

/** A period stored as periodStart, periodEnd and periodPrecision properties. */
export function toPeriod(p: Props): PeriodValue | null {
  if (!p.periodPrecision) {
    return null;
  }
  return {
    start: optDate(p.periodStart),
    end: optDate(p.periodEnd),
    precision: str(p.periodPrecision) as Precision,
    takenFrom: optStr(p.periodTakenFrom),
    basis: optStr(p.periodBasis),
  };
}

export function optDate(value: unknown): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  return isDate(value as object) ? String(value) : str(value);
}

function str(value: unknown): string {
  return String(value ?? "");
}

function optStr(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
