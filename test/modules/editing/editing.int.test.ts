import { signToken } from "../../../src/auth/tokens";
import { applySchema } from "../../../src/db/schema";
import { buildGraphQLSchema } from "../../../src/graphql/schema";
import { summarizeGraph } from "../../../src/records/graph-summary";
import { loadSeedGraph } from "../../../src/seed/seed";
import {
  ADMIN_TOKEN,
  EDITOR_TOKEN,
  postGraphQL,
  useHttpServer,
  WRITABLE_AUTH,
} from "../../support/http-server";
import { useTestDatabase } from "../../support/test-neo4j";

const SON_LA_ARTICLE = "source:001_d3df1d2f0ab25093";

type Body = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
};

/**
 * A delegation record as an editor would enter it: Sơn La's Lao visitors, here for the first four
 * months of 2018 alone (the curated seed holds the 2017-to-April-2018 figure), so it is new.
 */
function delegationInput(overrides: Record<string, unknown> = {}) {
  return {
    id: "delegation:son-la-incoming-la-test",
    direction: "INCOMING",
    vietnameseSide: ["province:son-la"],
    foreignSide: ["country:LA"],
    period: { start: "2018-01-01", end: "2018-04-30", precision: "MONTH" },
    delegations: { value: 14, unit: "delegations", qualifier: "EXACT", text: "14 đoàn" },
    evidence: [
      { source: SON_LA_ARTICLE, quote: "trong đó có 14 đoàn với 176 lượt khách đến từ nước CHDCND Lào" },
    ],
    certainty: "STATED",
    ...overrides,
  };
}

const CREATE = `mutation Create($input: DelegationInput!) {
  createDelegation(input: $input, reason: "entered from the Sơn La article") { id direction sources { quote } }
}`;
const RETIRE = `mutation Retire($id: ID!) { retire(id: $id, reason: "duplicate of the curated record") { id } }`;

