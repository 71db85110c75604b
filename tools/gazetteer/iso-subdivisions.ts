import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { LocalitiesFile, type LocalityRecord } from "../../src/records/record-format";
import { PROJECT_ROOT } from "../../src/shared/paths";

/**
 * npm run gazetteer:generate: writes seeds/gazetteer/subdivisions.yaml, the first-level units of
 * China, Japan, South Korea and Thailand (and any of Laos and Cambodia the curated file lacks), from
 * Debian's iso-codes (apt-get install iso-codes), which follows ISO's published lists. The curated
 * seeds/gazetteer/foreign-localities.yaml wins wherever it has a unit: its ids stay as they are.
 */
const ISO_FILE = "/usr/share/iso-codes/json/iso_3166-2.json";
const COUNTRIES = ["LA", "KH", "TH", "CN", "KR", "JP"];
const OUT = join(PROJECT_ROOT, "seeds", "gazetteer", "subdivisions.yaml");

interface IsoSubdivision {
  code: string;
  name: string;
  type: string;
  parent?: string;
}

const KINDS: Record<string, LocalityRecord["kind"]> = {
  Province: "PROVINCE",
  Prefecture: "PREFECTURE",
  Municipality: "MUNICIPALITY",
  "Autonomous municipality": "MUNICIPALITY",
  "Autonomous region": "REGION",
  "Special administrative region": "REGION",
  "Metropolitan administration": "MUNICIPALITY",
  "Special administrative city": "CITY",
  "Special city": "CITY",
  "Metropolitan city": "CITY",
  "Special self-governing city": "CITY",
  "Special self-governing province": "PROVINCE",
};

/**
 * English names where ISO gives a romanised local form ("Beijing Shi", "Seoul-teukbyeolsi"): the
 * generic suffix is dropped; these few take their usual English name instead.
 */
const ENGLISH: Record<string, string> = {
  "TH-10": "Bangkok",
  "CN-NM": "Inner Mongolia",
  "CN-XZ": "Tibet",
  "CN-HK": "Hong Kong",
  "CN-MO": "Macao",
  "CN-GX": "Guangxi",
  "CN-NX": "Ningxia",
  "CN-XJ": "Xinjiang",
  "KR-50": "Sejong",
};

/**
 * Vietnamese exonyms, curated: the Sino-Vietnamese names Vietnamese writes for China's units, and the
 * few others the press uses. Source: the titles of the Vietnamese Wikipedia articles on each unit
 * (2025), which follow the Ministry of Foreign Affairs' and the national press's usage; Japanese
 * prefectures and Korean and Thai units are written in Latin letters by the Vietnamese press.
 */
const VIETNAMESE: Record<string, string> = {
  "CN-AH": "An Huy",
  "CN-BJ": "Bắc Kinh",
  "CN-CQ": "Trùng Khánh",
  "CN-FJ": "Phúc Kiến",
  "CN-GD": "Quảng Đông",
  "CN-GS": "Cam Túc",
  "CN-GX": "Quảng Tây",
  "CN-GZ": "Quý Châu",
  "CN-HA": "Hà Nam",
  "CN-HB": "Hồ Bắc",
  "CN-HE": "Hà Bắc",
  "CN-HI": "Hải Nam",
  "CN-HK": "Hồng Kông",
  "CN-HL": "Hắc Long Giang",
  "CN-HN": "Hồ Nam",
  "CN-JL": "Cát Lâm",
  "CN-JS": "Giang Tô",
  "CN-JX": "Giang Tây",
  "CN-LN": "Liêu Ninh",
  "CN-MO": "Ma Cao",
  "CN-NM": "Nội Mông",
  "CN-NX": "Ninh Hạ",
  "CN-QH": "Thanh Hải",
  "CN-SC": "Tứ Xuyên",
  "CN-SD": "Sơn Đông",
  "CN-SH": "Thượng Hải",
  "CN-SN": "Thiểm Tây",
  "CN-SX": "Sơn Tây",
  "CN-TJ": "Thiên Tân",
  "CN-XJ": "Tân Cương",
  "CN-XZ": "Tây Tạng",
  "CN-ZJ": "Chiết Giang",
  "JP-13": "Tokyo",
  "KR-11": "Seoul",
  "TH-10": "Băng Cốc",
};

/** Units the curated file leaves out on purpose. */
const SKIPPED = new Set(["CN-TW"]);

const SUFFIXES =
  / (Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Weiwu'er Zizhiqu|Tebiexingzhengqu)$|-(teukbyeolsi|gwangyeoksi|do|teukbyeoljachido|teukbyeoljachisi)$/;

function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function main(): void {
  const iso = (JSON.parse(readFileSync(ISO_FILE, "utf8")) as { "3166-2": IsoSubdivision[] })["3166-2"];
  const curated = LocalitiesFile.parse(
    parse(readFileSync(join(PROJECT_ROOT, "seeds", "gazetteer", "foreign-localities.yaml"), "utf8")),
  );
  const known = new Set(curated.localities.map((place) => place.isoCode));
  const ids = new Set(curated.localities.map((place) => place.id));
  const localities: LocalityRecord[] = [];
  for (const unit of iso) {
    const country = unit.code.slice(0, 2);
    if (!COUNTRIES.includes(country) || unit.parent || known.has(unit.code) || SKIPPED.has(unit.code))
      continue;
    const kind = KINDS[unit.type];
    if (!kind) throw new Error(`${unit.code}: no locality kind for the ISO type "${unit.type}"`);
    const nameEn = ENGLISH[unit.code] ?? unit.name.replace(SUFFIXES, "");
    const id = `locality:${country.toLowerCase()}-${slug(nameEn)}`;
    if (ids.has(id)) throw new Error(`${unit.code}: the id ${id} is taken`);
    ids.add(id);
    const nameVi = VIETNAMESE[unit.code] ?? null;
    localities.push({
      id,
      country: `country:${country}`,
      kind,
      isoCode: unit.code,
      nameEn,
      nameVi,
      nameLocal: null,
      partOf: null,
      aliases: [...new Set([unit.name, ...(nameVi ? [nameVi] : [])])].filter((alias) => alias !== nameEn),
      note: null,
    });
  }
  localities.sort((a, b) => a.id.localeCompare(b.id));
  LocalitiesFile.parse({ localities });
  const header = [
    "# GENERATED by tools/gazetteer/iso-subdivisions.ts (npm run gazetteer:generate): do not edit by hand.",
    "# First-level units of China, Japan, South Korea and Thailand from Debian's iso-codes 4.15",
    "# (/usr/share/iso-codes/json/iso_3166-2.json; Laos and Cambodia are all curated in foreign-localities.yaml).",
    "# nameEn: ISO's name less its generic suffix, or the usual English name; the ISO name is kept as an alias.",
    "# nameVi: curated exonyms (the script's VIETNAMESE table says where they come from). Taiwan (CN-TW) is left out.",
    "",
  ].join("\n");
  writeFileSync(OUT, `${header}${stringify({ localities }, { lineWidth: 0 })}`);
  console.log(`${OUT}: ${localities.length} units`);
}

main();
