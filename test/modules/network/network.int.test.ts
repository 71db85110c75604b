import {
  CountriesAProvinceWorksWithDocument,
  LaoProvincesSonLaTrainsCadresFromDocument,
  NetworkPathsAndRankingsDocument,
  PlannerWhoWorksWithLaosDocument,
  SharedPartnersByCountryDocument,
  SharedPartnersDocument,
  VietnameseProvincesWorkingWithYunnanDocument,
} from "../../../src/generated/operations";
import { toFactFilter } from "../../../src/modules/facts/fact-filter.input";
import { NetworkRepository } from "../../../src/modules/network/network.repository";
import { factParticipants } from "../../../src/records/participant-fields";
import { readRecordFolder } from "../../../src/records/record-files";
import { SEED_DIR } from "../../../src/shared/paths";
import { dataOf, execute, executeText } from "../../support/graphql";
import { useSeededDatabase } from "../../support/seeded-database";

type FactPageData = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{ id: string }>;
};

/** The ids of the seed records' facts that name all of these participants. */
function seedFactsNaming(...ids: string[]): string[] {
  return readRecordFolder(SEED_DIR)
    .facts.flatMap(({ record }) => (record.type === "Citation" ? [] : [record]))
    .filter((fact) => ids.every((id) => factParticipants(fact).includes(id)))
    .map((fact) => fact.id)
    .sort();
}

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

  it("meets two provinces at the country level: Lai Châu and Long An work with different Lao provinces", async () => {
    const of = ["province:lai-chau", "province:long-an"];
    const atPlace = dataOf(
      await execute(db.executor, SharedPartnersByCountryDocument, { of, level: "PLACE", countries: ["LA"] }),
    );
    expect(atPlace.sharedPartners.map((shared) => shared.partner.id)).not.toContain("country:LA");

    const { sharedPartners } = dataOf(
      await execute(db.executor, SharedPartnersByCountryDocument, {
        of,
        level: "COUNTRY",
        countries: ["LA"],
      }),
    );
    const laos = sharedPartners.find((shared) => shared.partner.id === "country:LA");
    expect(laos?.ties.map((tie) => tie.of.id)).toEqual(of);
    // Each side's facts, with their foreign participants, to see through which Lao places they meet.
    const partnersOf = async (id: string) => {
      const factIds = laos?.ties.find((tie) => tie.of.id === id)?.facts.map((fact) => fact.id) ?? [];
      expect(factIds.length).toBeGreaterThan(0);
      const { data } = await executeText(
        db.executor,
        `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Fact { participants { participant { id partOf { id } } side } } } }`,
        { ids: factIds },
      );
      type Participation = { participant: { id: string; partOf: { id: string } | null }; side: string };
      const facts = (data as { nodes: Array<{ participants: Participation[] }> }).nodes;
      // The province itself, or one of its bodies (Lai Châu's military command, article 003).
      for (const fact of facts) {
        expect(fact.participants.flatMap((p) => [p.participant.id, p.participant.partOf?.id])).toContain(id);
      }
      return new Set(
        facts.flatMap((fact) =>
          fact.participants.filter((p) => p.side === "PARTNER").map((p) => p.participant.id),
        ),
      );
    };
    // Article 003: Lai Châu twins with Phongsaly, Oudomxay and Luang Prabang; article 004: Long An
    // signed with Khammouane. Each side's facts are its own, with a Lao place as partner.
    const laiChau = await partnersOf("province:lai-chau");
    expect([...laiChau]).toEqual(
      expect.arrayContaining(["locality:la-phongsaly", "locality:la-oudomxay", "locality:la-luang-prabang"]),
    );
    expect(laiChau.has("locality:la-khammouane")).toBe(false);
    expect((await partnersOf("province:long-an")).has("locality:la-khammouane")).toBe(true);
    // A country is never its own partner, and places never appear once rolled up.
    for (const shared of sharedPartners) {
      expect(shared.partner.id).not.toMatch(/^locality:|^group:/);
    }
    // The loaders' statement (the fallback of the compiled read path) answers alike.
    const loaded = await new NetworkRepository(db.executor).sharedPartners(
      of,
      toFactFilter({ countries: ["LA"] }),
      "COUNTRY",
      20,
    );
    expect(loaded).toEqual(
      sharedPartners.map((shared) => ({
        partnerId: shared.partner.id,
        ties: shared.ties.map((tie) => ({ rootId: tie.of.id, factIds: tie.facts.map((fact) => fact.id) })),
      })),
    );
  });

  describe("a country's own fields count its places, as filter.participants does", () => {
    // Article 004: Long An's eight partner localities, Khammouane (Laos) among them.
    const khammouane = seedFactsNaming("province:long-an", "locality:la-khammouane");
    type Page = { totalCount: number; nodes: Array<{ id: string }> };
    type Partners = { nodes: Array<{ partner: { id: string }; facts: Array<{ id: string }> }> };
    type Fields = { facts: Page; partners: Partners };
    const query = `query ($filter: FactFilterInput, $whole: FactFilterInput) {
      byId: country(id: "country:LA") { ...fields }
      byName: country(name: "Lào") { ...fields }
      partners(of: "country:LA", filter: $filter, first: 100) { nodes { partner { id } facts { id } } }
      whole: facts(filter: $whole, first: 100) { totalCount nodes { id } }
    }
    fragment fields on Country {
      facts(filter: $filter, first: 100) { totalCount nodes { id } }
      partners(filter: $filter, first: 100) { nodes { partner { id } facts { id } } }
    }`;
    const ask = async (rollUp: boolean) => {
      const result = await executeText(db.executor, query, {
        filter: { rollUp },
        whole: { participants: ["country:LA"], rollUp },
      });
      // The look-up by id and the partners are compiled (one statement for both); the look-up by name
      // runs the resolvers and loaders.
      expect(result.operations).toContain("compiled:country+partners");
      const data = dataOf(result) as { byId: Fields; byName: Fields; partners: Partners; whole: Page };
      const ids = (page: Page) => page.nodes.map((node) => node.id).sort();
      const partnerFacts = (partners: Partners, id: string) =>
        partners.nodes
          .find((node) => node.partner.id === id)
          ?.facts.map((fact) => fact.id)
          .sort() ?? [];
      // Both paths, the nested fields and the root field answer alike, as Query.facts does.
      expect(data.byName).toEqual(data.byId);
      expect(data.partners).toEqual(data.byId.partners);
      expect(ids(data.byId.facts)).toEqual(ids(data.whole));
      expect(data.byId.facts.totalCount).toBe(data.whole.totalCount);
      return { facts: ids(data.byId.facts), longAn: partnerFacts(data.partners, "province:long-an") };
    };

    it("holds Long An's ties with Khammouane with rollUp (the default), not without", async () => {
      expect(khammouane.length).toBeGreaterThan(0);
      const rolled = await ask(true);
      expect(rolled.facts).toEqual(expect.arrayContaining(khammouane));
      expect(rolled.longAn).toEqual(expect.arrayContaining(khammouane));
      const own = await ask(false);
      expect(own.facts.filter((id) => khammouane.includes(id))).toEqual([]);
      expect(own.longAn).toEqual([]);
      expect(own.facts.length).toBeLessThan(rolled.facts.length);
    });

    it("lists the provinces working with Laos at any level with the facts factStats counts for each", async () => {
      const { factStats, partners } = dataOf(
        await execute(db.executor, PlannerWhoWorksWithLaosDocument, { country: "country:LA" }),
      );
      expect(partners.nodes.map((node) => [node.partner.id, node.factCount])).toEqual(
        factStats.rows.map((row) => [row.keys[0]?.key, row.facts]),
      );
      expect(partners.nodes.map((node) => node.partner.id)).toContain("province:long-an");
    });

    it("counts Vietnam's provinces for Vietnam, as filter.participants does", async () => {
      const { data, errors } = await executeText(
        db.executor,
        `{ country(id: "country:VN") { facts(first: 1) { totalCount } }
           facts(filter: {participants: ["country:VN"]}, first: 1) { totalCount }
           province(id: "province:son-la") { facts(first: 1) { totalCount } } }`,
      );
      expect(errors).toBeUndefined();
      type Count = { totalCount: number };
      const counts = data as { country: { facts: Count }; facts: Count; province: { facts: Count } };
      expect(counts.country.facts.totalCount).toBe(counts.facts.totalCount);
      expect(counts.country.facts.totalCount).toBeGreaterThan(counts.province.facts.totalCount);
    });

    it("lets two countries share a Vietnamese province through their places: Laos and Cambodia share Long An", async () => {
      const shared = async (rollUp: boolean) => {
        const { data, errors } = await executeText(
          db.executor,
          `query ($filter: FactFilterInput) {
            sharedPartners(of: ["country:LA", "country:KH"], filter: $filter) {
              partner { id } ties { of { id } facts { id } }
            }
          }`,
          { filter: { rollUp } },
        );
        expect(errors).toBeUndefined();
        type Shared = Array<{
          partner: { id: string };
          ties: Array<{ of: { id: string }; facts: Array<{ id: string }> }>;
        }>;
        return (data as { sharedPartners: Shared }).sharedPartners.find(
          (item) => item.partner.id === "province:long-an",
        );
      };
      const longAn = await shared(true);
      const withLaos = longAn?.ties.find((tie) => tie.of.id === "country:LA")?.facts.map((fact) => fact.id);
      expect(withLaos).toEqual(expect.arrayContaining(khammouane));
      // Long An works with Lao places only (article 004), never with Laos itself.
      expect(await shared(false)).toBeUndefined();
    });
  });

  it("lists the countries a province works with, each with its facts counted once", async () => {
    const { partners } = dataOf(
      await execute(db.executor, CountriesAProvinceWorksWithDocument, { of: "province:lai-chau" }),
    );
    const ids = partners.nodes.map((node) => node.partner.id);
    expect(ids).toEqual(expect.arrayContaining(["country:LA", "country:CN"]));
    expect(ids.filter((id) => /^locality:|^group:/.test(id))).toEqual([]);
    const { sharedPartners } = dataOf(
      await execute(db.executor, SharedPartnersByCountryDocument, {
        of: ["province:lai-chau", "province:long-an"],
        level: "COUNTRY",
      }),
    );
    const laiChauLaos = sharedPartners
      .find((shared) => shared.partner.id === "country:LA")
      ?.ties.find((tie) => tie.of.id === "province:lai-chau");
    const laos = partners.nodes.find((node) => node.partner.id === "country:LA");
    expect(laos?.factCount).toBe(laiChauLaos?.facts.length);
    const counts = partners.nodes.map((node) => node.factCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("rolls a city abroad up to its province abroad: Long An's Sacramento and Leipzig", async () => {
    const { data } = await executeText(
      db.executor,
      `{ partners(of: "province:long-an", level: PROVINCE_ABROAD, first: 50) { nodes { partner { id } } } }`,
    );
    const ids = (data as { partners: { nodes: Array<{ partner: { id: string } }> } }).partners.nodes.map(
      (node) => node.partner.id,
    );
    // seeds/gazetteer/foreign-localities.yaml: Sacramento is part of California, Leipzig of Saxony.
    expect(ids).toEqual(expect.arrayContaining(["locality:us-california", "locality:de-saxony"]));
    expect(ids).not.toContain("locality:us-sacramento");
    expect(ids).not.toContain("locality:de-leipzig");
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

  it.each([
    ["province:son-la", "OLDEST_FIRST", false],
    ["province:tay-ninh-2025", "NEWEST_FIRST", true],
    ["country:LA", "OLDEST_FIRST", false],
  ])(
    "lists %s's facts (%s, roll-up %s) alike with no filter and with one that keeps every fact",
    async (of, orderBy, rollUpMerged) => {
      // No filter takes facts-of-unfiltered; a filter naming every fact type takes the general facts-of.
      const everyType = "{ types: [Agreement, Delegation, Programme, Partnership] }";
      const walk = async (filter: string) => {
        const ids: string[] = [];
        let after: string | null = null;
        let totalCount = -1;
        do {
          const result = await executeText(
            db.executor,
            `query Page($after: String) {
            node(id: "${of}") { ... on Participant {
              facts(first: 6, after: $after, orderBy: ${orderBy}, rollUpMerged: ${rollUpMerged}${filter}) {
                totalCount pageInfo { hasNextPage endCursor } nodes { id }
              }
            } }
          }`,
            { after },
          );
          const { facts } = (dataOf(result) as { node: { facts: FactPageData } }).node;
          ids.push(...facts.nodes.map((fact) => fact.id));
          totalCount = facts.totalCount;
          after = facts.pageInfo.hasNextPage ? facts.pageInfo.endCursor : null;
        } while (after);
        return { ids, totalCount };
      };
      const unfiltered = await walk("");
      expect(unfiltered.ids.length).toBeGreaterThan(0);
      expect(unfiltered.ids).toHaveLength(unfiltered.totalCount);
      expect(await walk(`, filter: ${everyType}`)).toEqual(unfiltered);
    },
  );

  it("answers a path with its nodes in one round trip, shortest first and never longer than asked", async () => {
    const result = await executeText(
      db.executor,
      `{ paths(from: "province:son-la", to: "province:lai-chau", maxLength: 4, first: 3) {
          length nodes { id ... on Province { nameVi } }
        } }`,
    );
    const { paths } = dataOf(result) as {
      paths: Array<{ length: number; nodes: Array<{ id: string; nameVi?: string }> }>;
    };
    expect(result.operations).toEqual(["compiled:paths"]);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(3);
    // All shortest: one length, the nodes sorted by their ids along the chain.
    expect(new Set(paths.map((path) => path.length)).size).toBe(1);
    expect(paths[0]?.length).toBeLessThanOrEqual(4);
    expect(paths[0]?.nodes[0]?.nameVi).toBe("Sơn La");
    const keys = paths.map((path) => path.nodes.map((node) => node.id).join(" "));
    expect(keys).toEqual([...keys].sort());
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

  it("lists each partner's facts by id and its roles by name, compiled or through the loaders alike", async () => {
    const partnerFields = "nodes { partner { id } roles facts { id } }";
    const compiled = `{ partners(of: "province:son-la", first: 100) { ${partnerFields} } }`;
    const loaded = `{ node(id: "province:son-la") { ... on Province { partners(first: 100) { ${partnerFields} } } } }`;
    type Partners = {
      nodes: Array<{ partner: { id: string }; roles: string[]; facts: Array<{ id: string }> }>;
    };
    const viaCompiler = (dataOf(await executeText(db.executor, compiled)) as { partners: Partners }).partners;
    const viaLoaders = (dataOf(await executeText(db.executor, loaded)) as { node: { partners: Partners } })
      .node.partners;
    expect(viaLoaders).toEqual(viaCompiler);
    expect(viaCompiler.nodes.some((node) => node.facts.length > 1)).toBe(true);
    for (const node of viaCompiler.nodes) {
      const ids = node.facts.map((fact) => fact.id);
      expect(ids).toEqual([...ids].sort());
      expect(node.roles).toEqual([...node.roles].sort());
    }
  });

  it("lists every fact a province takes part in, a delegation count without a named partner too", async () => {
    const query = `{
      province(id: "province:son-la") {
        all: facts(first: 100) { totalCount nodes { id } }
        withLaos: facts(first: 100, filter: { countries: ["LA"] }) { totalCount nodes { id } }
      }
    }`;
    type Data = {
      province: Record<"all" | "withLaos", { totalCount: number; nodes: Array<{ id: string }> }>;
    };
    const { province } = dataOf(await executeText(db.executor, query)) as Data;
    // "…đã đón tiếp và làm việc với 266 đoàn với 2.024 lượt khách quốc tế": no partner named.
    const unnamed = "delegation:son-la-incoming-2017-2018-04";
    expect(province.all.nodes.map((fact) => fact.id)).toContain(unnamed);
    expect(province.withLaos.nodes.map((fact) => fact.id)).not.toContain(unnamed);
    expect(province.withLaos.totalCount).toBeGreaterThan(0);
    expect(province.withLaos.totalCount).toBeLessThan(province.all.totalCount);
    expect(province.all.totalCount).toBe(province.all.nodes.length);
  });

  it("pages facts the same whether or not the client asks for the total", async () => {
    type FactPage = {
      province: {
        facts: {
          totalCount?: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          nodes: Array<{ id: string }>;
        };
      };
    };
    const walk = async (selection: string) => {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const page = dataOf(
          await executeText(
            db.executor,
            `query Page($after: String) {
              province(id: "province:long-an") {
                facts(first: 7, after: $after, orderBy: NEWEST_FIRST) { ${selection} pageInfo { hasNextPage endCursor } nodes { id } }
              }
            }`,
            { after },
          ),
        ) as FactPage;
        ids.push(...page.province.facts.nodes.map((fact) => fact.id));
        after = page.province.facts.pageInfo.hasNextPage ? page.province.facts.pageInfo.endCursor : null;
      } while (after);
      return ids;
    };
    const counted = await walk("totalCount");
    const uncounted = await walk("");
    expect(uncounted).toEqual(counted);
    expect(new Set(counted).size).toBe(counted.length);
    const total = dataOf(
      await executeText(db.executor, '{ province(id: "province:long-an") { facts { totalCount } } }'),
    ) as FactPage;
    expect(counted).toHaveLength(total.province.facts.totalCount ?? -1);
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
