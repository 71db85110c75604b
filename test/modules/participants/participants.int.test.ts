import { RollUpAcrossThe2025MergerDocument } from "../../../src/generated/operations";
import { dataOf, execute, executeText } from "../../support/graphql";
import { useSeededDatabase } from "../../support/seeded-database";

describe("provinces, countries, localities and organisations through GraphQL", () => {
  const db = useSeededDatabase();

  async function one(field: string): Promise<unknown> {
    const data = dataOf(await executeText(db.executor, `{ found: ${field} }`)) as { found: unknown };
    return data.found;
  }

  it.each([
    ['province(id: "province:son-la") { id }', "province:son-la"],
    ['province(code: "VN-05") { id }', "province:son-la"],
    ['province(name: "son la") { id }', "province:son-la"],
    ['province(name: "Tây Ninh", era: POST_2025) { id }', "province:tay-ninh-2025"],
    ['province(name: "Tây Ninh", era: PRE_2025) { id }', "province:tay-ninh"],
    ['foreignLocality(code: "LA-LP") { id }', "locality:la-luang-prabang"],
    ['foreignLocality(name: "Pray Veng") { id }', "locality:kh-prey-veng"],
    ['foreignLocality(name: "Luong Pha Bang") { id }', "locality:la-luang-prabang"],
    ['country(code: "LA") { id }', "country:LA"],
    ['country(name: "Lào") { id }', "country:LA"],
    ['localityGroup(name: "Bắc Lào") { id }', "group:northern-lao-provinces"],
    ['organization(name: "JICA") { id }', "org:jica"],
    ['policyDocument(number: "22-NQ/TW") { id }', "policy:22-nq-tw"],
    ['node(id: "locality:jp-kobe") { id }', "locality:jp-kobe"],
  ])("looks up %s", async (field, id) => {
    expect(await one(field)).toEqual({ id });
  });

  it.each([
    [
      'province(id: "province:son-lla") { id }',
      'Argument "id": "province:son-lla" names nothing (Province). Did you mean "province:son-la"',
    ],
    [
      'province(id: "locality:jp-kobe") { id }',
      'Argument "id": "locality:jp-kobe" names a ForeignLocality, not a Province.',
    ],
  ])(
    "refuses an id that names no province, naming the argument and the closest ids: %s",
    async (field, message) => {
      const result = await executeText(db.executor, `{ ${field} }`);
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(result.errors?.[0]?.message).toContain(message);
    },
  );

  describe("an id naming nothing in a nested field's filter is NOT_FOUND, as in a root field's", () => {
    // By id the request is compiled into one statement; by name it runs the resolvers and loaders.
    it.each([
      ['province(id: "province:son-la")', "facts", "participants", "locality:nowhere", "locality:"],
      ['province(name: "son la")', "facts", "participants", "locality:nowhere", "locality:"],
      ['province(id: "province:son-la")', "partners", "participants", "country:LAO", "country:LA"],
      ['province(name: "son la")', "partners", "participants", "org:jicaa", "org:jica"],
      ['country(id: "country:LA")', "facts", "participants", "group:northern-lao", "group:"],
      ['country(id: "country:LA")', "partners", "participants", "province:son-lla", "province:son-la"],
      [
        'country(name: "Lào")',
        "partners",
        "sources",
        "source:001_d3df1d2f0ab2509",
        "source:001_d3df1d2f0ab25093",
      ],
      [
        'province(id: "province:son-la")',
        "facts",
        "sources",
        "source:001_d3df1d2f0ab2509",
        "source:001_d3df1d2f0ab25093",
      ],
    ])("%s { %s(filter: {%s: [%s]}) }", async (parent, field, option, id, suggested) => {
      const selection = field === "facts" ? "totalCount nodes { id }" : "totalCount nodes { partner { id } }";
      const result = await executeText(
        db.executor,
        `{ found: ${parent} { ${field}(filter: {${option}: ["${id}"]}) { ${selection} } } }`,
      );
      expect(result.operations.some((name) => name.startsWith("compiled:"))).toBe(parent.includes("(id:"));
      const error = result.errors?.[0];
      expect(error?.extensions).toMatchObject({ code: "NOT_FOUND", argument: `filter.${option}`, id });
      expect(error?.path).toEqual(["found", field]);
      expect(error?.message).toContain(`"${id}" names nothing`);
      expect(((error?.extensions?.suggestions ?? []) as string[]).some((s) => s.startsWith(suggested))).toBe(
        true,
      );
    });

    it("costs no check when the answer has rows: a filter whose ids exist answers as before", async () => {
      const result = await executeText(
        db.executor,
        `{ province(id: "province:long-an") { facts(filter: {participants: ["country:LA"]}) { totalCount } } }`,
      );
      expect(dataOf(result)).toEqual({ province: { facts: { totalCount: expect.any(Number) } } });
      expect(result.operations).toEqual(["compiled:province"]);
    });
  });

  it("calls a name two units share (before and after the 2025 reform) AMBIGUOUS, with the candidates", async () => {
    const result = await executeText(db.executor, '{ province(name: "An Giang") { id } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "AMBIGUOUS",
      argument: "name",
      candidates: expect.arrayContaining([
        { id: "province:an-giang", era: "PRE_2025" },
        expect.objectContaining({ era: "POST_2025" }),
      ]),
    });
  });

  it.each([
    'country(code: "ZZ") { id }',
    'foreignLocality(name: "nowhere at all") { id }',
    'node(id: "nothing:here") { id }',
  ])("answers null, with no error, when nothing matches: %s", async (field) => {
    expect(await one(field)).toBeNull();
  });

  it("asks for exactly one key", async () => {
    const result = await executeText(
      db.executor,
      '{ province(id: "province:son-la", name: "Sơn La") { id } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toBe('Give exactly one of the arguments "id", "code", "name".');
  });

  it("lists today's 34 provincial units with a filter, and all 86 without", async () => {
    const today = (await one("provinces(eras: [POST_2025, BOTH], first: 1) { totalCount }")) as {
      totalCount: number;
    };
    const all = (await one("provinces(first: 1) { totalCount }")) as { totalCount: number };
    expect(today.totalCount).toBe(34);
    expect(all.totalCount).toBe(86);
  });

  it("lists a country's localities: Laos has 18 provincial units", async () => {
    const laos = (await one(
      'country(code: "LA") { localities(first: 100) { totalCount nodes { isoCode } } }',
    )) as {
      localities: { totalCount: number; nodes: Array<{ isoCode: string }> };
    };
    expect(laos.localities.totalCount).toBe(18);
    expect(laos.localities.nodes.map((node) => node.isoCode)).toContain("LA-XS");
  });

  it("says a province's country is Vietnam, as a foreign locality's is its own", async () => {
    const result = await executeText(
      db.executor,
      `{ province(id: "province:son-la") { countryCode country { id } }
         foreignLocality(id: "locality:la-luang-prabang") { countryCode country { id } } }`,
    );
    expect(dataOf(result)).toEqual({
      province: { countryCode: "VN", country: { id: "country:VN" } },
      foreignLocality: { countryCode: "LA", country: { id: "country:LA" } },
    });
  });

  it("knows Kobe is part of Hyogo, and Hyogo of Japan", async () => {
    const kobe = await one(
      'foreignLocality(name: "Kobe") { partOf { id ... on ForeignLocality { partOf { id } } } country { code } }',
    );
    expect(kobe).toEqual({
      partOf: { id: "locality:jp-hyogo", partOf: { id: "country:JP" } },
      country: { code: "JP" },
    });
  });

  it("rolls Long An's facts up to today's Tây Ninh, and says what Long An became and when", async () => {
    const { longAn, tayNinh } = dataOf(await execute(db.executor, RollUpAcrossThe2025MergerDocument));
    expect(longAn).toMatchObject({
      id: "province:long-an",
      era: "PRE_2025",
      mergedInto: {
        effectiveOn: "2025-07-01",
        basis: "Resolution 202/2025/QH15",
        into: { id: "province:tay-ninh-2025" },
      },
    });
    expect(tayNinh?.mergedFrom.map((merger) => merger.from.id).sort()).toEqual([
      "province:long-an",
      "province:tay-ninh",
    ]);
    expect(tayNinh?.ownFacts.totalCount).toBe(0);
    expect(tayNinh?.rolledUp.totalCount).toBeGreaterThan(10);
    expect(tayNinh?.rolledUp.nodes).toHaveLength(5);
  });

  it("gives each participant's facts newest first when asked", async () => {
    const facts = (await one(
      'province(id: "province:long-an") { facts(orderBy: NEWEST_FIRST, first: 50) { nodes { period { start } } } }',
    )) as { facts: { nodes: Array<{ period: { start: string | null } | null }> } };
    const starts = facts.facts.nodes
      .map((node) => node.period?.start)
      .filter((start): start is string => Boolean(start));
    expect(starts).toEqual([...starts].sort().reverse());
  });
});
