import {
  FactsByCountryAndYearDocument,
  MoneyByCurrencyDocument,
  SonLaDelegationFlowsDocument,
} from "../../../src/generated/operations";
import { dataOf, execute, executeText } from "../../support/graphql";
import { useSeededDatabase } from "../../support/seeded-database";

describe("dashboard aggregates through GraphQL", () => {
  const db = useSeededDatabase();

  it("gives Sơn La's delegation flows by country in 2017 to April 2018, with Laos's share", async () => {
    const { delegationFlows } = dataOf(await execute(db.executor, SonLaDelegationFlowsDocument));
    const flow = (direction: string, countryCode: string | null) =>
      delegationFlows.find((item) => item.direction === direction && item.countryCode === countryCode);
    // "…266 đoàn với 2.024 lượt khách quốc tế; trong đó có 14 đoàn với 176 lượt khách đến từ nước CHDCND Lào."
    expect(flow("INCOMING", null)?.delegations).toEqual({
      value: 266,
      qualifier: "EXACT",
      unit: "delegations",
    });
    expect(flow("INCOMING", "LA")).toMatchObject({
      country: { nameEn: "Laos" },
      delegations: { value: 14, qualifier: "EXACT" },
      people: { value: 176, qualifier: "EXACT" },
    });
    expect(flow("INCOMING", "LA")?.shareOfDelegations).toBeCloseTo(14 / 266);
    expect(flow("INCOMING", "LA")?.shareOfPeople).toBeCloseTo(176 / 2024);
    // "…cử 112 đoàn với 627 lượt cán bộ … trong đó có 59 đoàn với 457 lượt cán bộ … tại nước CHDCND Lào."
    expect(flow("OUTGOING", "LA")?.shareOfDelegations).toBeCloseTo(59 / 112);
    expect(flow("OUTGOING", "LA")?.people).toEqual({ value: 457, qualifier: "EXACT", unit: "cadre-trips" });
    for (const item of delegationFlows) {
      for (const record of item.records) {
        expect(record.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it("counts facts by partner country and by year, as chart buckets with the facts behind them", async () => {
    const { byCountry, byYear } = dataOf(await execute(db.executor, FactsByCountryAndYearDocument, {}));
    const values = byCountry.map((bucket) => bucket.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(byCountry.find((bucket) => bucket.key === "LA")?.label).toBe("Laos");
    expect(byCountry.find((bucket) => bucket.key === "KH")?.value).toBeGreaterThan(0);
    const years = byYear.map((bucket) => bucket.key);
    expect(years).toEqual(expect.arrayContaining(["2015", "2016", "2017", "2018"]));
    for (const bucket of byYear) {
      expect(bucket.facts.length).toBe(Math.min(3, bucket.value));
    }
  });

  it("counts a dashboard's bars by country and by year in one statement, alike alone or together", async () => {
    const query = (fields: string) => `{ ${fields} }`;
    const byCountry = 'byCountry: factCounts(groupBy: COUNTRY, province: "province:son-la") { key value }';
    // Each chart with a filter of its own: still one statement.
    const byYear =
      'byYear: factCounts(groupBy: YEAR, province: "province:son-la", filter: {period: {undated: EXCLUDE}}) { key value }';
    // Another province's chart, and Sơn La's own facts without its bodies': other scopes, read apart.
    const laiChau = 'laiChau: factCounts(groupBy: FACT_KIND, province: "province:lai-chau") { key value }';
    const own =
      'own: factCounts(groupBy: COUNTRY, province: "province:son-la", filter: {rollUp: false}) { key value }';
    const together = await executeText(db.executor, query(`${byCountry} ${byYear} ${laiChau} ${own}`));
    expect(together.operations).toEqual(["compiled:factCounts+factCounts+factCounts+factCounts"]);
    const alone = {
      ...dataOf(await executeText(db.executor, query(byCountry))),
      ...dataOf(await executeText(db.executor, query(byYear))),
      ...dataOf(await executeText(db.executor, query(laiChau))),
      ...dataOf(await executeText(db.executor, query(own))),
    };
    expect(dataOf(together)).toEqual(alone);
  });

  it("scopes counts to one province", async () => {
    const all = dataOf(await execute(db.executor, FactsByCountryAndYearDocument, {}));
    const sonLa = dataOf(
      await execute(db.executor, FactsByCountryAndYearDocument, { province: "province:son-la" }),
    );
    const total = (buckets: Array<{ value: number }>) =>
      buckets.reduce((sum, bucket) => sum + bucket.value, 0);
    expect(total(sonLa.byCountry)).toBeLessThan(total(all.byCountry));
    expect(sonLa.byCountry.map((bucket) => bucket.key)).toContain("LA");
  });

  it("sums money per currency, nature, direction and qualifier, never across them", async () => {
    const { moneyTotals } = dataOf(await execute(db.executor, MoneyByCurrencyDocument, {}));
    const keys = moneyTotals.map(
      (total) => `${total.currency}/${total.nature}/${total.direction}/${total.qualifier}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    for (const total of moneyTotals) {
      const figures = total.facts.flatMap((fact) =>
        fact.figures.filter((figure) => figure.unit === total.currency),
      );
      expect(figures.length).toBeGreaterThan(0);
      expect(total.factCount).toBe(total.facts.length);
      for (const figure of figures) {
        expect(figure).toMatchObject({ nature: total.nature, direction: total.direction });
      }
    }
    // "…tổng giá trị viện trợ trên 17 tỉ đồng…" is a lower bound, so it sits under VND/AT_LEAST.
    const vndAtLeast = moneyTotals.find(
      (total) => total.currency === "VND" && total.qualifier === "AT_LEAST" && total.direction === "RECEIVED",
    );
    expect(vndAtLeast?.facts.flatMap((fact) => fact.figures.map((figure) => figure.text))).toContain(
      "trên 17 tỉ đồng",
    );
  });

  it("keeps a stock to date apart from a year's disbursement: Long An's FDI (articles 000, 004)", async () => {
    const { moneyTotals } = dataOf(
      await execute(db.executor, MoneyByCurrencyDocument, { province: "province:long-an" }),
    );
    const usd = moneyTotals.filter((total) => total.currency === "USD");
    // "…vốn đăng ký gần 9,98 tỉ USD…" (registered to date) and "…tổng vốn đầu tư trên 3,6 tỉ USD" are stocks.
    expect(usd.every((total) => total.nature === "STOCK" && total.direction === "RECEIVED")).toBe(true);
    expect(usd.find((total) => total.qualifier === "ABOUT")).toMatchObject({
      total: 9_980_000_000,
      factCount: 1,
    });
    // "…viện trợ cho Long An 30 dự án, phi dự án với tổng giá trị viện trợ trên 17 tỉ đồng" was given to it.
    expect(moneyTotals.find((total) => total.currency === "VND")).toMatchObject({
      nature: "DISBURSED",
      direction: "RECEIVED",
      total: 17_000_000_000,
    });
  });

  it("never adds Lai Châu's 2016 pledges (trên 15 tỷ đồng) to money it saw spent (gần 3 tỷ đồng)", async () => {
    const { moneyTotals } = dataOf(
      await execute(db.executor, MoneyByCurrencyDocument, { province: "province:lai-chau" }),
    );
    expect(moneyTotals.map((total) => [total.nature, total.qualifier, total.total]).sort()).toEqual([
      ["DISBURSED", "ABOUT", 3_000_000_000],
      ["PLEDGED", "AT_LEAST", 15_000_000_000],
    ]);
  });
});
