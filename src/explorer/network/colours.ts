import type { Participant } from "./api";

/**
 * Stable colours: a country or fact kind gets its colour from its place in the API's own lists
 * (countries, the FactKind enum), so it keeps it from one view to the next, in the graph and legend.
 */

// Tableau 10 and ten darker companions: distinct at a glance, readable on white.
const PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#59a14f",
  "#b07aa1",
  "#76b7b2",
  "#edc948",
  "#9c755f",
  "#ff9da7",
  "#bab0ac",
  "#1b3a5c",
  "#a0522d",
  "#2e6b30",
  "#6a3d9a",
  "#17becf",
  "#bcbd22",
  "#7f7f7f",
  "#d62798",
  "#8c564b",
  "#00429d",
  "#e15759",
];

const order = { countries: [] as string[], kinds: [] as string[] };

export function setColourOrder(countries: string[], kinds: string[]): void {
  order.countries = countries;
  order.kinds = kinds;
}

function pick(list: string[], key: string): string {
  const index = list.indexOf(key);
  return PALETTE[(index < 0 ? list.length : index) % PALETTE.length] ?? "#79706e";
}

/** The Vietnamese side: a province, or a Vietnamese organisation. */
export function isVietnamese(participant: Participant): boolean {
  return participant.__typename === "Province" || participant.countryCode === "VN";
}

export function countryCode(participant: Participant): string | null {
  return isVietnamese(participant) ? "VN" : participant.countryCode;
}

/** Viet Nam red; international bodies (no country) grey; other countries from the palette. */
export function countryColour(code: string | null): string {
  if (code === "VN") {
    return "#e15759";
  }
  return code ? pick(order.countries, code) : "#cccccc";
}

export function kindColour(kind: string): string {
  return pick(order.kinds, kind);
}

/** The shape that tells the kinds of participant apart. */
export const PARTICIPANT_STYLE: Record<string, { shape: string }> = {
  Province: { shape: "round-rectangle" },
  Country: { shape: "hexagon" },
  ForeignLocality: { shape: "ellipse" },
  LocalityGroup: { shape: "round-octagon" },
  Organization: { shape: "diamond" },
};
