import { prepareQuestions } from "../../bench/questions";
import { applySchema } from "../../src/db/schema";
import { readExampleOperations } from "../../src/docs/example-operations";
import { ProvincesPartnersCountriesSourcesDocument } from "../../src/generated/operations";
import { loadSeedGraph } from "../../src/seed/seed";
import { loadSynthGraph } from "../../src/synth/synth-load";
import { dataOf, execute, executeText } from "../support/graphql";
import { useTestDatabase } from "../support/test-neo4j";

/**
 * Operations with root fields the compiled read path does not cover yet, with the round trips their
 * loaders take (one per level): delegation flows (shares computed in the API); look-ups by name
 * (the API decides AMBIGUOUS names); money totals (grouped by nature and direction since the merge
 * of the whole-graph work); the whole-graph facts and factStats (their own module).
 */
const NOT_COMPILED: Record<string, number> = {
  "son-la-delegation-flows.graphql": 3,
  "first-query.graphql": 2,
  "vietnamese-provinces-working-with-yunnan.graphql": 3,
  "roll-up-across-the-2025-merger.graphql": 4,
  "money-by-currency.graphql": 3,
  "dashboard-provinces-per-country.graphql": 2,
  "planner-who-works-with-laos.graphql": 4,
  "researcher-every-inferred-fact.graphql": 2,
};

/**
 * Operations with a nested page that is empty by design and a filter naming ids: proving those ids
 * (an id naming nothing would be NOT_FOUND) is one more round trip, whatever the number of parents.
 */
const PROVED_EMPTY: Record<string, number> = {
  "one-filter-everywhere.graphql": 1,
};

/**
 * provinces → partners → country, and facts → sources → source: each level is at most one batched
 * round trip whatever the number of parents, so the count depends on the query's shape, not on how many
 * provinces it asks for. The graph is uniform (every province has the same shape of network), so
 * 5 and 60 provinces need exactly the same levels.
 */
const UNIFORM_NETWORK = `
UNWIND range(1, $provinces) AS n
WITH n, right('00' + toString(n), 3) AS key
CREATE (province:Entity:Province {id: 'province:test-' + key, nameEn: 'Province ' + key, nameVi: 'Tỉnh ' + key,
        kind: 'PROVINCE', era: 'BOTH', countryCode: 'VN', aliases: [], searchKeys: []})
CREATE (country:Entity:Country {id: 'country:T' + key, code: 'T' + key, alpha3: 'T' + key, nameEn: 'Country ' + key,
        countryCode: 'T' + key, aliases: [], searchKeys: []})
CREATE (locality:Entity:ForeignLocality {id: 'locality:test-' + key, nameEn: 'Locality ' + key, kind: 'PROVINCE',
        countryCode: 'T' + key, aliases: [], searchKeys: []})-[:PART_OF]->(country)
CREATE (source:Entity:Source {id: 'source:test-' + key, fileName: 'test-' + key + '.txt'})
CREATE (fact:Entity:Fact:Agreement {id: 'agreement:test-' + key, factType: 'Agreement', kind: 'MOU', status: 'COMPLETED',
        sectors: [], certainty: 'STATED'})
CREATE (fact)-[:ACTOR {role: 'PARTY'}]->(province)
CREATE (fact)-[:PARTNER {role: 'PARTY'}]->(locality)
CREATE (fact)-[:EVIDENCED_BY {quote: 'quote ' + key}]->(source)
`;

describe("a request's database round trips", () => {
  const db = useTestDatabase();

  it("are one for every example operation whose root fields are all compiled", async () => {
    await applySchema(db.executor);
    await loadSeedGraph(db.executor);
    const over: Array<{ operation: string; roundTrips: string[] }> = [];
    for (const operation of readExampleOperations()) {
      const result = await executeText(db.executor, operation.text, operation.variables);
      dataOf(result);
      const allowed = (NOT_COMPILED[operation.file] ?? 1) + (PROVED_EMPTY[operation.file] ?? 0);
      if (result.roundTrips > allowed) {
        over.push({ operation: operation.file, roundTrips: result.operations });
      }
    }
    expect(over).toEqual([]);
  });

  it("are one more, not one per parent, when empty nested pages prove the ids of their filter", async () => {
    await applySchema(db.executor);
    await loadSeedGraph(db.executor);
    // Nothing is dated 2100: every province's page is empty, and Laos must be proved to exist.
    const pages = `facts(filter: {participants: ["country:LA"], period: {from: "2100-01-01"}}) { totalCount }`;
    const compiled = await executeText(db.executor, `{ provinces(first: 20) { nodes { ${pages} } } }`);
    // citations are not compiled: the request runs the resolvers and loaders.
    const loaded = await executeText(
      db.executor,
      `{ provinces(first: 20) { nodes { citations { certainty } ${pages} } } }`,
    );
    for (const result of [compiled, loaded]) {
      const { provinces } = dataOf(result) as {
        provinces: { nodes: Array<{ facts: { totalCount: number } }> };
      };
      expect(provinces.nodes).toHaveLength(20);
      expect(result.operations.filter((name) => name === "ids-found")).toHaveLength(1);
    }
    expect(compiled.operations).toEqual(["compiled:provinces", "ids-found"]);
    expect(loaded.operations).not.toContain("compiled:provinces");
  });

  it("are one for every benchmark question, a dashboard's two charts included", async () => {
    await applySchema(db.executor);
    await loadSynthGraph(db.executor, { relationships: 1500, seed: 7 });
    for (const question of await prepareQuestions(db.driver)) {
      const result = await executeText(db.executor, question.ours.query, question.ours.variables);
      dataOf(result);
      expect({ question: question.name, roundTrips: result.roundTrips }).toEqual({
        question: question.name,
        roundTrips: 1,
      });
    }
  });

  it("are the same for 5 provinces as for 60: one for the whole nested request", async () => {
    await db.executor.write("test", (tx) => tx.run(UNIFORM_NETWORK, { provinces: 60 }));
    const five = await execute(db.executor, ProvincesPartnersCountriesSourcesDocument, { first: 5 });
    const sixty = await execute(db.executor, ProvincesPartnersCountriesSourcesDocument, { first: 60 });

    const provinces = dataOf(sixty).provinces.nodes;
    expect(dataOf(five).provinces.nodes).toHaveLength(5);
    expect(provinces).toHaveLength(60);
    // The larger request really reaches every level for every province.
    for (const province of provinces) {
      const [partner] = province.partners.nodes;
      expect(partner?.partner.country?.code).toMatch(/^T\d{3}$/);
      expect(partner?.facts[0]?.sources[0]?.source.fileName).toMatch(/^test-\d{3}\.txt$/);
    }

    expect(sixty.operations).toEqual(five.operations);
    // The whole request, every level of it, is one compiled statement.
    expect(sixty.operations).toEqual(["compiled:provinces"]);
  });
});
