import { withLabels } from "../../src/db/statements";

describe("a statement's dynamic labels", () => {
  const statement = "MATCH (n:$($type)) WHERE n.id = $id RETURN n";

  it("are written in when the value is one of the graph's labels, so Neo4j scans that label only", () => {
    expect(withLabels(statement, { type: "Province", id: "x" })).toBe(
      "MATCH (n:`Province`) WHERE n.id = $id RETURN n",
    );
  });

  it("stay parameters for any other value, so nothing a client sends becomes Cypher", () => {
    for (const type of ["Fact) DETACH DELETE n //", "province", "Entity", 42, null]) {
      expect(withLabels(statement, { type, id: "x" })).toBe(statement);
    }
  });
});
