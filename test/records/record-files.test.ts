import { RecordValidationError } from "../../src/records/record-bundle";
import { readRecordFolder } from "../../src/records/record-files";
import { SEED_DIR } from "../../src/shared/paths";
import { seedCopyWith } from "../support/seed-copy";

const SON_LA = "articles/001_d3df1d2f0ab25093.yaml";

function problemsOf(dir: string): string[] {
  try {
    readRecordFolder(dir);
  } catch (error) {
    if (error instanceof RecordValidationError) {
      return error.problems.map(
        (problem) => `${problem.file}: ${problem.record}: ${problem.field}: ${problem.message}`,
      );
    }
    throw error;
  }
  return [];
}

describe("readRecordFolder", () => {
  it("accepts the curated seed files: the gazetteer and one file per article", () => {
    const bundle = readRecordFolder(SEED_DIR);
    expect(bundle.sources.map((source) => source.fileName)).toEqual([
      "000_2375695d9e1b56f4.txt",
      "001_d3df1d2f0ab25093.txt",
      "002_2dc6bf13558371b9.txt",
      "003_c885226d3db36969.txt",
      "004_6f726d94abe901e5.txt",
    ]);
    expect(bundle.provinces.filter((province) => province.era !== "POST_2025")).toHaveLength(63);
    expect(bundle.provinces.filter((province) => province.era !== "PRE_2025")).toHaveLength(34);
    expect(bundle.localities.filter((locality) => locality.country === "country:LA")).toHaveLength(18);
    expect(bundle.localities.filter((locality) => locality.country === "country:KH")).toHaveLength(25);
  });

  it("holds every first-level unit of Laos, Cambodia, Thailand, China, South Korea and Japan, each with its ISO code and English name", () => {
    const bundle = readRecordFolder(SEED_DIR);
    // ISO 3166-2's first-level units; China's 34 less Taiwan (CN-TW), which the gazetteer leaves out.
    const expected = { LA: 18, KH: 25, TH: 78, CN: 33, KR: 17, JP: 47 };
    for (const [country, count] of Object.entries(expected)) {
      const units = bundle.localities.filter(
        (place) => place.country === `country:${country}` && place.isoCode !== null,
      );
      expect(units.map((unit) => unit.isoCode)).toHaveLength(count);
      expect(new Set(units.map((unit) => unit.isoCode)).size).toBe(count);
      expect(units.filter((unit) => unit.nameEn.trim() === "" || unit.partOf !== null)).toEqual([]);
    }
  });

  it("holds the capitals and major cities abroad as places in their unit or country, and no city of Vietnam", () => {
    const bundle = readRecordFolder(SEED_DIR);
    const byId = new Map(bundle.localities.map((place) => [place.id, place]));
    const cities = bundle.localities.filter((place) => place.kind === "CAPITAL" || place.kind === "CITY");
    expect(cities.length).toBeGreaterThan(400);
    expect(cities.filter((city) => city.country === "country:VN")).toEqual([]);
    expect(byId.get("locality:cn-kunming")).toMatchObject({
      nameVi: "Côn Minh",
      partOf: "locality:cn-yunnan",
    });
    expect(byId.get("locality:fr-paris")).toMatchObject({ kind: "CAPITAL", country: "country:FR" });
    // A city that is itself a first-level unit is not a second place.
    expect(byId.has("locality:th-bangkok")).toBe(true);
    expect(cities.map((city) => city.nameEn)).not.toContain("Bangkok");
    for (const city of cities.filter((place) => place.partOf)) {
      expect(byId.get(city.partOf as string)?.country).toBe(city.country);
    }
    // No fact names a generated place: they are places, not partners.
    const generated = new Set(cities.filter((city) => city.note?.startsWith("GeoNames")).map((c) => c.id));
    expect(JSON.stringify(bundle.facts.map((fact) => fact.record))).not.toMatch(
      new RegExp([...generated].map((id) => `"${id}"`).join("|")),
    );
  });

  it("names the file, the record and the field of a period that ends before it starts", () => {
    const dir = seedCopyWith(SON_LA, (text) =>
      text.replace(
        'period: { start: "2017-01-01", end: "2018-04-30", precision: MONTH, takenFrom',
        'period: { start: "2018-01-01", end: "2017-04-30", precision: MONTH, takenFrom',
      ),
    );
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /seeds\/articles\/001_d3df1d2f0ab25093\.yaml: facts\[\d+\] \((?:delegation|partnership):[\w-]+\): period: ends \(2017-04-30\) before it starts \(2018-01-01\)$/,
      ),
    ]);
  });

  it("reports a reference to a place the gazetteer does not have", () => {
    const dir = seedCopyWith(SON_LA, (text) =>
      text.replace("partners: [country:LA]", "partners: [locality:la-atlantis]"),
    );
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /001_d3df1d2f0ab25093\.yaml: programme:[\w-]+: partners\.0: "locality:la-atlantis" is not defined/,
      ),
    ]);
  });

  it("reports a negative figure and a certainty outside STATED/INFERRED", () => {
    const dir = seedCopyWith(SON_LA, (text) =>
      text.replace("value: 266,", "value: -266,").replace(/certainty: STATED/, "certainty: PROBABLY"),
    );
    const problems = problemsOf(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/delegation:[\w-]+\): delegations\.value: must not be negative/),
        expect.stringMatching(
          /facts\[0\] \([\w:-]+\): certainty: Invalid option: expected one of "STATED"\|"INFERRED"/,
        ),
      ]),
    );
  });

  it("reports an INFERRED fact that does not say what was inferred", () => {
    const dir = seedCopyWith(SON_LA, (text) => text.replace(/certainty: STATED/, "certainty: INFERRED"));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/facts\[0\] \([\w:-]+\): inference: an INFERRED fact must say/),
    ]);
  });

  it("reports an id defined twice", () => {
    const dir = seedCopyWith("gazetteer/countries.yaml", (text) =>
      text.replace("id: country:JP", "id: country:LA"),
    );
    expect(problemsOf(dir)).toEqual(
      expect.arrayContaining([expect.stringMatching(/countries\.yaml: .*country:LA.*: (id|code): /)]),
    );
  });

  it("reports a YAML syntax error with its line", () => {
    const dir = seedCopyWith(SON_LA, (text) => text.replace("facts:\n", "facts:\n  - id: [unclosed\n"));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/001_d3df1d2f0ab25093\.yaml: line \d+: -: /)]);
  });
});
