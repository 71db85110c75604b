import {
  ADMIN_TOKEN,
  EDITOR_TOKEN,
  postGraphQL,
  useHttpServer,
  WRITABLE_AUTH,
} from "../../support/http-server";
import { useSeededDatabase } from "../../support/seeded-database";

const SON_LA_ARTICLE = "source:001_d3df1d2f0ab25093";

type Body = {
  data?: Record<string, { id: string; version?: number; title?: string }> | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
};

/** A delegation no other test writes: its own year keeps the tests of this file apart. */
function delegationInput(year: number, overrides: Record<string, unknown> = {}) {
  return {
    direction: "INCOMING",
    vietnameseSide: ["province:son-la"],
    foreignSide: ["country:LA"],
    period: { start: `${year}-01-01`, end: `${year}-12-31`, precision: "YEAR" },
    delegations: { value: 14, unit: "delegations", qualifier: "EXACT", text: "14 đoàn" },
    evidence: [{ source: SON_LA_ARTICLE, quote: "trong đó có 14 đoàn" }],
    certainty: "STATED",
    ...overrides,
  };
}

const CREATE = `mutation Create($input: DelegationInput!) {
  createDelegation(input: $input, reason: "entered concurrently") { id version }
}`;
const UPDATE = `mutation Update($input: DelegationInput!, $expectedVersion: Int) {
  updateDelegation(input: $input, reason: "corrected", expectedVersion: $expectedVersion) { id version }
}`;