describe("writing to the graph through GraphQL", () => {
  const db = useTestDatabase();
  const http = useHttpServer(db, {
    auth: WRITABLE_AUTH,
  });
  beforeEach(async () => {
    await applySchema(db.executor);
    await loadSeedGraph(db.executor);
  });

  const post = (query: string, variables: Record<string, unknown>, token?: string) =>
    postGraphQL<Body>(http.server, query, variables, token);

  const code = (body: Body) => body.errors?.[0]?.extensions.code;

  it.each([
    ["anonymous", undefined, "UNAUTHENTICATED"],
    [
      "a forged token",
      signToken({ id: "mallory", role: "admin" }, "another-secret-that-is-at-least-32-chars"),
      "UNAUTHENTICATED",
    ],
    ["an editor", EDITOR_TOKEN, null],
    ["an admin", ADMIN_TOKEN, null],
  ])("lets %s create a delegation, or not: %s", async (_who, token, expected) => {
    const before = await summarizeGraph(db.executor);
    const body = await post(CREATE, { input: delegationInput() }, token);
    if (expected) {
      expect(code(body)).toBe(expected);
      expect(await summarizeGraph(db.executor)).toEqual(before);
    } else {
      expect(body.errors).toBeUndefined();
      expect(body.data?.createDelegation).toMatchObject({
        id: "delegation:son-la-incoming-la-test",
        direction: "INCOMING",
      });
    }
  });

  it.each([
    ["anonymous", undefined, "UNAUTHENTICATED"],
    ["an editor", EDITOR_TOKEN, "FORBIDDEN"],
    ["an admin", ADMIN_TOKEN, null],
  ])("lets %s retire a record, or not: %s", async (_who, token, expected) => {
    const body = await post(RETIRE, { id: "delegation:son-la-incoming-la-2017-2018-04" }, token);
    expect(body.errors?.[0]?.extensions.code ?? null).toBe(expected);
  });

  it("records who, when and why in the history, and a retired fact leaves the answers", async () => {
    await post(CREATE, { input: delegationInput() }, EDITOR_TOKEN);
    await post(RETIRE, { id: "delegation:son-la-incoming-la-test" }, ADMIN_TOKEN);
    const HISTORY = "query H($id: ID!) { history(id: $id) { by role action reason record at } }";
    const variables = { id: "delegation:son-la-incoming-la-test" };
    // Who edited is for editors: an anonymous reader sees the changes, not their authors.
    const anonymous = await post(HISTORY, variables);
    expect(((anonymous.data?.history ?? []) as Array<{ by: string }>).map((change) => change.by)).toEqual([
      "redacted",
      "redacted",
    ]);
    const history = await post(HISTORY, variables, EDITOR_TOKEN);
    const changes = history.data?.history as Array<{
      by: string;
      role: string;
      action: string;
      reason: string;
      record: string | null;
    }>;
    expect(changes.map((change) => [change.action, change.by, change.role])).toEqual([
      ["create", "editor@example.org", "editor"],
      ["retire", "admin@example.org", "admin"],
    ]);
    expect(JSON.parse(changes[0]?.record ?? "{}")).toMatchObject({
      id: "delegation:son-la-incoming-la-test",
      type: "Delegation",
    });
    const partners = await post(
      '{ partners(of: "province:son-la", filter: { types: [Delegation] }) { nodes { facts { id } } } }',
      {},
    );
    const factIds = JSON.stringify(partners.data);
    expect(factIds).not.toContain("delegation:son-la-incoming-la-test");
  });

  it("reports a fact already recorded (same parties, kind, period, source) and adds nothing", async () => {
    const first = await post(CREATE, { input: delegationInput() }, EDITOR_TOKEN);
    expect(first.errors).toBeUndefined();
    const before = await summarizeGraph(db.executor);
    const again = await post(
      CREATE,
      { input: delegationInput({ id: "delegation:son-la-incoming-la-again" }) },
      EDITOR_TOKEN,
    );
    expect(code(again)).toBe("DUPLICATE");
    expect(again.errors?.[0]?.extensions.existingId).toBe("delegation:son-la-incoming-la-test");
    expect(await summarizeGraph(db.executor)).toEqual(before);
  });

  it.each([
    [
      "an unknown place, with the closest matches",
      { vietnameseSide: ["province:son-lla"] },
      /^vietnameseSide\.0: "province:son-lla" is not known; closest: province:son-la \(Son La\)/,
    ],
    [
      "a period that ends before it starts",
      { period: { start: "2018-01-01", end: "2017-04-30", precision: "MONTH" } },
      /^period: ends \(2017-04-30\) before it starts \(2018-01-01\)/,
    ],
    [
      "a negative count",
      { delegations: { value: -14, unit: "delegations", qualifier: "EXACT", text: "14 đoàn" } },
      /^delegations\.value: must not be negative/,
    ],
    [
      "money without a currency",
      { delegations: { value: 5, unit: "money", qualifier: "EXACT", text: "5 tỉ đồng" } },
      /^delegations\.unit: money needs an ISO 4217 currency code/,
    ],
    ["a fact without a source", { evidence: [] }, /^evidence: needs at least one quote from a source/],
    [
      "a source that is not a Source",
      { evidence: [{ source: "province:son-la", quote: "x" }] },
      /^evidence\.0\.source: must be an id like "source:some-name"/,
    ],
    [
      "a source that is not in the graph",
      { evidence: [{ source: "source:an-article-never-added", quote: "x" }] },
      /^evidence\.0\.source: "source:an-article-never-added" is not known/,
    ],
    ["a participant of the wrong kind", { partOf: "province:son-la" }, /^partOf: must be/],
  ])(
    "rejects %s with BAD_USER_INPUT naming the field, and writes nothing",
    async (_case, overrides, message) => {
      const before = await summarizeGraph(db.executor);
      const body = await post(CREATE, { input: delegationInput(overrides) }, EDITOR_TOKEN);
      expect(code(body)).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toMatch(message);
      expect(await summarizeGraph(db.executor)).toEqual(before);
    },
  );

  it("updates a delegation in place, keeping the earlier version in the history", async () => {
    await post(CREATE, { input: delegationInput() }, EDITOR_TOKEN);
    const updated = await post(
      `mutation U($input: DelegationInput!) { updateDelegation(input: $input, reason: "add the visitors") { id } }`,
      {
        input: delegationInput({
          people: { value: 176, unit: "visitor-trips", qualifier: "EXACT", text: "176 lượt khách" },
        }),
      },
      EDITOR_TOKEN,
    );
    expect(updated.errors).toBeUndefined();
    const fact = await post(
      '{ node(id: "delegation:son-la-incoming-la-test") { ... on Fact { figures { measure value } } } }',
      {},
    );
    expect(fact.data?.node).toEqual({
      figures: [
        { measure: "delegations", value: 14 },
        { measure: "people", value: 176 },
      ],
    });
    const history = await post('{ history(id: "delegation:son-la-incoming-la-test") { action } }', {});
    expect(history.data?.history).toEqual([{ action: "create" }, { action: "update" }]);
  });

  describe("merging two records of one place", () => {
    const MERGE = `mutation M($keep: ID!, $merge: ID!) {
      mergePlaces(keep: $keep, merge: $merge, reason: "the same province, entered twice") { id ... on Participant { aliases } }
    }`;

    beforeEach(async () => {
      // A duplicate of Luang Prabang under another spelling, with a fact of its own.
      await db.executor.write("test", (tx) =>
        tx.run(`
          MATCH (country:Country {id: 'country:LA'}), (sonLa:Province {id: 'province:son-la'}),
                (source:Source {id: 'source:001_d3df1d2f0ab25093'})
          CREATE (duplicate:Entity:ForeignLocality {id: 'locality:la-louangphabang', nameEn: 'Louangphabang', kind: 'PROVINCE',
                  countryCode: 'LA', aliases: ['Luang Phabang'], searchKeys: ['louangphabang'], searchText: 'Louangphabang'})
                  -[:PART_OF {key: ''}]->(country)
          CREATE (fact:Entity:Fact:Partnership {id: 'partnership:son-la-louangphabang', factType: 'Partnership',
                  kind: 'FRIENDSHIP', status: 'COMPLETED', sectors: [], certainty: 'STATED'})
          CREATE (fact)-[:ACTOR {key: 'PARTY', role: 'PARTY'}]->(sonLa)
          CREATE (fact)-[:PARTNER {key: 'PARTY', role: 'PARTY'}]->(duplicate)
          CREATE (fact)-[:EVIDENCED_BY {key: 'q', quote: 'các tỉnh Bắc Lào'}]->(source)`),
      );
    });

    it("moves the facts, keeps the names as aliases and retires the duplicate, in one transaction", async () => {
      const body = await post(
        MERGE,
        { keep: "locality:la-luang-prabang", merge: "locality:la-louangphabang" },
        ADMIN_TOKEN,
      );
      expect(body.errors).toBeUndefined();
      expect((body.data?.mergePlaces as { aliases: string[] } | undefined)?.aliases).toEqual(
        expect.arrayContaining(["Louangphabang", "Luang Phabang"]),
      );
      const partners = await post(
        '{ partners(of: "province:son-la", filter: { types: [Partnership] }) { nodes { partner { id } facts { id } } } }',
        {},
      );
      const ids = JSON.stringify(partners.data);
      expect(ids).toContain("locality:la-luang-prabang");
      expect(ids).not.toContain("locality:la-louangphabang");
      const found = await post('{ foreignLocality(name: "Louangphabang") { id } }', {});
      expect(found.data?.foreignLocality).toEqual({ id: "locality:la-luang-prabang" });
      const history = await post(
        '{ history(id: "locality:la-louangphabang") { action by } }',
        {},
        EDITOR_TOKEN,
      );
      expect(history.data?.history).toEqual([{ action: "merged-into", by: "admin@example.org" }]);
    });

    it.each([
      ["an editor", EDITOR_TOKEN, "FORBIDDEN"],
      ["anonymous", undefined, "UNAUTHENTICATED"],
    ])("refuses %s, and changes nothing", async (_who, token, expected) => {
      const before = await summarizeGraph(db.executor);
      const body = await post(
        MERGE,
        { keep: "locality:la-luang-prabang", merge: "locality:la-louangphabang" },
        token,
      );
      expect(code(body)).toBe(expected);
      expect(await summarizeGraph(db.executor)).toEqual(before);
    });

    it("refuses to merge places of different kinds", async () => {
      const body = await post(MERGE, { keep: "country:LA", merge: "locality:la-louangphabang" }, ADMIN_TOKEN);
      expect(code(body)).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toMatch(/^keep: a Country is not a place or organisation/);
    });
  });

  it("adds a source, a place and an organisation, and a fact citing them", async () => {
    const source = await post(
      `mutation { createSource(reason: "new article", input: {
          fileName: "005_test.txt", title: "Tin thử", about: "province:son-la",
          publishedOn: "2019-05-01", period: { start: "2019-01-01", end: "2019-12-31", precision: YEAR } }) { id period { precision } } }`,
      {},
      EDITOR_TOKEN,
    );
    expect(source.errors).toBeUndefined();
    expect(source.data?.createSource).toEqual({ id: "source:005_test", period: { precision: "YEAR" } });

    const place = await post(
      `mutation { createForeignLocality(reason: "named in the new article", input: {
          id: "locality:jp-himeji", country: "country:JP", kind: CITY, nameEn: "Himeji", partOf: "locality:jp-hyogo",
          aliases: ["TP. Himeji"] }) { id ... on ForeignLocality { partOf { id } } } }`,
      {},
      EDITOR_TOKEN,
    );
    expect(place.errors).toBeUndefined();
    expect(place.data?.createForeignLocality).toEqual({
      id: "locality:jp-himeji",
      partOf: { id: "locality:jp-hyogo" },
    });

    const organization = await post(
      `mutation { createOrganization(reason: "named in the new article", input: {
          id: "org:himeji-city-office", nameEn: "Himeji City Office", kind: GOVERNMENT_AGENCY, country: "country:JP",
          locality: "locality:jp-himeji", evidence: [{ source: "source:005_test", quote: "Văn phòng thành phố Himeji" }] }) { id } }`,
      {},
      EDITOR_TOKEN,
    );
    expect(organization.errors).toBeUndefined();

    const fact = await post(
      CREATE,
      {
        input: delegationInput({
          id: "delegation:son-la-incoming-himeji-test",
          foreignSide: ["org:himeji-city-office"],
          period: { start: "2019-01-01", end: "2019-12-31", precision: "YEAR" },
          evidence: [{ source: "source:005_test", quote: "đoàn Himeji" }],
        }),
      },
      EDITOR_TOKEN,
    );
    expect(fact.errors).toBeUndefined();
    const search = await post('{ search(text: "Himeji", types: [ForeignLocality]) { node { id } } }', {});
    expect(search.data?.search).toEqual([{ node: { id: "locality:jp-himeji" } }]);
  });

  it("refuses a place whose parent is unknown, naming the field", async () => {
    const body = await post(
      `mutation { createForeignLocality(reason: "x", input: {
          id: "locality:jp-nowhere", country: "country:JP", kind: CITY, nameEn: "Nowhere", partOf: "locality:jp-atlantis" }) { id } }`,
      {},
      EDITOR_TOKEN,
    );
    expect(code(body)).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(/^partOf: "locality:jp-atlantis" is not known/);
  });

  describe("linking a fact to one more place", () => {
    const MOU = "agreement:son-la-northern-lao-provinces-mous";
    const LINK = `mutation Link($fact: ID!, $place: ID!, $role: ParticipantRole!) {
      linkFactToPlace(fact: $fact, place: $place, role: $role, reason: "the article names it") {
        id participants { side role participant { id } }
      }
    }`;

    it("adds the place on the side its country says, and the history records the link", async () => {
      const body = await post(
        LINK,
        { fact: MOU, place: "locality:la-luang-prabang", role: "PARTY" },
        EDITOR_TOKEN,
      );
      expect(body.errors).toBeUndefined();
      const fact = body.data?.linkFactToPlace as {
        participants: Array<{ side: string; role: string; participant: { id: string } }>;
      };
      expect(fact.participants).toContainEqual({
        side: "PARTNER",
        role: "PARTY",
        participant: { id: "locality:la-luang-prabang" },
      });
      const history = await post(
        "query H($id: ID!) { history(id: $id) { action by record } }",
        { id: MOU },
        EDITOR_TOKEN,
      );
      expect(history.data?.history).toEqual([
        {
          action: "link",
          by: "editor@example.org",
          record: JSON.stringify({ fact: MOU, place: "locality:la-luang-prabang", role: "PARTY" }),
        },
      ]);
    });

    it.each([
      [
        "an unknown place, with the closest names",
        { place: "locality:la-luang-prabangg" },
        /^place: "locality:la-luang-prabangg" is not known; closest: locality:la-luang-prabang/,
      ],
      [
        "a role the fact's type does not have",
        { role: "FUNDER" },
        /^role: a foreign participant of this Agreement can be PARTY, not FUNDER/,
      ],
      [
        "a record that is not a place",
        { place: "source:001_d3df1d2f0ab25093" },
        /^place: "source:001_d3df1d2f0ab25093" is a Source/,
      ],
      [
        "an unknown fact",
        { fact: "agreement:nothing-like-it" },
        /^fact: "agreement:nothing-like-it" is not a known fact/,
      ],
    ])("refuses %s and writes nothing", async (_case, overrides, message) => {
      const before = await summarizeGraph(db.executor);
      const body = await post(
        LINK,
        { fact: MOU, place: "locality:la-luang-prabang", role: "PARTY", ...overrides },
        EDITOR_TOKEN,
      );
      expect(code(body)).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toMatch(message);
      expect(await summarizeGraph(db.executor)).toEqual(before);
    });

    it("reports a link that already exists as a duplicate", async () => {
      const body = await post(LINK, { fact: MOU, place: "province:son-la", role: "PARTY" }, EDITOR_TOKEN);
      expect(code(body)).toBe("DUPLICATE");
    });
  });

  describe("answers as the graph stood on a past day (asOf)", () => {
    const COUNTS = `query Counts($asOf: Date) {
      factCounts(groupBy: FACT_TYPE, province: "province:son-la", filter: { asOf: $asOf }) { key value }
      delegationFlows(province: "province:son-la", asOf: $asOf) { direction records { id } }
    }`;
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const RETIRED = "delegation:son-la-incoming-la-2017-2018-04";
    const delegationIds = (body: Body) => {
      expect(body.errors).toBeUndefined();
      const flows = (body.data?.delegationFlows ?? []) as Array<{ records: Array<{ id: string }> }>;
      return flows.flatMap((flow) => flow.records.map((record) => record.id));
    };

    it("keeps yesterday's answer after a fact is added and another retired today", async () => {
      // The history being reproduced: the seed graph was recorded last year.
      await db.executor.write("test", (tx) =>
        tx.run("MATCH (fact:Fact) SET fact.recordedOn = date() - duration('P1Y')"),
      );
      const before = await post(COUNTS, { asOf: null });
      expect(delegationIds(before)).toContain(RETIRED);

      expect((await post(CREATE, { input: delegationInput() }, EDITOR_TOKEN)).errors).toBeUndefined();
      expect((await post(RETIRE, { id: RETIRED }, ADMIN_TOKEN)).errors).toBeUndefined();

      const pastAnswer = await post(COUNTS, { asOf: yesterday });
      expect(pastAnswer.data).toEqual(before.data);
      expect(delegationIds(pastAnswer)).toContain(RETIRED);

      const todaysAnswer = await post(COUNTS, { asOf: today });
      expect(todaysAnswer.data).toEqual((await post(COUNTS, { asOf: null })).data);
      expect(delegationIds(todaysAnswer)).not.toContain(RETIRED);
      expect(delegationIds(todaysAnswer)).toContain("delegation:son-la-incoming-la-test");
    });

    it("dates every fact it records, and a reload keeps the first date and the retirement", async () => {
      await post(RETIRE, { id: RETIRED }, ADMIN_TOKEN);
      await db.executor.write("test", (tx) =>
        tx.run("MATCH (fact:Fact) SET fact.recordedOn = date('2024-05-01')"),
      );
      await loadSeedGraph(db.executor);
      const facts = await db.executor.read("test", (tx) =>
        tx.run(
          `MATCH (fact:Fact)
           RETURN collect(DISTINCT toString(fact.recordedOn)) AS recorded,
                  [f IN collect(fact) WHERE f.retiredOn IS NOT NULL | f.id] AS retired`,
        ),
      );
      expect(facts.records[0]?.toObject()).toEqual({ recorded: ["2024-05-01"], retired: [RETIRED] });
    });
  });

  describe("the permission matrix", () => {
    const MUTATIONS: Array<[string, string, "editor" | "admin", string?]> = [
      [
        "createAgreement",
        'createAgreement(reason: "r", input: { kind: MOU, parties: ["province:son-la"], evidence: [{ source: "source:001_d3df1d2f0ab25093", quote: "q" }], certainty: STATED }) { id }',
        "editor",
      ],
      [
        "createDelegation",
        'createDelegation(reason: "r", input: { direction: INCOMING, vietnameseSide: ["province:son-la"], evidence: [{ source: "source:001_d3df1d2f0ab25093", quote: "q" }], certainty: STATED }) { id }',
        "editor",
      ],
      [
        "createProgramme",
        'createProgramme(reason: "r", input: { kind: TRAINING, runBy: ["province:son-la"], evidence: [{ source: "source:001_d3df1d2f0ab25093", quote: "q" }], certainty: STATED }) { id }',
        "editor",
      ],
      [
        "createPartnership",
        'createPartnership(reason: "r", input: { kind: FRIENDSHIP, from: "province:son-la", to: ["country:LA"], evidence: [{ source: "source:001_d3df1d2f0ab25093", quote: "q" }], certainty: STATED }) { id }',
        "editor",
      ],
      [
        "updateAgreement",
        'updateAgreement(reason: "r", input: { id: "agreement:son-la-northern-lao-provinces-mous", kind: MOU, parties: ["province:son-la", "group:northern-lao-provinces"], evidence: [{ source: "source:001_d3df1d2f0ab25093", quote: "thực hiện nghiêm túc nội dung các Biên bản ghi nhớ giữa tỉnh Sơn La và các tỉnh Bắc Lào" }], certainty: STATED }) { id }',
        "editor",
      ],
      [
        "updateDelegation",
        'updateDelegation(reason: "r", input: { id: "delegation:son-la-incoming-2017-2018-04", direction: INCOMING, vietnameseSide: ["province:son-la"], evidence: [{ source: "source:001_d3df1d2f0ab25093", quote: "q" }], certainty: STATED }) { id }',
        "editor",
      ],
      [
        "updateProgramme",
        'updateProgramme(reason: "r", input: { id: "programme:son-la-foreign-students-2017-2018-04", kind: TRAINING, runBy: ["province:son-la"], evidence: [{ source: "source:001_d3df1d2f0ab25093", quote: "q" }], certainty: STATED }) { id }',
        "editor",
      ],
      [
        "updatePartnership",
        'updatePartnership(reason: "r", input: { id: "partnership:son-la-neighbourhood-friendship-laos", kind: NEIGHBOURHOOD, from: "province:son-la", to: ["country:LA"], evidence: [{ source: "source:001_d3df1d2f0ab25093", quote: "q" }], certainty: STATED }) { id }',
        "editor",
      ],
      [
        "linkFactToPlace",
        'linkFactToPlace(reason: "r", fact: "agreement:son-la-northern-lao-provinces-mous", place: "locality:la-luang-prabang", role: PARTY) { id }',
        "editor",
      ],
      [
        "createForeignLocality",
        'createForeignLocality(reason: "r", input: { id: "locality:jp-test", country: "country:JP", kind: CITY, nameEn: "Test" }) { id }',
        "editor",
      ],
      [
        "createOrganization",
        'createOrganization(reason: "r", input: { id: "org:test", nameEn: "Test", kind: NGO, evidence: [{ source: "source:001_d3df1d2f0ab25093", quote: "q" }] }) { id }',
        "editor",
      ],
      [
        "createSource",
        'createSource(reason: "r", input: { fileName: "006_test.txt", about: "province:son-la" }) { id }',
        "editor",
      ],
      [
        "retire",
        'retire(id: "partnership:son-la-neighbourhood-friendship-laos", reason: "r") { id }',
        "admin",
      ],
      [
        "mergePlaces",
        'mergePlaces(keep: "locality:la-luang-prabang", merge: "locality:la-luang-namtha", reason: "r") { id }',
        "admin",
      ],
      // The seed graph holds no proposals: NOT_FOUND shows the role check let the call through.
      ["acceptProposal", 'acceptProposal(id: "proposal:none", reason: "r") { id }', "editor", "NOT_FOUND"],
      ["rejectProposal", 'rejectProposal(id: "proposal:none", reason: "r") { id }', "editor", "NOT_FOUND"],
    ];
    const CASES = MUTATIONS.flatMap(([name, field, needs, outcome = "allowed"]) => [
      [name, "anonymous", "UNAUTHENTICATED", undefined, field],
      [name, "an editor", needs === "admin" ? "FORBIDDEN" : outcome, EDITOR_TOKEN, field],
      [name, "an admin", outcome, ADMIN_TOKEN, field],
    ]) as Array<[string, string, string, string | undefined, string]>;

    it("covers every mutation in the schema", () => {
      const mutations = Object.keys(buildGraphQLSchema().getMutationType()?.getFields() ?? {});
      expect(MUTATIONS.map(([name]) => name).sort()).toEqual(mutations.sort());
    });

    it.each(CASES)("%s by %s: %s", async (_name, _who, expected, token, field) => {
      const before = await summarizeGraph(db.executor);
      const body = await post(`mutation { ${field} }`, {}, token);
      expect(body.errors?.[0]?.extensions.code ?? "allowed").toBe(expected);
      if (expected !== "allowed") {
        expect(await summarizeGraph(db.executor)).toEqual(before);
      }
    });
  });
});
