import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedIfEmpty } from "../../src/seed/seed";
import { useTestDatabase } from "../support/test-neo4j";

describe("seedIfEmpty against the real Neo4j", () => {
  const db = useTestDatabase();

  function seedFile(text: string): string {
    const file = join(mkdtempSync(join(tmpdir(), "seed-")), "seed.cypher");
    writeFileSync(file, text);
    return file;
  }

  async function names(): Promise<string[]> {
    const result = await db.executor.read("test", (tx) =>
      tx.run("MATCH (n:Probe) RETURN n.name AS name ORDER BY name"),
    );
    return result.records.map((record) => record.get("name"));
  }

  it("loads the seed statements into an empty database", async () => {
    const file = seedFile("CREATE (:Probe {name: 'a'});\nCREATE (:Probe {name: 'b'});\n");
    expect(await seedIfEmpty(db.executor, file)).toEqual({ loaded: true, statements: 2 });
    expect(await names()).toEqual(["a", "b"]);
  });

  it("never touches a database that already holds data", async () => {
    await db.executor.write("test", (tx) => tx.run("CREATE (:Probe {name: 'the user data'})"));
    const file = seedFile("MATCH (n) DETACH DELETE n;\nCREATE (:Probe {name: 'seed'});\n");
    expect(await seedIfEmpty(db.executor, file)).toEqual({ loaded: false, statements: 0 });
    expect(await names()).toEqual(["the user data"]);
  });

  it("loads nothing at all when one seed statement fails", async () => {
    const file = seedFile("CREATE (:Probe {name: 'first'});\nTHIS IS NOT CYPHER;\n");
    await expect(seedIfEmpty(db.executor, file)).rejects.toMatchObject({
      extensions: { code: "DATABASE_ERROR" },
    });
    expect(await names()).toEqual([]);
  });

  it("accepts the project's own seed step", async () => {
    await expect(seedIfEmpty(db.executor)).resolves.toMatchObject({ loaded: true });
  });
});
