import { join } from "node:path";
import { applySchema } from "../../src/db/schema";
import { PROJECT_ROOT } from "../../src/shared/paths";
import { useTestDatabase } from "../support/test-neo4j";

describe("applySchema against the real Neo4j", () => {
  const db = useTestDatabase();

  async function constraintNames(): Promise<string[]> {
    const result = await db.executor.read("test", (tx) =>
      tx.run("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name"),
    );
    return result.records.map((record) => record.get("name"));
  }

  it("creates every constraint in cypher/schema.cypher, and a second run changes nothing", async () => {
    const applied = await applySchema(db.executor, join(PROJECT_ROOT, "cypher", "schema.cypher"));
    const first = await constraintNames();
    expect(first).toEqual(
      expect.arrayContaining([
        "province_id",
        "source_id",
        "foreign_locality_id",
        "fact_id",
        "fact_content_key",
        "source_file_name_unique",
      ]),
    );

    expect(await applySchema(db.executor)).toBe(applied);
    expect(await constraintNames()).toEqual(first);
  });

  it("makes a fact's content key and a source's file name unique", async () => {
    await applySchema(db.executor);
    await db.executor.write("test", (tx) =>
      tx.run("CREATE (:Fact {id: 'a', contentKey: 'k'}), (:Source {id: 'source:a', fileName: 'a.txt'})"),
    );
    await expect(
      db.executor.write("test", (tx) => tx.run("CREATE (:Fact {id: 'b', contentKey: 'k'})")),
    ).rejects.toMatchObject({ extensions: { code: "DUPLICATE" } });
    await expect(
      db.executor.write("test", (tx) => tx.run("CREATE (:Source {id: 'source:b', fileName: 'a.txt'})")),
    ).rejects.toMatchObject({ extensions: { code: "DUPLICATE" } });
  });

  it("makes the id of a Province unique", async () => {
    await applySchema(db.executor);
    await db.executor.write("test", (tx) => tx.run("CREATE (:Province {id: 'province:son-la'})"));
    await expect(
      db.executor.write("test", (tx) => tx.run("CREATE (:Province {id: 'province:son-la'})")),
    ).rejects.toMatchObject({ extensions: { code: "DUPLICATE" } });
  });
});
