import { parseCypherStatements } from "../../src/db/schema";

describe("parseCypherStatements", () => {
  it("splits statements at a semicolon ending a line and drops comment lines", () => {
    const text = [
      "// constraints",
      "CREATE CONSTRAINT a IF NOT EXISTS",
      "FOR (n:A) REQUIRE n.id IS UNIQUE;",
      "",
      "// an index",
      "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name);  ",
    ].join("\n");
    expect(parseCypherStatements(text)).toEqual([
      "CREATE CONSTRAINT a IF NOT EXISTS\nFOR (n:A) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name)",
    ]);
  });

  it("keeps a semicolon inside a line (e.g. in a string) as part of the statement", () => {
    expect(parseCypherStatements("RETURN 'a;b' AS x;")).toEqual(["RETURN 'a;b' AS x"]);
  });

  it("finds no statement in a file of comments", () => {
    expect(parseCypherStatements("// nothing yet\n// still nothing\n")).toEqual([]);
  });
});
