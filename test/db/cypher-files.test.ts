import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseCypherStatements, readNamedStatements } from "../../src/db/cypher-files";

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

describe("readNamedStatements", () => {
  function file(text: string): string {
    const path = join(mkdtempSync(join(tmpdir(), "cypher-")), "named.cypher");
    writeFileSync(path, text);
    return path;
  }

  it("finds each statement under its // :name line, comments dropped", () => {
    const statements = readNamedStatements(
      file(
        "// header comment\n\n// :name count-things\n// why it exists\nMATCH (n) RETURN count(n);\n\n// :name nothing\nRETURN 1;\n",
      ),
    );
    expect([...statements.entries()]).toEqual([
      ["count-things", "MATCH (n) RETURN count(n)"],
      ["nothing", "RETURN 1"],
    ]);
  });

  it("refuses a name with no statement under it", () => {
    expect(() => readNamedStatements(file("// :name empty\n// only a comment\n"))).toThrow(
      'statement "empty" is empty',
    );
  });
});

describe("readNamedStatements with fragments", () => {
  function file(text: string): string {
    const path = join(mkdtempSync(join(tmpdir(), "cypher-")), "named.cypher");
    writeFileSync(path, text);
    return path;
  }

  it("includes a shared fragment where a statement says // :include", () => {
    const statements = readNamedStatements(
      file(
        "// :fragment only-facts\n// shared filter\nWHERE n:Fact\n\n// :name count-facts\nMATCH (n)\n// :include only-facts\nRETURN count(n);\n",
      ),
    );
    expect(statements.get("count-facts")).toBe("MATCH (n)\nWHERE n:Fact\nRETURN count(n)");
  });

  it("refuses to include a fragment that is not defined above", () => {
    expect(() =>
      readNamedStatements(file("// :name broken\nMATCH (n)\n// :include missing\nRETURN n;\n")),
    ).toThrow('includes unknown fragment "missing"');
  });

  it("includes a fragment of another file of the same folder: // :include other.cypher#name", () => {
    const shared = file("// :fragment live\nWHERE n.retiredOn IS NULL\n");
    const user = join(dirname(shared), "user.cypher");
    writeFileSync(user, "// :name live-facts\nMATCH (n:Fact)\n// :include named.cypher#live\nRETURN n;\n");
    expect(readNamedStatements(user).get("live-facts")).toBe(
      "MATCH (n:Fact)\nWHERE n.retiredOn IS NULL\nRETURN n",
    );
  });
});