describe("concurrent writes", () => {
  const db = useSeededDatabase();
  const http = useHttpServer(db, {
    auth: WRITABLE_AUTH,
  });

  const post = (query: string, variables: Record<string, unknown>, token = EDITOR_TOKEN) =>
    postGraphQL<Body>(http.server, query, variables, token);

  /** The facts of one year's test delegation, and the create records of the audit trail about them. */
  async function stored(year: number): Promise<{ facts: string[]; creates: number }> {
    const result = await db.executor.read("test", (tx) =>
      tx.run(
        `MATCH (fact:Delegation) WHERE fact.periodStart = date($start) AND fact.periodEnd = date($end)
         OPTIONAL MATCH (change:Change {action: 'create'})-[:CHANGED]->(fact)
         RETURN fact.id AS id, count(change) AS creates`,
        { start: `${year}-01-01`, end: `${year}-12-31` },
      ),
    );
    return {
      facts: result.records.map((record) => record.get("id")),
      creates: result.records.reduce((sum, record) => sum + record.get("creates"), 0),
    };
  }

  const codes = (bodies: Body[]) => bodies.map((body) => body.errors?.[0]?.extensions.code ?? "OK").sort();

  it("stores one fact and one audit record of 10 identical creates with their own ids; the rest are DUPLICATE naming it", async () => {
    const bodies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(CREATE, { input: delegationInput(2031, { id: `delegation:son-la-concurrent-${i}` }) }),
      ),
    );
    const { facts, creates } = await stored(2031);
    expect(facts).toHaveLength(1);
    expect(creates).toBe(1);
    expect(codes(bodies)).toEqual(["OK", ...Array(9).fill("DUPLICATE")].sort());
    for (const body of bodies.filter((body) => body.errors)) {
      expect(body.errors?.[0]?.extensions.existingId).toBe(facts[0]);
      expect(body.errors?.[0]?.message).toContain(`"${facts[0]}"`);
    }
  });

  it("stores one fact and one audit record of 20 identical creates without ids", async () => {
    const bodies = await Promise.all(
      Array.from({ length: 20 }, () => post(CREATE, { input: delegationInput(2032) })),
    );
    expect(codes(bodies)).toEqual(["OK", ...Array(19).fill("DUPLICATE")].sort());
    expect(await stored(2032)).toEqual({ facts: [expect.stringMatching(/^delegation:/)], creates: 1 });
  });

  it("stores one source of 10 concurrent creates of one file with different titles; the rest are DUPLICATE", async () => {
    const bodies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(
          `mutation S($title: String!) { createSource(reason: "new article", input: {
             fileName: "900_concurrent.txt", title: $title, about: "province:son-la", publishedOn: "2031-05-01" }) { id title } }`,
          { title: `Title ${i}` },
        ),
      ),
    );
    expect(codes(bodies)).toEqual(["OK", ...Array(9).fill("DUPLICATE")].sort());
    const winner = bodies.find((body) => !body.errors)?.data?.createSource;
    const result = await db.executor.read("test", (tx) =>
      tx.run(
        `MATCH (source:Source {fileName: '900_concurrent.txt'})
         RETURN source.id AS id, source.title AS title, COUNT { (:Change)-[:CHANGED]->(source) } AS changes`,
      ),
    );
    expect(result.records.map((record) => record.toObject())).toEqual([
      { id: "source:900_concurrent", title: winner?.title, changes: 1 },
    ]);
  });

  it("numbers a fact's versions: 1 when created (as every seed fact), one more with each update", async () => {
    const seedFact = await post(
      '{ node(id: "delegation:son-la-incoming-la-2017-2018-04") { ... on Fact { version } } }',
      {},
    );
    expect(seedFact.data?.node).toEqual({ version: 1 });

    const input = delegationInput(2033, { id: "delegation:son-la-versions" });
    expect((await post(CREATE, { input })).data?.createDelegation?.version).toBe(1);
    const second = await post(UPDATE, { input: { ...input, purpose: "trade" }, expectedVersion: 1 });
    expect(second.data?.updateDelegation?.version).toBe(2);
    const third = await post(UPDATE, { input: { ...input, purpose: "culture" } });
    expect(third.data?.updateDelegation?.version).toBe(3);
  });

  it("lets one of two concurrent updates from one version win; the other is CONFLICT with the current version", async () => {
    const input = delegationInput(2034, { id: "delegation:son-la-contended" });
    await post(CREATE, { input });
    const bodies = await Promise.all(
      ["trade", "culture"].map((purpose) =>
        post(UPDATE, { input: { ...input, purpose }, expectedVersion: 1 }),
      ),
    );
    expect(codes(bodies)).toEqual(["CONFLICT", "OK"]);
    const conflict = bodies.find((body) => body.errors)?.errors?.[0];
    expect(conflict?.extensions.currentVersion).toBe(2);
    const history = await post('{ history(id: "delegation:son-la-contended") { action } }', {});
    expect(history.data?.history).toEqual([{ action: "create" }, { action: "update" }]);
  });

  it("applies concurrent updates without an expected version one after the other, losing none", async () => {
    const input = delegationInput(2035, { id: "delegation:son-la-serialised" });
    await post(CREATE, { input });
    const bodies = await Promise.all(
      ["a", "b", "c", "d"].map((purpose) => post(UPDATE, { input: { ...input, purpose } })),
    );
    expect(codes(bodies)).toEqual(["OK", "OK", "OK", "OK"]);
    const versions = bodies.map((body) => body.data?.updateDelegation?.version).sort();
    expect(versions).toEqual([2, 3, 4, 5]);
  });

  it("retires a fact once of two concurrent retires, raising its version; the other finds nothing live", async () => {
    const input = delegationInput(2036, { id: "delegation:son-la-retired-twice" });
    await post(CREATE, { input });
    const bodies = await Promise.all(
      [1, 2].map(() =>
        post(
          `mutation { retire(id: "delegation:son-la-retired-twice", reason: "entered twice") { id } }`,
          {},
          ADMIN_TOKEN,
        ),
      ),
    );
    expect(codes(bodies)).toEqual(["NOT_FOUND", "OK"]);
    const history = await post('{ history(id: "delegation:son-la-retired-twice") { action } }', {});
    expect(history.data?.history).toEqual([{ action: "create" }, { action: "retire" }]);
    const stored = await db.executor.read("test", (tx) =>
      tx.run("MATCH (fact:Fact {id: 'delegation:son-la-retired-twice'}) RETURN fact.version AS version"),
    );
    expect(stored.records[0]?.get("version")).toBe(2);
  });
});
