import { LIMITS } from "../../src/graphql/guards";
import { useHttpServer } from "../support/http-server";
import { useSeededDatabase } from "../support/seeded-database";

type Body = {
  data?: unknown;
  errors?: Array<{
    message: string;
    extensions: { code: string; limit?: number; cost?: number; multipliers?: unknown[] };
  }>;
};

/** Each limit rejects before anything runs, with its own code and the limit it enforces. */
describe("query guards on the HTTP endpoint", () => {
  const db = useSeededDatabase();
  const http = useHttpServer(db);

  async function post(query: string, variables?: Record<string, unknown>): Promise<Body> {
    const response = await fetch(`${http.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Body;
  }

  function nested(depth: number): string {
    let selection = "id";
    for (let level = 0; level < depth; level += 1) {
      selection = `partOf { id ${selection === "id" ? "" : `... on ForeignLocality { ${selection} }`} }`;
    }
    return `{ foreignLocality(id: "locality:jp-kobe") { ${selection} } }`;
  }

  it("rejects a query nested too deep with QUERY_TOO_DEEP", async () => {
    const body = await post(nested(LIMITS.maxDepth));
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_DEEP", limit: LIMITS.maxDepth });
    expect(body.data).toBeUndefined();
  });

  it("accepts the same query within the depth limit", async () => {
    const body = await post(nested(2));
    expect(body.errors).toBeUndefined();
  });

  it("rejects too many aliases with TOO_MANY_ALIASES", async () => {
    const aliases = Array.from(
      { length: LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: databaseInfo { version }`,
    ).join(" ");
    const body = await post(`{ ${aliases} }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: "TOO_MANY_ALIASES",
      limit: LIMITS.maxAliases,
    });
  });

  it("rejects too many directives with TOO_MANY_DIRECTIVES", async () => {
    const directives = Array.from({ length: LIMITS.maxDirectives + 1 }, () => "@include(if: true)").join(" ");
    const body = await post(`{ databaseInfo ${directives} { version } }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: "TOO_MANY_DIRECTIVES",
      limit: LIMITS.maxDirectives,
    });
  });

  it("rejects a query whose cost is too high with QUERY_TOO_COMPLEX", async () => {
    const fields = "id nameEn nameVi aliases countryCode";
    const wide = Array.from(
      { length: 15 },
      (_, i) =>
        `p${i}: provinces(first: 100) { nodes { ${fields} partners { nodes { partner { ${fields} } facts { id sources { quote source { fileName title } } } } } } }`,
    );
    const body = await post(`{ ${wide.join(" ")} }`);
    const error = body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: LIMITS.maxCost });
    expect(error?.extensions.cost).toBeGreaterThan(LIMITS.maxCost);
    // The fields whose `first` multiplied the cost are named, so the client knows what to lower.
    expect(error?.extensions.multipliers).toContainEqual({ field: "p0", first: 100 });
    expect(error?.message).toContain(`over the limit of ${LIMITS.maxCost}; multiplied by p0 (first: 100)`);
  });

  it("suggests the closest field for a misspelled one (graphql-js's Did you mean)", async () => {
    const body = await post('{ province(id: "province:son-la") { nameVii } }');
    expect(body.errors?.[0]?.message).toContain('Did you mean "nameVi"');
  });

  it("names the expected YYYY-MM-DD format for an invalid Date, and the variable with its path", async () => {
    const literal = await post('{ facts(filter: { period: { from: "2017-13-01" } }) { totalCount } }');
    expect(literal.errors?.[0]?.message).toMatch(
      /^Argument "filter\.period\.from": Expected value of type "Date"/,
    );
    expect(literal.errors?.[0]?.message).toContain('"2017-13-01" is not a date; expected YYYY-MM-DD');
    expect(literal.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const variable = await post(
      "query ($filter: FactFilterInput) { facts(filter: $filter) { totalCount } }",
      { filter: { period: { from: "30/04/2017" } } },
    );
    expect(variable.errors?.[0]?.message).toContain(
      'Variable "$filter" got invalid value "30/04/2017" at "filter.period.from"',
    );
    expect(variable.errors?.[0]?.message).toContain("expected YYYY-MM-DD");
  });

  it("keeps a user's error and an unknown field as they are", async () => {
    const bad = await post('{ partners(of: "province:son-la", first: 0) { totalCount } }');
    expect(bad.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const unknownField = await post("{ nope }");
    expect(unknownField.errors?.[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("reports an unknown enum value as BAD_USER_INPUT with the accepted values", async () => {
    const body = await post(
      '{ partners(of: "province:son-la", filter: { kinds: [TRAINNG] }) { totalCount } }',
    );
    expect(body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(
      /^Argument "filter\.kinds": Value "TRAINNG" does not exist in "FactKind" enum\. Accepted values: .*\bTRAINING\b/,
    );
  });

  it("reports a wrongly typed argument as BAD_USER_INPUT", async () => {
    const body = await post('{ partners(of: "province:son-la", first: "ten") { totalCount } }');
    expect(body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(/Int cannot represent/);
  });
});
