import type { LocalityRecord } from "../../records/record-format";
import type { Gazetteer } from "./gazetteer";

/** A place abroad the article names but the gazetteer lacks, with the words that name it. */
export interface NewPlace {
  status: "PROPOSED";
  quote: { start: number; end: number };
  record: LocalityRecord;
}

const NAME = String.raw`(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3})`;
/** "tỉnh Xê Kông (Lào)", "thành phố Côn Minh (Trung Quốc)": the press names the country in brackets. */
const VIETNAMESE = new RegExp(String.raw`(tỉnh|thành phố|TP\.?)\s*${NAME}\s*\(([^()\n]{2,80})\)`, "gu");
/** "Kunming city (China)", "Attapeu Province, Laos". */
const ENGLISH = new RegExp(
  String.raw`${NAME}\s+(province|prefecture|city|state)\s*(?:\(([^()\n]{2,80})\)|,\s*([^,.;\n]{2,40}))`,
  "gu",
);

const KINDS: Record<string, LocalityRecord["kind"]> = {
  tỉnh: "PROVINCE",
  province: "PROVINCE",
  prefecture: "PREFECTURE",
  state: "STATE",
};

function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Places abroad named with their country ("tỉnh X (Lào)") that no gazetteer name matches: proposed
 * as new localities for an editor to check and create (createForeignLocality).
 */
export function proposeNewPlaces(text: string, gazetteer: Gazetteer, language: "vi" | "en"): NewPlace[] {
  const found = new Map<string, NewPlace>();
  const pattern = language === "vi" ? VIETNAMESE : ENGLISH;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [whole] = match;
    const name = (language === "vi" ? match[2] : match[1]) ?? "";
    const unitWord = ((language === "vi" ? match[1] : match[2]) ?? "").toLowerCase();
    const countryText = (language === "vi" ? match[3] : (match[3] ?? match[4])) ?? "";
    if (gazetteer.find(name, null).length > 0) continue;
    const country = gazetteer.find(countryText, null).find((m) => m.value.label === "Country")?.value;
    if (!country?.country || country.country === "VN") continue;
    const id = `locality:${country.country.toLowerCase()}-${slug(name)}`;
    if (found.has(id) || slug(name) === "") continue;
    found.set(id, {
      status: "PROPOSED",
      quote: { start: match.index, end: match.index + whole.length },
      record: {
        id,
        country: `country:${country.country}`,
        kind: KINDS[unitWord] ?? "CITY",
        isoCode: null,
        nameEn: language === "en" ? name : slug(name).replace(/-/g, " "),
        nameVi: language === "vi" ? name : null,
        nameLocal: null,
        partOf: null,
        aliases: [],
        note: `Proposed by the ingest from "${whole}"; check the name and the unit before creating it.`,
      },
    });
  }
  return [...found.values()];
}
