import { SearchWithoutDiacriticsDocument } from "../../../src/generated/operations";
import { dataOf, execute, executeText } from "../../support/graphql";
import { useSeededDatabase } from "../../support/seeded-database";

describe("search", () => {
  const db = useSeededDatabase();

  it.each([
    ["son la", "province:son-la"],
    ["SON LA", "province:son-la"],
    ["Pray Veng", "locality:kh-prey-veng"],
    ["Ta Keo", "locality:kh-takeo"],
    ["Luong Pha Bang", "locality:la-luang-prabang"],
    ["luong pha", "locality:la-luang-prabang"],
    ["U Dom Xay", "locality:la-oudomxay"],
    ["Van Nam", "locality:cn-yunnan"],
    ["Con Minh", "locality:cn-kunming"],
    ["Quang Tay", "locality:cn-guangxi"],
    ["chiang mai", "locality:th-chiang-mai"],
    ["Phap", "country:FR"],
    ["JICA", "org:jica"],
    ["22-NQ/TW", "policy:22-nq-tw"],
  ])("finds %j: %s ranks first", async (text, id) => {
    const { search } = dataOf(await execute(db.executor, SearchWithoutDiacriticsDocument, { text }));
    expect(search[0]?.node.id).toBe(id);
    const scores = search.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("finds a generated place with no fact, and counts no partner for it", async () => {
    const result = await executeText(
      db.executor,
      `{ foreignLocality(name: "con minh") { id partners(first: 5) { totalCount } }
         factStats(groupBy: [COUNTRY]) { totalBuckets rows { keys { key } } } }`,
    );
    const data = dataOf(result) as {
      foreignLocality: { id: string; partners: { totalCount: number } };
      factStats: { totalBuckets: number; rows: Array<{ keys: Array<{ key: string | null }> }> };
    };
    expect(data.foreignLocality).toEqual({ id: "locality:cn-kunming", partners: { totalCount: 0 } });
    // The countries the facts name, not the 245 the gazetteer holds.
    expect(data.factStats.rows.map((row) => row.keys[0]?.key)).not.toContain("FR");
    expect(data.factStats.totalBuckets).toBeLessThan(20);
  });

  it("treats Lucene syntax in the text as plain words", async () => {
    const { search } = dataOf(
      await execute(db.executor, SearchWithoutDiacriticsDocument, { text: 'son (la" OR *' }),
    );
    expect(search[0]?.node.id).toBe("province:son-la");
  });

  it("limits results to the asked kinds", async () => {
    const result = await executeText(
      db.executor,
      '{ search(text: "Lao", types: [Country]) { node { __typename id } } }',
    );
    const hits = (dataOf(result) as { search: Array<{ node: { __typename: string } }> }).search;
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((hit) => hit.node.__typename))).toEqual(new Set(["Country"]));
  });

  it("finds nothing for text that is only punctuation", async () => {
    const { search } = dataOf(await execute(db.executor, SearchWithoutDiacriticsDocument, { text: "()*" }));
    expect(search).toEqual([]);
  });
});
