import { screenshot, useBrowser } from "../../support/browser";
import { ready } from "../../support/explorer-page";
import { EDITOR_TOKEN, postGraphQL, useHttpServer, WRITABLE_AUTH } from "../../support/http-server";
import { useSeededDatabase } from "../../support/seeded-database";

const ARTICLE_URL = "https://example.org/tin-tuc/son-la-lao-2019";

describe("an article with a known address, in the explorer", () => {
  const db = useSeededDatabase();
  const http = useHttpServer(db, {
    auth: WRITABLE_AUTH,
  });
  const browser = useBrowser();

  const post = (query: string) =>
    postGraphQL<{ data?: Record<string, { id: string }>; errors?: unknown[] }>(
      http.server,
      query,
      {},
      EDITOR_TOKEN,
    );

  it("links the fact's source to its article, and a source without one stays plain text", async () => {
    const source = await post(`mutation { createSource(reason: "an article with its address", input: {
        fileName: "007_link.txt", title: "Sơn La và Lào 2019", about: "province:son-la", url: "${ARTICLE_URL}" }) { id } }`);
    expect(source.errors).toBeUndefined();
    const fact = await post(`mutation { createPartnership(reason: "stated in the linked article", input: {
        kind: TWINNING, from: "province:son-la", to: ["locality:la-oudomxay"], certainty: STATED,
        evidence: [{ source: "${source.data?.createSource?.id}", quote: "kết nghĩa với tỉnh U Đôm Xay" }] }) { id } }`);
    expect(fact.errors).toBeUndefined();

    const { page } = await browser.open(`${http.server.url}/?select=province:son-la&kind=TWINNING`);
    await ready(page);
    await page.locator('.partner-list li[data-partner="locality:la-oudomxay"] button').click();
    const card = page.locator(`.fact[data-fact="${fact.data?.createPartnership?.id}"]`);
    await card.waitFor();
    const link = card.locator(".article a");
    expect(await link.getAttribute("href")).toBe(ARTICLE_URL);
    expect(await link.textContent()).toContain("Sơn La và Lào 2019");
    await screenshot(page, "explorer-article-link");

    // The seed's articles have no address: their citation is text, not a link.
    await page.goto(`${http.server.url}/?select=province:son-la&kind=TRAINING&country=LA`);
    await ready(page);
    await page.locator(".partner-list li[data-partner] button").first().click();
    await page.locator(".fact .article").first().waitFor();
    expect(await page.locator(".fact .article a").count()).toBe(0);
  });
});
