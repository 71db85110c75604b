import { Writable } from "node:stream";
import { execute, parse } from "graphql";
import { pino } from "pino";
import { createContext } from "../../src/context/context";
import { buildGraphQLSchema } from "../../src/graphql/schema";
import { useSeededDatabase } from "../support/seeded-database";

const schema = buildGraphQLSchema();

describe("the compiled read path in the schema", () => {
  const db = useSeededDatabase();

  it("answers a covered root field in one statement, and logs it at debug level", async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: "debug" },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const context = createContext(db.executor, null, undefined, logger);
    const result = await execute({
      schema,
      document: parse(`{ son: province(id: "province:son-la") { nameEn n: nameVi __typename } }`),
      contextValue: context,
    });
    expect(result).toEqual({ data: { son: { nameEn: "Son La", n: "Sơn La", __typename: "Province" } } });
    expect(context.reader.operations).toEqual(["compiled:province"]);
    const [logged] = lines.map((line) => JSON.parse(line) as { msg: string; cypher: string; params: object });
    expect(logged?.msg).toBe("compiled read");
    expect(logged?.cypher).toContain("MATCH (row_1:Entity {id: $p_son_id})");
    expect(logged?.params).toEqual({ p_son_id: "province:son-la", p_son_type: "Province" });
  });

  it("proves an empty nested answer whose arguments name ids, and only an empty one", async () => {
    const ask = async (period: string) => {
      const context = createContext(db.executor);
      const result = await execute({
        schema,
        document: parse(`{ province(id: "province:long-an") {
          facts(filter: {participants: ["country:LA"], period: ${period}}) { totalCount }
        } }`),
        contextValue: context,
      });
      expect(result.errors).toBeUndefined();
      return context.reader.operations;
    };
    // Nothing in 2100: the ids are checked (they exist, so the empty page stands); with rows, no check.
    expect(await ask(`{from: "2100-01-01"}`)).toEqual(["compiled:province", "ids-found"]);
    expect(await ask(`{undated: INCLUDE}`)).toEqual(["compiled:province"]);
  });

  it("runs the resolvers for what it does not cover, as before", async () => {
    const context = createContext(db.executor);
    const result = await execute({
      schema,
      document: parse(`{ province(id: "province:son-la") { nameEn citations { certainty } } }`),
      contextValue: context,
    });
    expect(result.errors).toBeUndefined();
    expect(context.reader.operations).not.toContain("compiled:province");
  });
});
