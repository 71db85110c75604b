import { join } from "node:path";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../../src/db/cypher-files";
import { useSeededDatabase } from "../support/seeded-database";

/**
 * The research questions of cypher/questions.cypher, each one statement, against the seed graph.
 * Expected values are what the articles state (quoted in each test), not what the code computes.
 */
const QUESTIONS = readNamedStatements(join(CYPHER_DIR, "questions.cypher"));
const SON_LA_ARTICLE = "001_d3df1d2f0ab25093.txt";

describe("questions the seed graph answers in one Cypher statement", () => {
  const db = useSeededDatabase();

  async function ask(
    name: string,
    params: Record<string, unknown> = {},
  ): Promise<Array<Record<string, unknown>>> {
    const result = await db.executor.read(name, (tx) => tx.run(namedStatement(QUESTIONS, name), params));
    return result.records.map((record) => record.toObject());
  }

  it("which Lao provinces does Sơn La train cadres from? A group with stated counts, members inferred", async () => {
    const rows = await ask("places-a-province-trains-cadres-from", {
      province: "province:son-la",
      country: "LA",
    });
    expect(rows.map((row) => row.beneficiary)).toEqual(["group:northern-lao-provinces"]);
    const [group] = rows as Array<{
      beneficiaryKind: string;
      trainings: string[];
      statedCounts: Array<{ count: number; text: string; source: string; quote: string }>;
      members: Array<{ id: string; certainty: string; basis: string }>;
    }>;
    expect(group?.beneficiaryKind).toBe("LocalityGroup");
    expect(group?.trainings.length).toBeGreaterThanOrEqual(2);
    // "…của 08 tỉnh Bắc Lào…" and "…của 9 tỉnh Bắc Lào…": the article states two counts, no names.
    expect(group?.statedCounts.map((stated) => [stated.count, stated.source]).sort()).toEqual([
      [8, SON_LA_ARTICLE],
      [9, SON_LA_ARTICLE],
    ]);
    expect(group?.members.length).toBe(9);
    for (const member of group?.members ?? []) {
      expect(member).toMatchObject({ certainty: "INFERRED", basis: expect.any(String) });
    }
    expect(group?.members.map((member) => member.id)).toContain("locality:la-luang-prabang");
  });

  it("which Vietnamese provinces work with Yunnan, through which mechanism, on which sectors?", async () => {
    const rows = (await ask("vietnamese-provinces-working-with-a-locality", {
      locality: "locality:cn-yunnan",
    })) as Array<{
      province: string;
      mechanisms: Array<{ fact: string; type: string; kind: string; sectors: string[] }>;
    }>;
    // "…nhóm công tác liên hợp giữa các tỉnh Điện Biên, Lai Châu, Lào Cai, Hà Giang với tỉnh Vân Nam…"
    expect(rows.map((row) => row.province)).toEqual(
      expect.arrayContaining([
        "province:dien-bien",
        "province:ha-giang",
        "province:lai-chau",
        "province:lao-cai",
      ]),
    );
    const laiChau = rows.find((row) => row.province === "province:lai-chau");
    expect(laiChau?.mechanisms).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: "Programme", kind: "JOINT_WORKING_GROUP" })]),
    );
    const workingGroup = laiChau?.mechanisms.find((mechanism) => mechanism.kind === "JOINT_WORKING_GROUP");
    expect(workingGroup?.sectors).toEqual(
      expect.arrayContaining(["BORDER_MANAGEMENT", "TRADE", "TRANSPORT"]),
    );
  });

  it("what were Sơn La's delegations in and out from 2017 to April 2018, and Laos's share?", async () => {
    const rows = (await ask("delegation-flows-of-a-province", {
      province: "province:son-la",
      from: "2017-01-01",
      to: "2018-04-30",
    })) as Array<{
      direction: string;
      partners: string[];
      shareOf: string | null;
      delegations: number;
      people: number;
      shareOfDelegations: number | null;
    }>;
    const flow = (direction: string, laos: boolean) =>
      rows.find((row) => row.direction === direction && (row.shareOf !== null) === laos);
    // "…đón tiếp và làm việc với 266 đoàn với 2.024 lượt khách quốc tế; trong đó có 14 đoàn với 176 lượt khách đến từ nước CHDCND Lào."
    expect(flow("INCOMING", false)).toMatchObject({ delegations: 266, people: 2024 });
    expect(flow("INCOMING", true)).toMatchObject({ delegations: 14, people: 176, partners: ["country:LA"] });
    expect(flow("INCOMING", true)?.shareOfDelegations).toBeCloseTo(14 / 266);
    // "…cử 112 đoàn với 627 lượt cán bộ … trong đó có 59 đoàn với 457 lượt cán bộ đi công tác tại nước CHDCND Lào."
    expect(flow("OUTGOING", false)).toMatchObject({ delegations: 112, people: 627 });
    expect(flow("OUTGOING", true)).toMatchObject({ delegations: 59, people: 457, partners: ["country:LA"] });
    expect(flow("OUTGOING", true)?.shareOfDelegations).toBeCloseTo(59 / 112);
  });

  it("which delegations did Sơn La have in 2020? None: the period filter excludes 2017–2018", async () => {
    const rows = await ask("delegation-flows-of-a-province", {
      province: "province:son-la",
      from: "2020-01-01",
      to: "2020-12-31",
    });
    expect(rows).toEqual([]);
  });

  it("who are Long An's foreign partners, and which source states each tie?", async () => {
    const rows = (await ask("foreign-partners-of-a-province", { province: "province:long-an" })) as Array<{
      partner: string;
      ties: Array<{ fact: string; source: string; quote: string; certainty: string }>;
    }>;
    const partners = rows.map((row) => row.partner);
    // "…Svay Rieng và Prey Veng (Vương quốc Campuchia), Khăm Muộn (Lào), Chungcheongnam-do (Hàn Quốc), Trat (Thái Lan), Hyogo (Nhật Bản), TP.Sacramento … và TP.Leipzig…"
    expect(partners).toEqual(
      expect.arrayContaining([
        "locality:kh-svay-rieng",
        "locality:kh-prey-veng",
        "locality:la-khammouane",
        "locality:kr-chungcheongnam-do",
        "locality:th-trat",
        "locality:jp-hyogo",
        "locality:us-sacramento",
        "locality:de-leipzig",
      ]),
    );
    for (const row of rows) {
      expect(row.ties.length).toBeGreaterThan(0);
      for (const tie of row.ties) {
        expect(tie.source).toMatch(/^00[04]_[0-9a-f]+\.txt$/);
        expect(tie.quote.length).toBeGreaterThan(0);
      }
    }
  });

  it("rolled up to today's Tây Ninh, whose facts are they? Long An's, merged on 2025-07-01", async () => {
    const rows = (await ask("facts-rolled-up-to-a-successor", {
      province: "province:tay-ninh-2025",
    })) as Array<{
      unit: string;
      mergedOn: { toString(): string } | null;
      facts: number;
    }>;
    const longAn = rows.find((row) => row.unit === "province:long-an");
    expect(longAn?.facts).toBeGreaterThan(0);
    expect(longAn?.mergedOn?.toString()).toBe("2025-07-01");
  });

  it("what did Long An become, and with whom did it merge?", async () => {
    const [row] = (await ask("what-a-unit-became", { province: "province:long-an" })) as Array<{
      successor: string;
      successorName: string;
      effectiveOn: { toString(): string };
      basis: string;
      mergedWith: string[];
    }>;
    expect(row).toMatchObject({
      successor: "province:tay-ninh-2025",
      successorName: "Tây Ninh",
      basis: "Resolution 202/2025/QH15",
    });
    expect(row?.effectiveOn.toString()).toBe("2025-07-01");
    expect(row?.mergedWith.sort()).toEqual(["province:long-an", "province:tay-ninh"]);
  });

  it("what did Sơn La become? Itself: unchanged by the reform, it has no successor", async () => {
    const [row] = await ask("what-a-unit-became", { province: "province:son-la" });
    expect(row).toMatchObject({ unit: "province:son-la", successor: null, effectiveOn: null });
  });

  it("which policy documents do several provinces cite? Resolution 22-NQ/TW is one node for all", async () => {
    const rows = (await ask("policy-documents-cited")) as Array<{
      document: string;
      number: string;
      provinces: string[];
    }>;
    const resolution22 = rows.filter((row) => row.number === "22-NQ/TW");
    expect(resolution22).toHaveLength(1);
    expect(resolution22[0]?.provinces.length).toBeGreaterThanOrEqual(2);
  });

  it("how much money is recorded for Long An, per currency, never summed across currencies?", async () => {
    const rows = (await ask("money-of-a-province-by-currency", { province: "province:long-an" })) as Array<{
      currency: string;
      qualifier: string;
      asWritten: string[];
    }>;
    const currencies = new Set(rows.map((row) => row.currency));
    expect(currencies.size).toBeGreaterThanOrEqual(2);
    // "…tổng giá trị viện trợ trên 17 tỉ đồng…": a lower bound stays a lower bound.
    const vndAtLeast = rows.find((row) => row.currency === "VND" && row.qualifier === "AT_LEAST");
    expect(vndAtLeast?.asWritten).toEqual(expect.arrayContaining(["trên 17 tỉ đồng"]));
  });

  it("which foreign partners do Long An and An Giang share?", async () => {
    const rows = await ask("provinces-sharing-foreign-partners", {
      first: "province:long-an",
      second: "province:an-giang",
    });
    expect(rows.map((row) => row.partner)).toContain("country:KH");
  });

  it("does every fact have a source, a quote and a certainty?", async () => {
    expect(await ask("facts-without-provenance")).toEqual([]);
    expect(await ask("citations-without-provenance")).toEqual([]);
    const facts = await db.executor.read("test", (tx) =>
      tx.run("MATCH (fact:Fact) RETURN count(fact) AS facts"),
    );
    expect(facts.records[0]?.get("facts")).toBeGreaterThan(50);
  });

  it.each([
    ["son la", "province:son-la"],
    ["SƠN LA", "province:son-la"],
    ["Pray Veng", "locality:kh-prey-veng"],
    ["Ta Keo", "locality:kh-takeo"],
    ["Luong Pha Bang", "locality:la-luang-prabang"],
    ["U Đôm Xay", "locality:la-oudomxay"],
    ["Phong Sa Ly", "locality:la-phongsaly"],
    ["Vân Nam", "locality:cn-yunnan"],
    ["Khăm Muộn", "locality:la-khammouane"],
  ])("which place is %j? The full-text index finds %s first", async (text, id) => {
    const [best] = await ask("places-matching-a-name", { text });
    expect(best?.id).toBe(id);
  });
});
