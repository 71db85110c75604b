import { ProvincesPartnersCountriesSourcesDocument } from "../../src/generated/operations";
import { dataOf, execute } from "../support/graphql";
import { useTestDatabase } from "../support/test-neo4j";

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

describe("a nested request's database round trips", () => {
  const db = useTestDatabase();

  it("are the same for 5 provinces as for 60, one per level of the query", async () => {
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
    // A read brings along the nodes it names (partners and their facts, quotes' sources), so those
    // cost no round trip of their own.
    expect(sixty.operations).toEqual([
      "entities-of-type", // provinces
      "partners-of", // their partners, with the facts that tie them
      "entities-by-id", // the partners' countries
      "evidence-of", // the facts' quotes, with their sources
    ]);
  });
});
