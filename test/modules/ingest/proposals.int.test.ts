import { applySchema } from "../../../src/db/schema";
import { ingestBytes } from "../../../src/modules/ingest/ingest";
import { queueProposals } from "../../../src/modules/ingest/store";
import { loadSeedGraph } from "../../../src/seed/seed";
import { EDITOR_TOKEN, postGraphQL, useHttpServer, WRITABLE_AUTH } from "../../support/http-server";
import { useTestDatabase } from "../../support/test-neo4j";
import { encode, ingestFixture } from "./support";

const INGESTER = { id: "ingest:test", role: "editor" as const };

/** A short article of our own: Sơn La receives a delegation from Luang Prabang and signs an MOU. */
const ARTICLE = [
  "Sơn La đón đoàn tỉnh Luông Pha Bang",
  "",
  "Ngày 16/8/2023, lãnh đạo tỉnh Sơn La đã đón tiếp đoàn công tác tỉnh Luông Pha Bang (Lào) gồm 12 lượt khách.",
  "Hai bên đã ký biên bản ghi nhớ hợp tác về giáo dục giai đoạn 2023-2025.",
].join("\n");

type Body = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
};

const LIST = `query Proposals($source: ID) {
  proposals(status: PROPOSED, source: $source, first: 10) {
    nodes { id factType kind quote quoteStart quoteEnd status record }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ACCEPT = `mutation Accept($id: ID!, $edits: JSONObject) {
  acceptProposal(id: $id, edits: $edits, reason: "checked against the article") { id status factId reviewedBy }
}`;
const REJECT = `mutation Reject($id: ID!) { rejectProposal(id: $id, reason: "not a fact") { id status reviewReason } }`;

describe("the review queue of proposed facts", () => {
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

  const ingest = () =>
    ingestBytes(ingestFixture().extractor, "son-la-luang-prabang-2023.txt", encode(ARTICLE), {
      url: "https://example.org/son-la",
    });
  const queued = async () => {
    const body = await post(LIST, { source: "source:son-la-luang-prabang-2023" }, EDITOR_TOKEN);
    expect(body.errors).toBeUndefined();
    const proposals = body.data?.proposals as { nodes: Array<Record<string, string | number>> } | undefined;
    return proposals?.nodes ?? [];
  };

  it("queues proposals with their source, lists them for editors only, and keeps them out of fact answers", async () => {
    const stored = await queueProposals(db.executor, ingest(), INGESTER);
    expect(stored.created).toBeGreaterThanOrEqual(2);
    const nodes = await queued();
    expect(nodes.map((node) => `${node.factType}/${node.kind}`)).toEqual(
      expect.arrayContaining(["Delegation/INCOMING", "Agreement/MOU"]),
    );
    for (const node of nodes) {
      expect(ARTICLE.slice(Number(node.quoteStart), Number(node.quoteEnd))).toBe(node.quote);
    }
    expect((await post(LIST, {})).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    const ARTICLE_TEXT = "query($source: ID!) { proposalArticle(source: $source) { sourceId text } }";
    const read = await post(ARTICLE_TEXT, { source: "source:son-la-luang-prabang-2023" }, EDITOR_TOKEN);
    expect(read.data?.proposalArticle).toEqual({
      sourceId: "source:son-la-luang-prabang-2023",
      text: ARTICLE,
    });
    expect(
      (await post(ARTICLE_TEXT, { source: "source:son-la-luang-prabang-2023" })).errors?.[0]?.extensions.code,
    ).toBe("UNAUTHENTICATED");
    const partners = await post('{ partners(of: "province:son-la") { nodes { facts { id } } } }', {});
    const factIds = JSON.stringify(partners.data);
    expect(factIds).not.toContain("at-");
  });

  it("accepts a proposal through the write path, with its quote and audit record, and rejects another", async () => {
    await queueProposals(db.executor, ingest(), INGESTER);
    const nodes = await queued();
    const delegation = nodes.find((node) => node.factType === "Delegation") as Record<string, string>;
    const agreement = nodes.find((node) => node.factType === "Agreement") as Record<string, string>;

    const accepted = await post(
      ACCEPT,
      { id: delegation.id, edits: { purpose: "working visit" } },
      EDITOR_TOKEN,
    );
    expect(accepted.errors).toBeUndefined();
    const result = accepted.data?.acceptProposal as { status: string; factId: string; reviewedBy: string };
    expect(result).toMatchObject({ status: "ACCEPTED", reviewedBy: "editor@example.org" });

    const fact = await post(
      `query F($id: ID!) { node(id: $id) { ... on Delegation { direction purpose sources { quote } } } history(id: $id) { action by } }`,
      { id: result.factId },
      EDITOR_TOKEN,
    );
    expect(fact.data?.node).toEqual({
      direction: "INCOMING",
      purpose: "working visit",
      sources: [{ quote: delegation.quote }],
    });
    expect(fact.data?.history).toEqual([{ action: "create", by: "editor@example.org" }]);

    expect((await post(REJECT, { id: agreement.id }, EDITOR_TOKEN)).data?.rejectProposal).toMatchObject({
      status: "REJECTED",
      reviewReason: "not a fact",
    });
    expect((await post(ACCEPT, { id: agreement.id }, EDITOR_TOKEN)).errors?.[0]?.extensions.code).toBe(
      "BAD_USER_INPUT",
    );

    // Re-ingesting the article proposes nothing already accepted, rejected or queued.
    const again = await queueProposals(db.executor, ingest(), INGESTER);
    expect(again.created).toBe(0);
    expect((await queued()).map((node) => node.id)).not.toContain(delegation.id);
  });

  it("writes nothing when the edited record is wrong: the proposal stays in the queue", async () => {
    await queueProposals(db.executor, ingest(), INGESTER);
    const [first] = await queued();
    const body = await post(ACCEPT, { id: first?.id, edits: { certainty: "GUESSED" } }, EDITOR_TOKEN);
    expect(body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect((await queued()).map((node) => node.id)).toContain(first?.id);
    expect((await post(ACCEPT, { id: first?.id }, undefined)).errors?.[0]?.extensions.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  describe("a place the gazetteer lacks", () => {
    /** Our own text: Lai Châu receives a delegation from Mengzi (Mông Tự), a town the gazetteer lacks. */
    const MENGZI = [
      "Lai Châu đón đoàn thành phố Mông Tự",
      "",
      "Ngày 3/4/2023, tỉnh Lai Châu đã đón tiếp đoàn công tác thành phố Mông Tự (Trung Quốc).",
    ].join("\n");
    const ingestMengzi = () =>
      ingestBytes(ingestFixture().extractor, "lai-chau-mengzi-2023.txt", encode(MENGZI));
    const mengziQueue = async () => {
      const body = await post(LIST, { source: "source:lai-chau-mengzi-2023" }, EDITOR_TOKEN);
      const proposals = body.data?.proposals as { nodes: Array<Record<string, string>> } | undefined;
      return proposals?.nodes ?? [];
    };
    const PLACE = `query P($id: ID!) { node(id: $id) { ... on ForeignLocality { nameVi country { code } } } }`;

    it("is queued as a proposal of its own, with the words that name it", async () => {
      await queueProposals(db.executor, ingestMengzi(), INGESTER);
      const place = (await mengziQueue()).find((node) => node.factType === "ForeignLocality");
      expect(place).toMatchObject({ kind: "CITY", quote: "thành phố Mông Tự (Trung Quốc)" });
      expect(JSON.parse(place?.record ?? "{}")).toMatchObject({
        id: "locality:cn-mong-tu",
        country: "country:CN",
      });
      expect((await post(PLACE, { id: "locality:cn-mong-tu" }, EDITOR_TOKEN)).data?.node).toBeNull();

      const accepted = await post(ACCEPT, { id: place?.id, edits: { nameEn: "Mengzi" } }, EDITOR_TOKEN);
      expect(accepted.data?.acceptProposal).toMatchObject({
        status: "ACCEPTED",
        factId: "locality:cn-mong-tu",
      });
      expect((await post(PLACE, { id: "locality:cn-mong-tu" }, EDITOR_TOKEN)).data?.node).toEqual({
        nameVi: "Mông Tự",
        country: { code: "CN" },
      });
    });

    it("is accepted together with a fact that names it, in one transaction", async () => {
      await queueProposals(db.executor, ingestMengzi(), INGESTER);
      const queue = await mengziQueue();
      const delegation = queue.find((node) => node.factType === "Delegation");
      const place = queue.find((node) => node.factType === "ForeignLocality");
      expect(JSON.parse(delegation?.record ?? "{}").foreignSide).toEqual(["locality:cn-mong-tu"]);

      const accepted = await post(ACCEPT, { id: delegation?.id }, EDITOR_TOKEN);
      expect(accepted.errors).toBeUndefined();
      const remaining = (await mengziQueue()).map((node) => node.id);
      expect(remaining).not.toContain(place?.id);
      const fact = await post(
        `query F($id: ID!) { node(id: $id) { ... on Delegation { partners { participant { id } } } } }`,
        { id: (accepted.data?.acceptProposal as { factId: string } | undefined)?.factId },
        EDITOR_TOKEN,
      );
      expect(fact.data?.node).toEqual({ partners: [{ participant: { id: "locality:cn-mong-tu" } }] });
    });

    it("leaves both in the queue when the fact cannot be written", async () => {
      await queueProposals(db.executor, ingestMengzi(), INGESTER);
      const queue = await mengziQueue();
      const delegation = queue.find((node) => node.factType === "Delegation");
      const body = await post(ACCEPT, { id: delegation?.id, edits: { certainty: "GUESSED" } }, EDITOR_TOKEN);
      expect(body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
      expect((await mengziQueue()).map((node) => node.id).sort()).toEqual(
        queue.map((node) => node.id).sort(),
      );
      expect((await post(PLACE, { id: "locality:cn-mong-tu" }, EDITOR_TOKEN)).data?.node).toBeNull();
    });
  });
});
