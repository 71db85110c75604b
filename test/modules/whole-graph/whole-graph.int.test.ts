import {
  DashboardProvincesPerCountryDocument,
  PlannerWhoWorksWithLaosDocument,
  ResearcherEveryInferredFactDocument,
} from "../../../src/generated/operations";
import { dataOf, execute, executeText } from "../../support/graphql";
import { useSeededDatabase } from "../../support/seeded-database";

type Row = { keys: Array<{ key: string | null; label: string }>; facts: number; provinces: number };

describe("questions across the whole graph: facts and factStats", () => {
  const db = useSeededDatabase();

  async function query<T>(text: string): Promise<T> {
    return dataOf(await executeText(db.executor, text)) as T;
  }
  async function factIds(filter: string): Promise<string[]> {
    const { facts } = await query<{ facts: { nodes: Array<{ id: string }> } }>(
      `{ facts(filter: ${filter}, first: 100) { nodes { id } } }`,
    );
    return facts.nodes.map((node) => node.id);
  }

  it("finds Laos's facts made with its provinces: Long An's ties with Khammouane (article 004)", async () => {
    // "…8 tỉnh, thành phố nước ngoài: … Khăm Muộn (Lào) …; trong đó, đã triển khai, thực hiện 17 bản ghi nhớ…"
    const rolledUp = await factIds('{ participants: ["country:LA"] }');
    expect(rolledUp).toEqual(
      expect.arrayContaining([
        "agreement:long-an-17-agreements-with-foreign-localities",
        "partnership:long-an-eight-foreign-partner-localities",
        // "…01 biên bản ghi nhớ với tỉnh Champasak (Lào)…" (article 002)
        "agreement:an-giang-champasak-mou-2016",
      ]),
    );
    const countryItself = await factIds('{ participants: ["country:LA"], rollUp: false }');
    expect(countryItself).not.toContain("agreement:long-an-17-agreements-with-foreign-localities");
    expect(countryItself.length).toBeLessThan(rolledUp.length);
  });

  it("lists every fact of one article, and reads country codes in any case", async () => {
    const ofArticle = await factIds('{ sources: ["source:002_2dc6bf13558371b9"] }');
    expect(ofArticle).toContain("agreement:an-giang-champasak-mou-2016");
    expect(await factIds('{ countries: ["la"] }')).toEqual(await factIds('{ countries: ["LA"] }'));
  });

  it("pages every INFERRED fact by keyset, one at a time, to the same list as one page", async () => {
    const { facts: all } = dataOf(await execute(db.executor, ResearcherEveryInferredFactDocument));
    expect(all.totalCount).toBe(all.nodes.length);
    for (const fact of all.nodes) {
      expect(fact.inference).toBeTruthy();
    }
    const walked: string[] = [];
    let after: string | null = null;
    type Page = {
      facts: { nodes: Array<{ id: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
    };
    do {
      const { facts }: Page = await query<Page>(
        `{ facts(filter: {certainty: [INFERRED]}, first: 1${after ? `, after: "${after}"` : ""}) { nodes { id } pageInfo { endCursor hasNextPage } } }`,
      );
      walked.push(...facts.nodes.map((node) => node.id));
      after = facts.pageInfo.hasNextPage ? facts.pageInfo.endCursor : null;
    } while (after);
    expect(walked).toEqual(all.nodes.map((node) => node.id));
  });

  it("refuses a cursor from another list with BAD_USER_INPUT, both ways", async () => {
    const { facts } = await query<{ facts: { pageInfo: { endCursor: string } } }>(
      "{ facts(first: 1) { pageInfo { endCursor } } }",
    );
    const intoPartners = await executeText(
      db.executor,
      `{ partners(of: "province:son-la", after: "${facts.pageInfo.endCursor}") { totalCount } }`,
    );
    expect(intoPartners.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const { partners } = await query<{ partners: { pageInfo: { endCursor: string } } }>(
      '{ partners(of: "province:son-la", first: 1) { pageInfo { endCursor } } }',
    );
    const intoFacts = await executeText(
      db.executor,
      `{ facts(after: "${partners.pageInfo.endCursor}") { totalCount } }`,
    );
    expect(intoFacts.errors?.[0]?.message).toContain('Argument "after" is a cursor of another list');
  });

  it.each([
    ['{ facts(filter: {participants: ["province:son-lla"]}) { totalCount } }', "filter.participants"],
    ['{ facts(filter: {sources: ["source:001"]}) { totalCount } }', "filter.sources"],
    [
      '{ factStats(groupBy: [YEAR], filter: {participants: ["country:LAO"]}) { totalBuckets } }',
      "filter.participants",
    ],
    ['{ partners(of: "province:son-lla") { totalCount } }', "of"],
    ['{ sharedPartners(of: ["province:son-la", "province:lai-chauu"]) { partner { id } } }', "of"],
    ['{ paths(from: "province:son-la", to: "province:lai-chauu") { length } }', "to"],
    ['{ factCounts(groupBy: YEAR, province: "province:son-lla") { key } }', "province"],
    ['{ moneyTotals(province: "province:long-ann") { total } }', "province"],
  ])("answers NOT_FOUND naming the argument and the closest ids: %s", async (text, argument) => {
    const result = await executeText(db.executor, text);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument });
    expect(result.errors?.[0]?.extensions?.suggestions).toEqual(expect.arrayContaining([expect.any(String)]));
  });

  it("counts how many Vietnamese provinces work with each country, never Vietnam itself", async () => {
    const { factStats } = dataOf(await execute(db.executor, DashboardProvincesPerCountryDocument));
    const laos = factStats.rows.find((row) => row.keys[0]?.key === "LA");
    // Sơn La (001), An Giang (002: Champasak), Lai Châu (003) and Long An (004: Khammouane).
    expect(laos).toMatchObject({ keys: [{ key: "LA", label: "Laos" }], provinces: 4 });
    expect(factStats.rows.map((row) => row.keys[0]?.key)).not.toContain("VN");
    const provinces = factStats.rows.map((row) => row.provinces);
    expect(provinces).toEqual([...provinces].sort((a, b) => b - a));
    expect(Math.min(...provinces)).toBeGreaterThanOrEqual(2);
  });

  it("names the provinces working with Laos at any level: the four of the articles", async () => {
    const { factStats } = dataOf(
      await execute(db.executor, PlannerWhoWorksWithLaosDocument, { country: "country:LA" }),
    );
    expect(factStats.rows.map((row) => row.keys[0]?.label).sort()).toEqual([
      "An Giang",
      "Lai Châu",
      "Long An",
      "Sơn La",
    ]);
  });

  it("keeps undated facts in an explicit bucket, and a year × kind chart adds up to the year chart", async () => {
    const filter = '{ participants: ["province:long-an"] }';
    const { byYear, byYearAndKind, undated } = await query<{
      byYear: { rows: Row[] };
      byYearAndKind: { rows: Row[] };
      undated: { totalCount: number };
    }>(`{
      byYear: factStats(groupBy: [YEAR], filter: ${filter}) { rows { keys { key label } facts provinces } }
      byYearAndKind: factStats(groupBy: [YEAR, KIND], filter: ${filter}) { rows { keys { key label } facts provinces } }
      undated: facts(filter: { participants: ["province:long-an"], period: { undated: ONLY } }) { totalCount }
    }`);
    const undatedRow = byYear.rows.find((row) => row.keys[0]?.key === null);
    expect(undatedRow).toMatchObject({ keys: [{ key: null, label: "undated" }], facts: undated.totalCount });
    expect(undated.totalCount).toBeGreaterThan(0);
    for (const year of byYear.rows) {
      const stacked = byYearAndKind.rows.filter((row) => row.keys[0]?.key === year.keys[0]?.key);
      expect(stacked.reduce((sum, row) => sum + row.facts, 0)).toBe(year.facts);
    }
  });

  it("sums figures per unit only, saying how many facts each sums: Sơn La's 176 visitors from Laos", async () => {
    const { factStats } = await query<{
      factStats: { rows: Array<{ sums: Array<{ unit: string; total: number; facts: number }> }> };
    }>(
      '{ factStats(groupBy: [COUNTRY], filter: {participants: ["province:son-la"], countries: ["la"], kinds: [INCOMING]}) { rows { keys { key } sums { unit total facts } } } }',
    );
    // "…trong đó có 14 đoàn với 176 lượt khách đến từ nước CHDCND Lào." (article 001)
    expect(factStats.rows[0]?.sums).toEqual(
      expect.arrayContaining([
        { unit: "delegations", total: 14, facts: 1 },
        { unit: "visitor-trips", total: 176, facts: 1 },
      ]),
    );
  });

  it("keeps only buckets meeting `having`, and refuses a third dimension", async () => {
    const { factStats } = await query<{ factStats: { rows: Row[] } }>(
      "{ factStats(groupBy: [COUNTRY], having: [{measure: PROVINCES, min: 3}]) { rows { keys { key label } facts provinces } } }",
    );
    expect(factStats.rows.length).toBeGreaterThan(0);
    for (const row of factStats.rows) expect(row.provinces).toBeGreaterThanOrEqual(3);
    const three = await executeText(
      db.executor,
      "{ factStats(groupBy: [YEAR, KIND, SECTOR]) { totalBuckets } }",
    );
    expect(three.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
