import { readPeriod } from "../../../src/modules/ingest/periods";

describe("periods", () => {
  it("resolves a day without a year against the article's date", () => {
    expect(readPeriod("ngày 16/8, đoàn đã đến thăm", "2023-09-01")).toEqual({
      start: "2023-08-16",
      end: "2023-08-16",
      precision: "DAY",
    });
  });

  it("reads months, year spans and the first months of a year", () => {
    expect(readPeriod("trong tháng 3/2023", null)).toEqual({
      start: "2023-03-01",
      end: "2023-03-31",
      precision: "MONTH",
    });
    expect(readPeriod("giai đoạn 2022-2024", null)).toEqual({
      start: "2022-01-01",
      end: "2024-12-31",
      precision: "YEAR",
    });
    expect(readPeriod("Trong năm 2017 và 4 tháng đầu năm 2018", null)).toEqual({
      start: "2017-01-01",
      end: "2018-04-30",
      precision: "MONTH",
    });
  });

  it("reads English dates", () => {
    expect(readPeriod("on 16 August 2023 the delegation", null)).toMatchObject({
      start: "2023-08-16",
      precision: "DAY",
    });
    expect(readPeriod("In 2019, the province", null)).toMatchObject({
      start: "2019-01-01",
      precision: "YEAR",
    });
  });

  it("names nothing when a span states no time, and rejects impossible dates", () => {
    expect(readPeriod("tăng cường hợp tác", "2020-01-01")).toBeNull();
    expect(readPeriod("ngày 31/2", "2020-01-01")).toBeNull();
  });
});
