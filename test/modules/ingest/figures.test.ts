import { FigureReader, parseNumber } from "../../../src/modules/ingest/figures";
import { readLexicon } from "../../../src/modules/ingest/lexicon";

const reader = new FigureReader(readLexicon());
const figuresIn = (text: string, language: "vi" | "en" = "vi") =>
  reader.read(text, 0, text.length, language).map(({ start, end, ...figure }) => figure);

describe("figures", () => {
  it("reads Vietnamese number formats with their scale and currency", () => {
    expect(figuresIn("tổng kinh phí 12.150 triệu đồng")).toEqual([
      { value: 12_150_000_000, unit: "VND", qualifier: "EXACT", text: "12.150 triệu đồng" },
    ]);
    expect(figuresIn("vốn đăng ký gần 9,98 tỷ USD")).toEqual([
      { value: 9_980_000_000, unit: "USD", qualifier: "ABOUT", text: "9,98 tỷ USD" },
    ]);
    expect(figuresIn("giá trị cam kết là trên 15 tỷ đồng")[0]).toMatchObject({
      value: 15e9,
      qualifier: "AT_LEAST",
    });
    expect(figuresIn("khoảng 150 lượt DN")[0]).toMatchObject({
      value: 150,
      unit: "enterprise-participations",
      qualifier: "ABOUT",
    });
  });

  it("reads English number formats", () => {
    expect(figuresIn("registered capital of nearly 9.98 billion USD", "en")[0]).toMatchObject({
      value: 9_980_000_000,
      unit: "USD",
      qualifier: "ABOUT",
    });
    expect(figuresIn("more than 1,155 projects", "en")[0]).toMatchObject({
      value: 1155,
      qualifier: "AT_LEAST",
    });
  });

  it("tells thousands from decimals by the language and the grouping", () => {
    expect(parseNumber("2.024", "vi")).toBe(2024);
    expect(parseNumber("9,98", "vi")).toBe(9.98);
    expect(parseNumber("2.024", "en")).toBe(2.024);
    expect(parseNumber("1,155", "en")).toBe(1155);
    expect(parseNumber("12.150.000.000", "vi")).toBe(12_150_000_000);
    expect(parseNumber("1,234.5", "vi")).toBe(1234.5);
  });

  it("takes no bare number (a year, a document number) for a figure", () => {
    expect(figuresIn("Nghị quyết số 22-NQ/TW năm 2013")).toEqual([]);
  });
});
