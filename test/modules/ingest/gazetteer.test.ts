import { ingestFixture } from "./support";

const placesIn = (text: string, on: string | null = "2020-01-01") =>
  ingestFixture()
    .gazetteer.find(text, on)
    .map((match) => ({ id: match.value.id, text: text.slice(match.start, match.end) }));

describe("place recognition", () => {
  it.each([
    ["đoàn tỉnh Pray Veng", "locality:kh-prey-veng"],
    ["tỉnh Luông Pha Bang", "locality:la-luang-prabang"],
    ["tỉnh Vân Nam (Trung Quốc)", "locality:cn-yunnan"],
    ["tỉnh Xiêng Khoảng", "locality:la-xiengkhouang"],
    ["tỉnh Chăm Pa Xắc", "locality:la-champasak"],
    ["tỉnh Khăm Muộn", "locality:la-khammouane"],
  ])("finds the spelling in %p", (text, id) => {
    expect(placesIn(text).map((place) => place.id)).toContain(id);
  });

  it("forgives missing diacritics, spacing and case in a text written without diacritics", () => {
    expect(placesIn("the province of luong pha bang and LuangPrabang").map((p) => p.id)).toEqual([
      "locality:la-luang-prabang",
      "locality:la-luang-prabang",
    ]);
    expect(placesIn("Tinh Son La ky ket voi tinh Cham Pa Xac").map((p) => p.id)).toEqual([
      "province:son-la",
      "locality:la-champasak",
    ]);
  });

  it("keeps each match's offsets, so the name is a slice of the text", () => {
    const text = "Tỉnh  Luông   Pha Bang đón đoàn";
    expect(placesIn(text)).toEqual([{ id: "locality:la-luang-prabang", text: "Luông   Pha Bang" }]);
  });

  it("does not take a word for a short place name in a Vietnamese text", () => {
    expect(placesIn("xúc tiến tiếp nhận lao động; ý kiến của nhân dân").map((p) => p.id)).toEqual([]);
    expect(placesIn("hợp tác với Lào và Ý").map((p) => p.id)).toEqual(["country:LA", "country:IT"]);
  });

  it("prefers the longer name where two overlap", () => {
    expect(placesIn("tỉnh Lào Cai và các tỉnh Bắc Lào").map((p) => p.id)).toEqual([
      "province:lao-cai",
      "group:northern-lao-provinces",
    ]);
  });
});

describe("the generated first-level units", () => {
  it("names Chinese, Korean, Japanese and Thai units by their Vietnamese and English names", () => {
    expect(placesIn("tỉnh Quảng Tây, Tứ Xuyên và Gyeonggi-do, Osaka, Bangkok").map((p) => p.id)).toEqual([
      "locality:cn-guangxi",
      "locality:cn-sichuan",
      "locality:kr-gyeonggi",
      "locality:jp-osaka",
      "locality:th-bangkok",
    ]);
  });
});

describe("the generated capitals and cities", () => {
  it("names cities abroad by their Vietnamese and English names, without diacritics too", () => {
    expect(placesIn("thành phố Côn Minh, Quảng Châu và Paris").map((p) => p.id)).toEqual([
      "locality:cn-kunming",
      "locality:cn-guangzhou",
      "locality:fr-paris",
    ]);
    expect(placesIn("doan thanh pho Con Minh").map((p) => p.id)).toEqual(["locality:cn-kunming"]);
  });
});
