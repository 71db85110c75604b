import { withLabels, withoutUnsetOptions } from "../../src/db/statements";

describe("a statement's dynamic labels", () => {
  const statement = "MATCH (n:$($type)) WHERE n.id = $id RETURN n";

  it("are written in when the value is one of the graph's labels, so Neo4j scans that label only", () => {
    expect(withLabels(statement, { type: "Province", id: "x" })).toBe(
      "MATCH (n:`Province`) WHERE n.id = $id RETURN n",
    );
  });

  it("write a fact type's label in too (a filter that leaves one type of fact)", () => {
    expect(
      withLabels("MATCH (fact:Fact) WHERE fact:$($factLabel) RETURN fact", { factLabel: "Programme" }),
    ).toBe("MATCH (fact:Fact) WHERE fact:`Programme` RETURN fact");
  });

  it("stay parameters for any other value, so nothing a client sends becomes Cypher", () => {
    for (const type of ["Fact) DETACH DELETE n //", "province", "Entity", 42, null]) {
      expect(withLabels(statement, { type, id: "x" })).toBe(statement);
    }
  });
});

describe("a statement's conditions on options", () => {
  const statement = `MATCH (fact:Fact)
WHERE ($kinds IS NULL OR fact.kind IN $kinds)
  AND ($participants IS NULL OR EXISTS {
    MATCH (fact)-[link:ACTOR|PARTNER]->(place)
    WHERE place.id IN $participants AND ($roles IS NULL OR link.role IN $roles) AND place.kind <> ')'
  })
RETURN fact`;

  it("are written as true when the option is null, subqueries and all", () => {
    const written = withoutUnsetOptions(statement, { kinds: null, participants: null, roles: null });
    expect(written).toBe("MATCH (fact:Fact)\nWHERE true\n  AND true\nRETURN fact");
  });

  it("stay, with their parameters, when the option is set, inner options judged on their own", () => {
    const written = withoutUnsetOptions(statement, {
      kinds: ["MOU"],
      participants: ["country:LA"],
      roles: null,
    });
    expect(written).toContain("($kinds IS NULL OR fact.kind IN $kinds)");
    expect(written).toContain("WHERE place.id IN $participants AND true AND place.kind <> ')'");
  });

  it("stay when the parameter is not given at all, so that Neo4j reports it missing", () => {
    expect(withoutUnsetOptions(statement, {})).toBe(statement);
  });

  it("are written as true when every one of options that go together is null, and stay when one is set", () => {
    const together = `MATCH (fact:Fact)
WHERE (($countries IS NULL AND $roles IS NULL)
    OR EXISTS { MATCH (fact)-[other:PARTNER]->(partner) WHERE partner.code IN $countries })
RETURN fact`;
    expect(withoutUnsetOptions(together, { countries: null, roles: null })).toBe(
      "MATCH (fact:Fact)\nWHERE true\nRETURN fact",
    );
    expect(withoutUnsetOptions(together, { countries: ["LA"], roles: null })).toBe(together);
    expect(withoutUnsetOptions(together, { countries: null })).toBe(together);
  });
});
