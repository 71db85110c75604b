import type { Page } from "playwright-core";
import type { Participant } from "../../src/explorer/network/api";
import { rankHits } from "../../src/explorer/network/rank";
import { LaoProvincesSonLaTrainsCadresFromDocument } from "../../src/generated/operations";
import { screenshot, useBrowser } from "../support/browser";
import { type Drawing, drawnNodeIds, ready } from "../support/explorer-page";
import { dataOf, execute, executeText } from "../support/graphql";
import { useHttpServer } from "../support/http-server";
import { useSeededDatabase } from "../support/seeded-database";

const SON_LA = "province:son-la";

/** What the user does: types without diacritics, picks the province, filters to Laos and training. */
async function sonLaTrainingWithLaos(page: Page): Promise<void> {
  await page.locator("#search").fill("son la");
  await page.locator(".search-results button", { hasText: "Sơn La" }).first().click();
  await ready(page);
  await page.locator("#filter-country").selectOption({ label: "Laos" });
  await ready(page);
  await page.locator("#filter-kind").selectOption({ label: "training" });
  await ready(page);
}

/** Where an element of the drawing is on screen, to click it as a user would. */
function screenPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const cy = (globalThis as unknown as { explorerGraph: Drawing }).explorerGraph;
    const element = cy.getElementById(elementId);
    const point = element.isEdge() ? element.renderedMidpoint() : element.renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, id);
}

