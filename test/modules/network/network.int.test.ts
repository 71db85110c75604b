import {
  LaoProvincesSonLaTrainsCadresFromDocument,
  NetworkPathsAndRankingsDocument,
  SharedPartnersDocument,
  VietnameseProvincesWorkingWithYunnanDocument,
} from "../../../src/generated/operations";
import { dataOf, execute, executeText } from "../../support/graphql";
import { useSeededDatabase } from "../../support/seeded-database";

describe("the partner network through GraphQL", () => {
  const db = useSeededDatabase();

  it("answers the mission's question in one request: the Lao provinces Sơn La trains cadres from, with evidence", async () => {
    const { partners } = dataOf(await execute(db.executor, LaoProvincesSonLaTrainsCadresFromDocument));
    const group = partners.nodes.find((node) => node.partner.id === "group:northern-lao-provinces");
    expect(group).toBeDefined();
    const partner = group?.partner;
    if (partner?.__typename !== "LocalityGroup") {
      throw new Error(`expected the Northern Lao provinces group, got ${partner?.__typename}`);
    }
    // "…của 08 tỉnh Bắc Lào" and "…của 9 tỉnh Bắc Lào": counts, quoted, from the Sơn La article.
    expect(partner.statedCounts.map((stated) => stated.count).sort()).toEqual([8, 9]);
    for (const stated of partner.statedCounts) {
      expect(stated.evidence.source.fileName).toBe("001_d3df1d2f0ab25093.txt");
      expect(stated.evidence.quote).toContain(stated.text);
    }
    expect(partner.members).toHaveLength(9);
    expect(new Set(partner.members.map((member) => member.certainty))).toEqual(new Set(["INFERRED"]));
    for (const fact of group?.facts ?? []) {
      expect(fact.kind).toBe("TRAINING");
      expect(fact.sources.length).toBeGreaterThan(0);
    }
    // "…đã mở 03 lóp Bồi dưỡng tiếng Việt … cho 113 cán bộ…"
    const figures = group?.facts.flatMap((fact) => fact.figures.map((figure) => figure.text));
    expect(figures).toEqual(expect.arrayContaining(["03 lóp", "113 cán bộ"]));
  });

  it("answers which Vietnamese provinces work with Yunnan, and on what", async () => {
    const { foreignLocality } = dataOf(
      await execute(db.executor, VietnameseProvincesWorkingWithYunnanDocument),
    );
    expect(foreignLocality?.id).toBe("locality:cn-yunnan");
    const provinces = foreignLocality?.partners.nodes.map((node) => node.partner.id);
    expect(provinces).toEqual(
      expect.arrayContaining([
        "province:dien-bien",
        "province:ha-giang",
        "province:lai-chau",
        "province:lao-cai",
      ]),
    );
    const laiChau = foreignLocality?.partners.nodes.find((node) => node.partner.id === "province:lai-chau");
    const kinds = laiChau?.facts.map((fact) => fact.kind);
    expect(kinds).toEqual(expect.arrayContaining(["JOINT_WORKING_GROUP", "TWINNING"]));
    const sectors = new Set(laiChau?.facts.flatMap((fact) => fact.sectors));
    expect([...sectors]).toEqual(expect.arrayContaining(["BORDER_MANAGEMENT", "TRADE"]));
  });

  it("finds the partners Long An and An Giang share, with each one's facts", async () => {
    const { sharedPartners } = dataOf(
      await execute(db.executor, SharedPartnersDocument, { of: ["province:long-an", "province:an-giang"] }),
    );
    const cambodia = sharedPartners.find((shared) => shared.partner.id === "country:KH");
    expect(cambodia?.ties.map((tie) => tie.of.id).sort()).toEqual(["province:an-giang", "province:long-an"]);
    for (const tie of cambodia?.ties ?? []) {
      expect(tie.facts.length).toBeGreaterThan(0);
    }
  });

  it("finds a bounded chain of facts between Sơn La and Lai Châu, and ranks foreign localities", async () => {
    const { paths, rankings } = dataOf(await execute(db.executor, NetworkPathsAndRankingsDocument));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.length).toBeLessThanOrEqual(6);
      expect(path.nodes[0]?.id).toBe("province:son-la");
      expect(path.nodes.at(-1)?.id).toBe("province:lai-chau");
      expect(path.steps).toHaveLength(path.length);
    }
    expect(rankings.length).toBeGreaterThan(0);
    const counts = rankings.map((ranking) => ranking.factCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("pages partners with keyset cursors: the next page continues where the last ended", async () => {
    const query = `query Page($after: String) {
      partners(of: "province:long-an", first: 3, after: $after, orderBy: ID) {
        totalCount pageInfo { hasNextPage endCursor } nodes { partner { id } }
      }
    }`;
    type PageData = {
      partners: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: Array<{ partner: { id: string } }>;
      };
    };
    const first = dataOf(await executeText(db.executor, query)) as PageData;
    expect(first.partners.nodes).toHaveLength(3);
    expect(first.partners.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(
      await executeText(db.executor, query, { after: first.partners.pageInfo.endCursor }),
    ) as PageData;
    const ids = [...first.partners.nodes, ...second.partners.nodes].map((node) => node.partner.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.partners.totalCount).toBe(first.partners.totalCount);
  });

  it.each([
    [
      'partners(of: "province:long-an", first: 500) { totalCount }',
      /Argument "first" must be between 1 and 100; got 500/,
    ],
    [
      'partners(of: "province:long-an", after: "not-a-cursor") { totalCount }',
      /Argument "after" is not a cursor this API issued/,
    ],
    [
      'paths(from: "province:son-la", to: "province:lai-chau", maxLength: 20) { length }',
      /Argument "maxLength" must be between 1 and 8/,
    ],
    [
      'sharedPartners(of: ["province:son-la"]) { partner { id } }',
      /Argument "of" needs 2 to 10 distinct ids/,
    ],
    [
      'partners(of: "province:son-la", filter: { period: { from: "2018-01-01", to: "2017-01-01" } }) { totalCount }',
      /Argument "filter.period" ends \(2017-01-01\) before it starts \(2018-01-01\)/,
    ],
  ])("rejects a bad argument with BAD_USER_INPUT naming it: %s", async (field, message) => {
    const result = await executeText(db.executor, `{ ${field} }`);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
