import type { FigureValue } from "../../domain/entities";
import type { Qualifier } from "../../domain/model";
import type { DelegationRecordValue } from "./dashboard.repository";

export interface FigureSum {
  value: number;
  qualifier: Qualifier;
  unit: string;
}

export interface DelegationFlowValue {
  direction: "INCOMING" | "OUTGOING";
  /** The partner country; null for the totals a source gives across all countries. */
  countryCode: string | null;
  delegations: FigureSum | null;
  people: FigureSum | null;
  /** This country's part of the direction's all-country total, where the source gives both. */
  shareOfDelegations: number | null;
  shareOfPeople: number | null;
  recordIds: string[];
}

/**
 * Folds delegation records into flows by direction and partner country. A record naming one country
 * counts for it; a record naming none is the source's total across all countries; a record naming
 * several countries is listed under each but its figures, which the source does not split, are added
 * to none.
 */
export function delegationFlows(records: DelegationRecordValue[]): DelegationFlowValue[] {
  const flows = new Map<
    string,
    {
      direction: DelegationRecordValue["direction"];
      countryCode: string | null;
      records: DelegationRecordValue[];
      counted: DelegationRecordValue[];
    }
  >();
  for (const record of records) {
    const countries = record.countryCodes.length === 0 ? [null] : [...new Set(record.countryCodes)];
    for (const countryCode of countries) {
      const key = `${record.direction}|${countryCode ?? ""}`;
      const flow = flows.get(key) ?? { direction: record.direction, countryCode, records: [], counted: [] };
      flow.records.push(record);
      if (countries.length === 1) {
        flow.counted.push(record);
      }
      flows.set(key, flow);
    }
  }
  const result = [...flows.values()].map((flow) => ({
    direction: flow.direction,
    countryCode: flow.countryCode,
    delegations: sum(flow.counted, "delegations"),
    people: sum(flow.counted, "people"),
    shareOfDelegations: null as number | null,
    shareOfPeople: null as number | null,
    recordIds: flow.records.map((record) => record.id),
  }));
  for (const flow of result) {
    const total = result.find((other) => other.direction === flow.direction && other.countryCode === null);
    if (flow.countryCode !== null && total) {
      flow.shareOfDelegations = ratio(flow.delegations, total.delegations);
      flow.shareOfPeople = ratio(flow.people, total.people);
    }
  }
  return result.sort(
    (a, b) =>
      a.direction.localeCompare(b.direction) || (a.countryCode ?? "").localeCompare(b.countryCode ?? ""),
  );
}

function sum(records: DelegationRecordValue[], measure: string): FigureSum | null {
  const figures = records.flatMap((record) => record.figures.filter((figure) => figure.measure === measure));
  if (figures.length === 0) {
    return null;
  }
  return {
    value: figures.reduce((total, figure) => total + figure.value, 0),
    qualifier: combinedQualifier(figures),
    unit: figures[0]?.unit ?? "",
  };
}

/** A sum is exact only if every part is; lower bounds stay lower bounds; anything else is approximate. */
export function combinedQualifier(figures: Array<Pick<FigureValue, "qualifier">>): Qualifier {
  const qualifiers = new Set(figures.map((figure) => figure.qualifier));
  qualifiers.delete("EXACT");
  if (qualifiers.size === 0) {
    return "EXACT";
  }
  return qualifiers.size === 1 ? ([...qualifiers][0] as Qualifier) : "ABOUT";
}

function ratio(part: FigureSum | null, whole: FigureSum | null): number | null {
  return part && whole && whole.value > 0 ? part.value / whole.value : null;
}
