import { readFileSync } from "node:fs";
import type { LocalityRecord } from "../../src/records/record-format";
import { slug } from "./slug";

/**
 * The first-level units of China, Japan, South Korea and Thailand (and any of Laos and Cambodia the
 * curated file lacks), from Debian's iso-codes (apt-get install iso-codes), which follows ISO's
 * published lists. The curated seeds/gazetteer/foreign-localities.yaml wins wherever it has a unit:
 * its ids stay as they are.
 */
const ISO_FILE = "/usr/share/iso-codes/json/iso_3166-2.json";
export const SUBDIVIDED_COUNTRIES = ["LA", "KH", "TH", "CN", "KR", "JP"];

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

export function isoSubdivisions(curated: LocalityRecord[]): LocalityRecord[] {
  const iso = (JSON.parse(readFileSync(ISO_FILE, "utf8")) as { "3166-2": IsoSubdivision[] })["3166-2"];
  const known = new Set(curated.map((place) => place.isoCode));
  const ids = new Set(curated.map((place) => place.id));
  const localities: LocalityRecord[] = [];
  for (const unit of iso) {
    const country = unit.code.slice(0, 2);
    if (
      !SUBDIVIDED_COUNTRIES.includes(country) ||
      unit.parent ||
      known.has(unit.code) ||
      SKIPPED.has(unit.code)
    )
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
  return localities.sort((a, b) => a.id.localeCompare(b.id));
}
