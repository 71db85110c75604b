import { readExampleOperations } from "../../src/docs/example-operations";
import { compileOperation, compileRequest } from "../support/compile";

/**
 * The Cypher each example operation compiles to, pinned (as @neo4j/graphql's TCK tests pin theirs):
 * a change of a fragment or of the compiler shows here as a diff to read. The real-database tests
 * (test/graphql/no-n-plus-one.int.test.ts, the modules' tests) check what it answers.
 */
describe("the compiled statement of each example operation", () => {
  for (const operation of readExampleOperations()) {
    it(operation.file, () => {
      for (const field of compileOperation(operation.text, operation.variables)) {
        expect(field.statement ?? "(not compiled: answered by the loaders)").toMatchSnapshot(
          `${field.field} cypher`,
        );
        expect(field.params).toMatchSnapshot(`${field.field} params`);
      }
      const compiledFields = compileOperation(operation.text, operation.variables).filter(
        (field) => field.statement !== null,
      );
      if (compiledFields.length > 1) {
        expect(compileRequest(operation.text, operation.variables)?.statement).toMatchSnapshot(
          "the request's one statement",
        );
      }
    });
  }
});

describe("the compiler", () => {
  it("names each nested field's parameters by its path", () => {
    const [partners] = compileOperation(
      `query { p: partners(of: "province:son-la", first: 2) { nodes { partner { ... on Province {
         facts(first: 3, filter: { kinds: [TRAINING] }) { totalCount } } } } } }`,
    );
    expect(partners?.params).toMatchObject({
      p_p_of: "province:son-la",
      p_p_limit: 3,
      p_p_partner_facts_limit: 4,
      p_p_partner_facts_kinds: ["TRAINING"],
    });
    // The facts of a partner that is not a province are not looked for.
    expect(partners?.statement).toContain(
      "WITH * WHERE any(label IN labels(it_1.node.partner) WHERE label IN ['Province'])",
    );
  });

  it("counts a page's total only when totalCount is selected", () => {
    const [province] = compileOperation(
      `{ province(id: "province:son-la") { facts(first: 5) { nodes { id } } } }`,
    );
    expect(province?.params).toMatchObject({ p_province_facts_countTotal: false });
    expect(province?.statement).toContain("WHERE $p_province_facts_countTotal");
  });

  it("projects only the selected properties, never whole nodes", () => {
    const [province] = compileOperation(`{ province(id: "province:son-la") { nameEn } }`);
    expect(province?.statement).toContain("`nameEn`: row_1.nameEn");
    expect(province?.statement).not.toMatch(/RETURN row_1 AS value/);
  });

  it("leaves @skip'd fields out and honours @include", () => {
    const query = `query ($more: Boolean!) { province(id: "province:son-la") { id nameVi @include(if: $more) } }`;
    expect(compileOperation(query, { more: false })[0]?.statement).not.toContain("nameVi");
    expect(compileOperation(query, { more: true })[0]?.statement).toContain("nameVi");
  });

  it("reads a request's compiled root fields in one statement, each in a subquery of its own", () => {
    const request = compileRequest(
      `{ a: province(id: "province:son-la") { nameEn } b: province(id: "province:lai-chau") { nameVi } }`,
    );
    expect(request?.statement.match(/^CALL \(\) \{$/gm)).toHaveLength(2);
    expect(request?.statement).toMatch(/RETURN \[value_0, value_1\] AS values$/);
    expect(request?.params).toMatchObject({ p_a_id: "province:son-la", p_b_id: "province:lai-chau" });
  });

  it("reads the facts of one scope once for the charts of a request that ask about it, however each filters them", () => {
    const chart = (key: string, province: string, filter = "") =>
      `${key}: factCounts(groupBy: YEAR, province: "${province}"${filter}) { key value }`;
    const request = compileRequest(
      `{ ${chart("a", "province:son-la")} ${chart("b", "province:son-la", ", filter: { kinds: [MOU] }")}
         ${chart("c", "province:lai-chau")} ${chart("d", "province:son-la", ", filter: { rollUp: false }")} }`,
    );
    // Sơn La with its bodies (a, b), Lai Châu (c), Sơn La without its bodies (d).
    expect(request?.statement.match(/MATCH \(scope:Province/g)).toHaveLength(3);
    expect(request?.statement).toContain("CALL (prelude_1) {\n  WITH prelude_1 AS prelude_0");
    expect(request?.statement.match(/^CALL \(prelude_1\) \{$/gm)).toHaveLength(2);
    expect(request?.params).toMatchObject({ p_b_kinds: ["MOU"], p_d_prelude_rollUp: false });
  });

  it("falls back to the loaders for a field its tables do not cover", () => {
    const [province] = compileOperation(`{ province(id: "province:son-la") { citations { certainty } } }`);
    expect(province?.statement).toBeNull();
  });

  it("falls back for bad arguments, so that the resolver reports them where they are", () => {
    const [partners] = compileOperation(`{ partners(of: "province:son-la", first: 500) { totalCount } }`);
    expect(partners?.statement).toBeNull();
  });
});
