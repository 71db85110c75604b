import type { Locator } from "playwright-core";
import { ingestBytes } from "../../src/modules/ingest/ingest";
import { queueProposals } from "../../src/modules/ingest/store";
import { ingestFixture } from "../modules/ingest/support";
import { screenshot, useBrowser } from "../support/browser";
import { EDITOR_TOKEN, postGraphQL, useHttpServer, WRITABLE_AUTH } from "../support/http-server";
import { useSeededDatabase } from "../support/seeded-database";

const SOURCE = "source:son-la-luang-prabang-review";

/** An article of our own: one delegation and one MOU, each a sentence the quotes can take verbatim. */
const ARTICLE = [
  "Tin đối ngoại tháng 8",
  "",
  "Ngày 16/8/2023, lãnh đạo tỉnh Sơn La đã đón tiếp đoàn công tác tỉnh Luông Pha Bang (Lào) gồm 12 lượt khách.",
  "Hai bên đã ký biên bản ghi nhớ hợp tác về giáo dục giai đoạn 2023-2025.",
].join("\n");

interface Node {
  id: string;
  factType: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
}

describe("the review page at /review, in a real browser", () => {
  const db = useSeededDatabase();
  const http = useHttpServer(db, {
    auth: WRITABLE_AUTH,
  });
  const browser = useBrowser();

  async function post<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const body = await postGraphQL<{ data: T; errors?: unknown[] }>(http.server, query, variables, token);
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  /** What the card says once the server has answered, e.g. "done: Accepted as delegation:…". */
  async function outcomeOf(card: Locator): Promise<string> {
    const outcome = card.locator(".outcome[data-outcome]");
    await outcome.waitFor();
    return `${await outcome.getAttribute("data-outcome")}: ${await outcome.textContent()}`;
  }

  it("shows an ingested article with its quotes highlighted; accepting and rejecting reach the graph", async () => {
    const ingested = ingestBytes(
      ingestFixture().extractor,
      "son-la-luang-prabang-review.txt",
      new TextEncoder().encode(ARTICLE),
    );
    await queueProposals(db.executor, ingested, { id: "ingest:test", role: "editor" });
    const { proposals } = await post<{ proposals: { nodes: Node[] } }>(
      `query($source: ID) { proposals(status: PROPOSED, source: $source, first: 20) {
        nodes { id factType quote quoteStart quoteEnd } } }`,
      { source: SOURCE },
      EDITOR_TOKEN,
    );
    const delegation = proposals.nodes.find((node) => node.factType === "Delegation") as Node;
    const agreement = proposals.nodes.find((node) => node.factType === "Agreement") as Node;
    expect(delegation.quote).toBe(
      "Ngày 16/8/2023, lãnh đạo tỉnh Sơn La đã đón tiếp đoàn công tác tỉnh Luông Pha Bang (Lào) gồm 12 lượt khách.",
    );
    expect(agreement).toBeDefined();

    const { page, requested } = await browser.open(`${http.server.url}/review`);
    const token = page.locator("#token");
    await token.fill(EDITOR_TOKEN);
    // Leaving the field is what fires its change event, as when a user tabs away.
    await token.blur();
    await page.locator(`.proposal[data-proposal="${agreement.id}"]`).waitFor();
    await page.locator('#status[data-state="ready"]').waitFor();
    expect(await page.locator("#article").inputValue()).toBe(SOURCE);

    // The marks are the article's own words at the stored offsets.
    const marked = (id: string) =>
      page.locator("mark[data-proposals]").evaluateAll(
        (marks, wanted) =>
          marks
            .filter((mark) => (mark.getAttribute("data-proposals") ?? "").split(" ").includes(wanted))
            .map((mark) => mark.textContent)
            .join(""),
        id,
      );
    expect(await marked(delegation.id)).toBe(ARTICLE.slice(delegation.quoteStart, delegation.quoteEnd));
    expect(await marked(agreement.id)).toBe(agreement.quote);
    expect(await page.locator(".article-text .text").textContent()).toBe(ARTICLE);
    await screenshot(page, "review-article-highlighted");

    const delegationCard = page.locator(`.proposal[data-proposal="${delegation.id}"]`);
    // Edit, then accept: the editor widens the day to its month.
    await delegationCard.locator("button.edit").click();
    const edit = delegationCard.locator("form.edit");
    await edit.locator('input[name="start"]').fill("2023-08-01");
    await edit.locator('input[name="end"]').fill("2023-08-31");
    await edit.locator('input[name="precision"]').fill("MONTH");
    await edit.locator("button.accept-edited").click();
    expect(await outcomeOf(delegationCard)).toMatch(/^done: Accepted as /);
    const agreementCard = page.locator(`.proposal[data-proposal="${agreement.id}"]`);
    await agreementCard.locator("button.reject").click();
    await agreementCard.locator('input[name="reason"]').fill("the MOU is the 2021 one, already recorded");
    await agreementCard.locator("button.confirm-reject").click();
    expect(await outcomeOf(agreementCard)).toBe("done: Rejected: the MOU is the 2021 one, already recorded");
    await screenshot(page, "review-accepted-and-rejected");

    type Listed = {
      id: string;
      period: { start: string; precision: string } | null;
      sources: { quote: string }[];
    };
    const { facts } = await post<{ facts: { nodes: Listed[] } }>(
      `{ facts(filter: { participants: ["province:son-la"] }, first: 100) {
        nodes { id period { start precision } sources { quote } } } }`,
    );
    const quoting = (quote: string) =>
      facts.nodes.filter((fact) => fact.sources.some((source) => source.quote === quote));
    expect(quoting(delegation.quote).map((fact) => fact.period)).toEqual([
      { start: "2023-08-01", precision: "MONTH" },
    ]);
    expect(quoting(agreement.quote)).toEqual([]);
    expect(requested.filter((url) => !url.startsWith(http.server.url))).toEqual([]);
  });

  it("shows a proposed place with its names, and accepting it with an edit creates the place", async () => {
    /** Our own text: Lai Châu receives a delegation from Mengzi (Mông Tự), a town the gazetteer lacks. */
    const text = "Ngày 3/4/2023, tỉnh Lai Châu đã đón tiếp đoàn công tác thành phố Mông Tự (Trung Quốc).";
    const ingested = ingestBytes(
      ingestFixture().extractor,
      "lai-chau-mengzi-review.txt",
      new TextEncoder().encode(text),
    );
    await queueProposals(db.executor, ingested, { id: "ingest:test", role: "editor" });
    const { proposals } = await post<{ proposals: { nodes: Node[] } }>(
      `query($source: ID) { proposals(status: PROPOSED, source: $source, first: 20) {
        nodes { id factType quote quoteStart quoteEnd } } }`,
      { source: "source:lai-chau-mengzi-review" },
      EDITOR_TOKEN,
    );
    const place = proposals.nodes.find((node) => node.factType === "ForeignLocality") as Node;

    const { page } = await browser.open(`${http.server.url}/review`);
    const token = page.locator("#token");
    await token.fill(EDITOR_TOKEN);
    await token.blur();
    await page.locator('#status[data-state="ready"]').waitFor();
    await page.locator("#article").selectOption("source:lai-chau-mengzi-review");
    // Choosing the article redraws its cards (status "loading" at once): edit only the redrawn ones.
    await page.locator('#status[data-state="ready"]').waitFor();
    const placeCard = page.locator(`.proposal[data-proposal="${place.id}"]`);
    await placeCard.waitFor();
    expect(await placeCard.locator("dl").textContent()).toContain("locality:cn-mong-tu");
    await placeCard.locator("button.edit").click();
    await placeCard.locator('form.edit input[name="nameEn"]').fill("Mengzi");
    await placeCard.locator("form.edit button.accept-edited").click();
    expect(await outcomeOf(placeCard)).toBe("done: Accepted as locality:cn-mong-tu");

    const { node } = await post<{ node: { nameEn: string; nameVi: string } }>(
      `{ node(id: "locality:cn-mong-tu") { ... on ForeignLocality { nameEn nameVi } } }`,
    );
    expect(node).toEqual({ nameEn: "Mengzi", nameVi: "Mông Tự" });
  });
});