describe("the network explorer at /, in a real browser", () => {
  const db = useSeededDatabase();
  const http = useHttpServer(db);
  const browser = useBrowser();
  const offLoopback = (requested: string[]) => requested.filter((url) => !url.startsWith(http.server.url));

  it("answers which Lao provinces Sơn La trains cadres from, with the evidence", async () => {
    const answer = dataOf(await execute(db.executor, LaoProvincesSonLaTrainsCadresFromDocument)).partners
      .nodes;
    const { page, requested } = await browser.open(http.server.url);
    await sonLaTrainingWithLaos(page);

    const listed = page.locator(".partner-list li[data-partner]");
    expect(
      await listed.evaluateAll((items) => items.map((item) => item.getAttribute("data-partner"))),
    ).toEqual(answer.map(({ partner }) => partner.id));
    expect(new Set(await drawnNodeIds(page))).toEqual(
      new Set([SON_LA, ...answer.map(({ partner }) => partner.id)]),
    );

    const groups = answer.flatMap(({ partner }) => (partner.__typename === "LocalityGroup" ? [partner] : []));
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const item = page.locator(`.partner-list li[data-partner="${group.id}"]`);
      expect(await item.locator(".members li").allTextContents()).toEqual(
        group.members.map((member) => member.locality.nameEn),
      );
      expect(await item.locator(".members .label").textContent()).toContain("inferred");
      expect(await item.locator(".quote").allTextContents()).toEqual(
        group.statedCounts.map((count) => count.evidence.quote),
      );
    }
    await screenshot(page, "explorer-son-la-laos-training");
    expect(offLoopback(requested)).toEqual([]);
  });

  it("shows a line's facts with figures, period, certainty, and the quote and article that state them", async () => {
    const answer = dataOf(await execute(db.executor, LaoProvincesSonLaTrainsCadresFromDocument)).partners
      .nodes;
    const group = answer.find(({ partner }) => partner.__typename === "LocalityGroup");
    if (!group) throw new Error("the seed graph has no group among Sơn La's Lao training partners");
    const { page } = await browser.open(http.server.url);
    await sonLaTrainingWithLaos(page);

    const edge = [group.partner.id, SON_LA].sort().join("|").concat("|TRAINING");
    const { x, y } = await screenPosition(page, edge);
    await page.mouse.click(x, y);
    const details = page.locator(".edge-details");
    await details.locator(".quote").first().waitFor();

    const cards = details.locator(".fact");
    expect(await cards.evaluateAll((items) => items.map((item) => item.getAttribute("data-fact")))).toEqual(
      group.facts.map((fact) => fact.id),
    );
    for (const [index, fact] of group.facts.entries()) {
      const card = cards.nth(index);
      expect(await card.locator(".quote").allTextContents()).toEqual(
        fact.sources.map((source) => source.quote),
      );
      const articles = await card.locator(".article").allTextContents();
      fact.sources.forEach((source, i) => {
        expect(articles[i]).toContain(source.source.title);
        expect(articles[i]).toContain(source.source.fileName);
      });
      expect(await card.locator(".certainty").textContent()).toBe(fact.certainty);
      expect(await card.locator(".figure-text").allTextContents()).toEqual(
        fact.figures.map((figure) => ` “${figure.text}”`),
      );
      expect(await card.locator(".period").textContent()).toContain(
        fact.period?.start?.slice(0, 4) ?? "undated",
      );
    }
    await screenshot(page, "explorer-edge-quote");
  });

  it("charts the selection's facts by partner country and by year, as factCounts counts them", async () => {
    const counts = dataOf(
      await executeText(
        db.executor,
        `query ($filter: FactFilterInput) {
          byCountry: factCounts(groupBy: COUNTRY, province: "${SON_LA}", filter: $filter) { label value }
          byYear: factCounts(groupBy: YEAR, province: "${SON_LA}", filter: $filter) { key label value }
        }`,
        { filter: { countries: ["LA"], kinds: ["TRAINING"] } },
      ),
    ) as {
      byCountry: { label: string; value: number }[];
      byYear: { key: string; label: string; value: number }[];
    };
    const { page } = await browser.open(http.server.url);
    await sonLaTrainingWithLaos(page);

    const bars = (chart: string) =>
      page.locator(`[data-chart="${chart}"] .bar`).evaluateAll((items) =>
        items.map((item) => ({
          label: item.querySelector(".bar-label")?.textContent,
          value: Number(item.querySelector(".bar-value")?.textContent),
        })),
      );
    expect(counts.byCountry.length).toBeGreaterThan(0);
    expect(await bars("by-country")).toEqual(counts.byCountry);
    expect(await bars("by-year")).toEqual(
      [...counts.byYear]
        .sort((a, b) => a.key.localeCompare(b.key))
        .map(({ label, value }) => ({ label, value })),
    );
    await screenshot(page, "explorer-dashboard");
  });

  it("adds a node's own partners when it is expanded", async () => {
    const laos = dataOf(
      await executeText(
        db.executor,
        `{ partners(of: "country:LA", first: 100) { nodes { partner { id } } } }`,
      ),
    ) as { partners: { nodes: { partner: { id: string } }[] } };
    const { page } = await browser.open(`${http.server.url}/#${SON_LA}`);
    await ready(page);
    expect(await drawnNodeIds(page)).toContain("country:LA");
    const before = await drawnNodeIds(page);

    const { x, y } = await screenPosition(page, "country:LA");
    await page.mouse.dblclick(x, y);
    await page.locator(".node-details .expand[disabled]").waitFor();
    await ready(page);

    const after = await drawnNodeIds(page);
    expect(after).toEqual(
      expect.arrayContaining([...before, ...laos.partners.nodes.map(({ partner }) => partner.id)]),
    );
    expect(after.length).toBeGreaterThan(before.length);
    await screenshot(page, "explorer-expanded");
  });

  it("finds places by names written without diacritics and by the articles' spellings", async () => {
    const hits = dataOf(
      await executeText(
        db.executor,
        `{ search(text: "luong pha bang", first: 12, types: [Province, ForeignLocality, Country, LocalityGroup, Organization]) { node { ... on Participant { __typename id nameEn nameVi countryCode } } } }`,
      ),
    ) as { search: { node: Participant }[] };
    const { page } = await browser.open(http.server.url);
    await page.locator("#search").fill("luong pha bang");
    await page.locator(".search-results li[data-id]").first().waitFor();

    expect(
      await page
        .locator(".search-results li[data-id]")
        .evaluateAll((items) => items.map((item) => item.getAttribute("data-id"))),
    ).toEqual(
      rankHits(
        "luong pha bang",
        hits.search.map((hit) => hit.node),
      ).map((hit) => hit.id),
    );
    await screenshot(page, "explorer-search");
  });
});
