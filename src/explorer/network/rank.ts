import type { Participant } from "./api";

/** Lower case, without diacritics (đ as d), as a reader types a name. */
export function fold(text: string): string {
  return text
    .replaceAll("đ", "d")
    .replaceAll("Đ", "D")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .trim();
}

/**
 * The API's hits, reordered for a reader: a name typed in full comes first ("Lào" is Laos, not
 * Lào Cai), then countries whose names contain the text before places whose names do, then the API's own
 * order (its relevance). The sort is stable, so equal hits keep the API's order.
 */
export function rankHits(text: string, hits: Participant[]): Participant[] {
  const typed = fold(text);
  const names = (hit: Participant) => [hit.nameEn, hit.nameVi].flatMap((name) => (name ? [fold(name)] : []));
  const exact = (hit: Participant) => (names(hit).includes(typed) ? 0 : 1);
  // A country found by its name (a partial one too), not one the API matched on something else.
  const country = (hit: Participant) =>
    hit.__typename === "Country" && names(hit).some((name) => name.includes(typed)) ? 0 : 1;
  return hits
    .map((hit, index) => ({ hit, index }))
    .sort((a, b) => exact(a.hit) - exact(b.hit) || country(a.hit) - country(b.hit) || a.index - b.index)
    .map(({ hit }) => hit);
}
