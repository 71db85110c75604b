import { dataOf, executeText } from "../../support/graphql";
import { useSeededDatabase } from "../../support/seeded-database";

type Page = { totalCount: number; nodes: Array<{ id: string }> };
type Bucket = { key: string; value: number };

describe("fact-reading fields over the seed graph", () => {
  const db = useSeededDatabase();

  /** One filter input for every field that reads facts: each honours every option or refuses it. */
  describe("the one fact filter (FactFilterInput)", () => {
    async function query<T>(text: string, variables?: Record<string, unknown>): Promise<T> {
      return dataOf(await executeText(db.executor, text, variables)) as T;
    }
    const ids = (page: Page) => page.nodes.map((node) => node.id).sort();

    it("gives a province's facts with Laos at any level, as Query.facts does: Long An's ties with Khammouane", async () => {
      // Article 004: "…8 tỉnh, thành phố nước ngoài: … Khăm Muộn (Lào) …"
      const filter = { participants: ["country:LA"] };
      const { province, ofLongAn, ofLaos } = await query<{
        province: { facts: Page };
        ofLongAn: Page;
        ofLaos: Page;
      }>(
        `query ($filter: FactFilterInput) {
        province(id: "province:long-an") { facts(filter: $filter, first: 100) { totalCount nodes { id } } }
        ofLongAn: facts(filter: {participants: ["province:long-an"]}, first: 100) { totalCount nodes { id } }
        ofLaos: facts(filter: $filter, first: 100) { totalCount nodes { id } }
      }`,
        { filter },
      );
      expect(ids(province.facts)).toEqual(
        expect.arrayContaining([
          "agreement:long-an-17-agreements-with-foreign-localities",
          "partnership:long-an-eight-foreign-partner-localities",
        ]),
      );
      const laos = new Set(ids(ofLaos));
      expect(ids(province.facts)).toEqual(ids(ofLongAn).filter((id) => laos.has(id)));
    });

    it("keeps an article's facts in a province's facts, partners and charts alike (filter.sources)", async () => {
      // Article 002: "…01 biên bản ghi nhớ với tỉnh Champasak (Lào)…"
      const { province, factCounts } = await query<{
        province: { facts: Page; partners: { nodes: Array<{ partner: { id: string } }> } };
        factCounts: Bucket[];
      }>(
        `query ($filter: FactFilterInput) {
        province(id: "province:an-giang") {
          facts(filter: $filter, first: 100) { totalCount nodes { id } }
          partners(filter: $filter, first: 100) { nodes { partner { id } } }
        }
        factCounts(groupBy: FACT_TYPE, province: "province:an-giang", filter: $filter) { key value }
      }`,
        { filter: { sources: ["source:002_2dc6bf13558371b9"] } },
      );
      expect(ids(province.facts)).toContain("agreement:an-giang-champasak-mou-2016");
      expect(province.partners.nodes.map((node) => node.partner.id)).toContain("locality:la-champasak");
      const counted = factCounts.reduce((sum, bucket) => sum + bucket.value, 0);
      expect(counted).toBe(province.facts.totalCount);
    });

    it.each([
      [
        "facts",
        "{ facts(filter: {counterpartTypes: [Province]}) { totalCount } }",
        "filter.counterpartTypes",
      ],
      [
        "factStats",
        "{ factStats(groupBy: [YEAR], filter: {localityKinds: [PROVINCE]}) { totalBuckets } }",
        "filter.localityKinds",
      ],
    ])(
      "refuses what %s cannot honour, naming the option, rather than ignoring it",
      async (_field, text, argument) => {
        const result = await executeText(db.executor, text);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
        expect(result.errors?.[0]?.message).toContain(argument);
      },
    );

    it.each([
      [
        '{ partners(of: "province:long-an", filter: {participants: ["country:LAO"]}) { totalCount } }',
        "filter.participants",
      ],
      ['{ factCounts(groupBy: YEAR, filter: {sources: ["source:001"]}) { key } }', "filter.sources"],
      [
        '{ moneyTotals(province: "province:long-an", filter: {participants: ["org:jicaa"]}) { total } }',
        "filter.participants",
      ],
    ])("answers NOT_FOUND for an id of the filter naming nothing: %s", async (text, argument) => {
      const result = await executeText(db.executor, text);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument });
    });

    it("ranks provinces by their facts with Japan: filter.countries is the counterpart's country in rankings too", async () => {
      // Long An (004: Hyogo, Kobe, the outgoing delegation to Japan) and An Giang (002: JICA).
      const { rankings } = await query<{ rankings: Array<{ entity: { id: string }; factCount: number }> }>(
        '{ rankings(type: Province, filter: {countries: ["jp"]}) { entity { id } factCount } }',
      );
      expect(rankings.map((ranking) => ranking.entity.id)).toEqual(
        expect.arrayContaining(["province:long-an", "province:an-giang"]),
      );
    });
  });

  describe("roll-ups, explicit in every counting and listing field", () => {
    async function query<T>(text: string): Promise<T> {
      return dataOf(await executeText(db.executor, text)) as T;
    }
    const twinning = "agreement:lai-chau-oudomxay-military-command-twinning";

    it("counts a province's military command for the province unless rollUp is false (article 003)", async () => {
      // "…kết nghĩa … giữa Bộ Chỉ huy Quân sự tỉnh Lai Châu với Bộ Chỉ huy Quân sự tỉnh U Đôm Xay…"
      const { province, rolled, own } = await query<{
        province: { all: Page; itself: Page };
        rolled: Bucket[];
        own: Bucket[];
      }>(`{
      province(id: "province:lai-chau") {
        all: facts(first: 100) { totalCount nodes { id } }
        itself: facts(filter: {rollUp: false}, first: 100) { totalCount nodes { id } }
      }
      rolled: factCounts(groupBy: FACT_KIND, province: "province:lai-chau") { key value }
      own: factCounts(groupBy: FACT_KIND, province: "province:lai-chau", filter: {rollUp: false}) { key value }
    }`);
      expect(province.all.nodes.map((node) => node.id)).toContain(twinning);
      expect(province.itself.nodes.map((node) => node.id)).not.toContain(twinning);
      const value = (buckets: Bucket[], key: string) =>
        buckets.find((bucket) => bucket.key === key)?.value ?? 0;
      expect(value(own, "TWINNING")).toBe(value(rolled, "TWINNING") - 1);
      const total = (buckets: Bucket[]) => buckets.reduce((sum, bucket) => sum + bucket.value, 0);
      expect(total(rolled)).toBe(province.all.totalCount);
      expect(total(own)).toBe(province.itself.totalCount);
    });

    it("folds organisations abroad into their country, and leaves ASEAN, which has none, itself (article 002)", async () => {
      // "…Cơ quan Hợp tác quốc tế Nhật Bản (JICA), Lãnh sự quán Ý tại Thành phố Hồ Chí Minh, … Tổng Lãnh
      // sự quán Úc…"; "…cộng đồng ASEAN…"
      const { province } = await query<{
        province: {
          places: { nodes: Array<{ partner: { id: string } }> };
          countries: { nodes: Array<{ partner: { id: string }; facts: Array<{ id: string }> }> };
        };
      }>(`{
      province(id: "province:an-giang") {
        places: partners(first: 100) { nodes { partner { id } } }
        countries: partners(level: COUNTRY, first: 100) { nodes { partner { id } facts { id } } }
      }
    }`);
      const jica = "partnership:an-giang-cooperation-jica-italy-australia-consulates";
      expect(province.places.nodes.map((node) => node.partner.id)).toContain("org:jica");
      const byCountry = new Map(
        province.countries.nodes.map((node) => [node.partner.id, node.facts.map((fact) => fact.id)]),
      );
      for (const country of ["country:JP", "country:IT", "country:AU"]) {
        expect(byCountry.get(country)).toContain(jica);
      }
      expect([...byCountry.keys()]).not.toContain("org:jica");
      expect([...byCountry.keys()]).toContain("org:asean");
    });

    it("ranks a country with its places' facts, or without them when rollUp is false; refuses rollUpMerged", async () => {
      type Ranked = { rankings: Array<{ entity: { id: string }; factCount: number }> };
      const laos = (answer: Ranked) =>
        answer.rankings.find((ranking) => ranking.entity.id === "country:LA")?.factCount ?? 0;
      const rolled = await query<Ranked>(
        "{ rankings(type: Country, first: 100) { entity { id } factCount } }",
      );
      const itself = await query<Ranked>(
        "{ rankings(type: Country, first: 100, filter: {rollUp: false}) { entity { id } factCount } }",
      );
      // Long An's ties with Khammouane (004) and An Giang's with Champasak (002) count for Laos only rolled up.
      expect(laos(itself)).toBeLessThan(laos(rolled));
      const refused = await executeText(
        db.executor,
        "{ rankings(type: Province, filter: {rollUpMerged: true}) { factCount } }",
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        argument: "filter.rollUpMerged",
      });
    });

    it("counts a province's delegations with its bodies', or its own only (delegationFlows rollUp)", async () => {
      type Flows = { delegationFlows: Array<{ records: Array<{ id: string }> }> };
      const ids = (flows: Flows) =>
        new Set(flows.delegationFlows.flatMap((flow) => flow.records.map((r) => r.id)));
      const rolled = ids(
        await query<Flows>('{ delegationFlows(province: "province:long-an") { records { id } } }'),
      );
      const own = ids(
        await query<Flows>(
          '{ delegationFlows(province: "province:long-an", rollUp: false) { records { id } } }',
        ),
      );
      expect(rolled.size).toBeGreaterThan(0);
      expect([...own].every((id) => rolled.has(id))).toBe(true);
    });

    it("finds JICA's fact among Japan's in Query.facts, through its seat", async () => {
      const { facts } = await query<{ facts: Page }>(
        '{ facts(filter: {participants: ["country:JP"]}, first: 100) { totalCount nodes { id } } }',
      );
      expect(facts.nodes.map((node) => node.id)).toContain(
        "partnership:an-giang-cooperation-jica-italy-australia-consulates",
      );
    });
  });

  describe("a province's year chart and its facts agree (Long An, article 004)", () => {
    it("counts undated facts in a bucket of their own, and every dated fact in each year it touches", async () => {
      const { byYear, province, dated } = dataOf(
        await executeText(
          db.executor,
          `{
          byYear: factCounts(groupBy: YEAR, province: "province:long-an") { key value }
          province(id: "province:long-an") { facts(first: 100) { totalCount nodes { id period { start end } } } }
          dated: factCounts(groupBy: YEAR, province: "province:long-an", filter: {period: {undated: EXCLUDE}}) { key }
        }`,
        ),
      ) as {
        byYear: Bucket[];
        province: {
          facts: { nodes: Array<{ id: string; period: { start: string; end: string } | null }> };
        };
        dated: Bucket[];
      };
      const facts = province.facts.nodes;
      const undated = facts.filter((fact) => !fact.period?.start && !fact.period?.end);
      expect(byYear.find((bucket) => bucket.key === "undated")?.value).toBe(undated.length);
      expect(undated.length).toBeGreaterThan(0);
      const perYear = new Map<string, number>();
      for (const fact of facts) {
        if (!fact.period?.start) continue;
        const [start, end] = [Number(fact.period.start.slice(0, 4)), Number(fact.period.end.slice(0, 4))];
        for (let year = start; year <= end; year++)
          perYear.set(String(year), (perYear.get(String(year)) ?? 0) + 1);
      }
      expect(
        Object.fromEntries(byYear.filter((bucket) => bucket.key !== "undated").map((b) => [b.key, b.value])),
      ).toEqual(Object.fromEntries(perYear));
      // "Năm 2022, … tổ chức đoàn công tác … Úc, Nhật Bản, Hàn Quốc": 2022 is one of the years.
      expect(perYear.get("2022")).toBeGreaterThan(0);
      expect(dated.map((bucket) => bucket.key)).not.toContain("undated");
    });
  });

  describe("cursors belong to their list", () => {
    it.each([
      [
        "a province's partners, into its facts",
        '{ province(id: "province:son-la") { partners(first: 1) { pageInfo { endCursor } } } }',
        (cursor: string) =>
          `{ province(id: "province:son-la") { facts(after: "${cursor}") { totalCount } } }`,
      ],
      [
        "facts oldest first, into facts newest first",
        "{ facts(first: 1) { pageInfo { endCursor } } }",
        (cursor: string) => `{ facts(orderBy: NEWEST_FIRST, after: "${cursor}") { totalCount } }`,
      ],
      [
        "the provinces, into the articles",
        "{ provinces(first: 1) { pageInfo { endCursor } } }",
        (cursor: string) => `{ sources(after: "${cursor}") { totalCount } }`,
      ],
      [
        "an article's facts, into a province's facts",
        '{ source(id: "source:002_2dc6bf13558371b9") { facts(first: 1) { pageInfo { endCursor } } } }',
        (cursor: string) =>
          `{ province(id: "province:an-giang") { facts(after: "${cursor}") { totalCount } } }`,
      ],
    ])("refuses a cursor of %s with BAD_USER_INPUT", async (_case, first, next) => {
      const found = JSON.stringify(dataOf(await executeText(db.executor, first)));
      const cursor = /"endCursor":"([^"]+)"/.exec(found)?.[1];
      expect(cursor).toBeDefined();
      const result = await executeText(db.executor, next(cursor as string));
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
    });

    it("refuses an untagged cursor of the kind older lists issued", async () => {
      const untagged = Buffer.from(JSON.stringify([0, "province:son-la"])).toString("base64url");
      const result = await executeText(db.executor, `{ provinces(after: "${untagged}") { totalCount } }`);
      expect(result.errors?.[0]?.message).toContain("cursor of another list (an untagged one)");
    });

    it("walks a province's facts page by page to the same list as one page", async () => {
      type Facts = {
        nodes: Array<{ id: string }>;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
      const one = async (after: string | null) =>
        (
          dataOf(
            await executeText(
              db.executor,
              `query ($after: String) { province(id: "province:long-an") { facts(first: 7, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } } }`,
              { after },
            ),
          ) as { province: { facts: Facts } }
        ).province.facts;
      const walked: string[] = [];
      let after: string | null = null;
      do {
        const page: Facts = await one(after);
        walked.push(...page.nodes.map((node) => node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      const all = dataOf(
        await executeText(
          db.executor,
          '{ province(id: "province:long-an") { facts(first: 100) { nodes { id } } } }',
        ),
      ) as { province: { facts: { nodes: Array<{ id: string }> } } };
      expect(walked).toEqual(all.province.facts.nodes.map((node) => node.id));
    });
  });
});
