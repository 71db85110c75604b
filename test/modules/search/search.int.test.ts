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
    ["JICA", "org:jica"],
    ["22-NQ/TW", "policy:22-nq-tw"],
  ])("finds %j: %s ranks first", async (text, id) => {
    const { search } = dataOf(await execute(db.executor, SearchWithoutDiacriticsDocument, { text }));
    expect(search[0]?.node.id).toBe(id);
    const scores = search.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
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
