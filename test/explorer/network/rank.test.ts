import type { Participant } from "../../../src/explorer/network/api";
import { fold, rankHits } from "../../../src/explorer/network/rank";

const hit = (
  __typename: Participant["__typename"],
  id: string,
  nameEn: string,
  nameVi: string | null,
): Participant => ({ __typename, id, nameEn, nameVi, countryCode: null });

describe("the explorer's order of search hits", () => {
  const laoCai = hit("Province", "province:lao-cai", "Lao Cai", "Lào Cai");
  const laoCai2025 = hit("Province", "province:lao-cai-2025", "Lao Cai", "Lào Cai");
  const laos = hit("Country", "country:LA", "Laos", "Lào");
  const embassy = hit("Organization", "org:la-embassy", "Lao Embassy", "Đại sứ quán Lào");

  it("puts a name typed in full first: Lào is Laos, not Lào Cai", () => {
    expect(rankHits("Lào", [laoCai, laoCai2025, embassy, laos]).map((h) => h.id)).toEqual([
      "country:LA",
      "province:lao-cai",
      "province:lao-cai-2025",
      "org:la-embassy",
    ]);
  });

  it("matches without diacritics, as a reader types", () => {
    expect(rankHits("lao cai", [embassy, laos, laoCai]).map((h) => h.id)).toEqual([
      "province:lao-cai",
      "org:la-embassy",
      "country:LA",
    ]);
    expect(fold("Đắk Lắk")).toBe("dak lak");
  });

  it("lifts a country only when its name holds the text", () => {
    const germany = hit("Country", "country:DE", "Germany", "Đức");
    const luang = hit("ForeignLocality", "locality:la-luang-prabang", "Luang Prabang", "Luông Pha Băng");
    expect(rankHits("luong", [luang, germany]).map((h) => h.id)).toEqual([
      "locality:la-luang-prabang",
      "country:DE",
    ]);
    expect(rankHits("la", [laoCai, laos]).map((h) => h.id)).toEqual(["country:LA", "province:lao-cai"]);
  });

  it("keeps the API's order among hits alike", () => {
    expect(rankHits("la", [laoCai2025, laoCai]).map((h) => h.id)).toEqual([
      "province:lao-cai-2025",
      "province:lao-cai",
    ]);
  });
});
