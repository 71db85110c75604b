import { dataOf, executeText } from "../../support/graphql";
import { useSeededDatabase } from "../../support/seeded-database";

interface FactData {
  id: string;
  certainty: string;
  inference: string | null;
  period: { start: string | null; end: string | null; precision: string } | null;
  sources: Array<{ quote: string; source: { fileName: string; title: string | null } }>;
  figures: Array<{ value: number; unit: string; qualifier: string; text: string }>;
  actors: Array<{ role: string; participant: { id: string } }>;
}

describe("facts and their provenance through GraphQL", () => {
  const db = useSeededDatabase();

  async function allFacts(): Promise<FactData[]> {
    const data = dataOf(
      await executeText(
        db.executor,
        `{ sources(first: 10) { nodes { facts(first: 100) { nodes {
            id certainty inference period { start end precision }
            sources { quote source { fileName title } }
            figures { value unit qualifier text }
            actors { role participant { id } }
        } } } } }`,
      ),
    ) as { sources: { nodes: Array<{ facts: { nodes: FactData[] } }> } };
    return data.sources.nodes.flatMap((source) => source.facts.nodes);
  }

  it("cites, for every fact, an article and a verbatim quote, and says how it is known", async () => {
    const facts = await allFacts();
    expect(facts.length).toBeGreaterThan(80);
    for (const fact of facts) {
      expect(fact.sources.length).toBeGreaterThan(0);
      for (const evidence of fact.sources) {
        expect(evidence.source.fileName).toMatch(/^00\d_[0-9a-f]{16}\.txt$/);
        expect(evidence.quote.length).toBeGreaterThan(0);
      }
      expect(["STATED", "INFERRED"]).toContain(fact.certainty);
      if (fact.certainty === "INFERRED") {
        expect(fact.inference).toBeTruthy();
      }
    }
  });

  it("keeps a figure's qualifier and its text as written", async () => {
    const figures = (await allFacts()).flatMap((fact) => fact.figures);
    // "…tổng giá trị viện trợ trên 17 tỉ đồng…" (Long An, 2015)
    expect(figures).toContainEqual({
      value: 17_000_000_000,
      unit: "VND",
      qualifier: "AT_LEAST",
      text: "trên 17 tỉ đồng",
    });
    // "…12.150.000.000 đồng" (Sơn La)
    expect(figures).toContainEqual(
      expect.objectContaining({ value: 12_150_000_000, unit: "VND", qualifier: "EXACT" }),
    );
  });

  it("keeps a period's precision: 2017 and the first 4 months of 2018 is MONTH precision", async () => {
    const fact = (await allFacts()).find((item) => item.id === "delegation:son-la-incoming-2017-2018-04");
    expect(fact?.period).toEqual({ start: "2017-01-01", end: "2018-04-30", precision: "MONTH" });
    expect(fact?.actors).toEqual([{ role: "HOST", participant: { id: "province:son-la" } }]);
  });
});
