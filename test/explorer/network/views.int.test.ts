import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import type { Download, Page } from "playwright-core";
import { screenshot, useBrowser } from "../../support/browser";
import { type Drawing, type DrawnNode, drawnNodeIds, ready } from "../../support/explorer-page";
import { dataOf, executeText } from "../../support/graphql";
import { useHttpServer } from "../../support/http-server";
import { useSeededDatabase } from "../../support/seeded-database";

const SON_LA = "province:son-la";
const SHARED_VIEW = `?select=${SON_LA}&country=LA&kind=TRAINING`;

interface ApiPartners {
  partners: {
    nodes: {
      partner: { id: string; nameEn: string; nameVi: string | null };
      facts: { id: string; period: { start: string | null; end: string | null; precision: string } | null }[];
    }[];
  };
}

/** The file a click on a download button hands to the browser, as text. */
async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent("download"), page.locator(button).click()])) as [
    Download,
    unknown,
  ];
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

describe("the network explorer's shareable, downloadable views, in a real browser", () => {
  const db = useSeededDatabase();
  const http = useHttpServer(db);
  const browser = useBrowser();

  async function sonLaLaosTraining(): Promise<ApiPartners["partners"]["nodes"]> {
    const answer = dataOf(
      await executeText(
        db.executor,
        `query ($filter: FactFilterInput) {
          partners(of: "${SON_LA}", filter: $filter, first: 100) {
            nodes { partner { ... on Participant { id nameEn nameVi } } facts { id period { start end precision } } }
          }
        }`,
        { filter: { countries: ["LA"], kinds: ["TRAINING"] } },
      ),
    ) as unknown as ApiPartners;
    return answer.partners.nodes;
  }

  it("keeps the selection and every filter in the address, and a shared link opens the same view", async () => {
    const { page } = await browser.open(http.server.url);
    await page.locator("#search").fill("son la");
    await page.locator(".search-results button", { hasText: "Sơn La" }).first().click();
    await ready(page);
    await page.locator("#filter-country").selectOption("LA");
    await ready(page);
    await page.locator("#filter-kind").selectOption("TRAINING");
    await ready(page);
    await page.locator("#filter-from").fill("2000");
    await page.locator("#filter-from").dispatchEvent("change");
    await ready(page);
    const link = page.url();
    expect(new URL(link).search).toBe(`${SHARED_VIEW}&from=2000`);
    const drawn = await drawnNodeIds(page);

    const { page: other } = await browser.open(link);
    await ready(other);
    expect(await drawnNodeIds(other)).toEqual(drawn);
    expect(await other.locator("#filter-country").inputValue()).toBe("LA");
    expect(await other.locator("#filter-kind").inputValue()).toBe("TRAINING");
    expect(await other.locator("#filter-from").inputValue()).toBe("2000");
    await screenshot(other, "explorer-shared-link");
  });

  it("restores expanded nodes and the map pane from a link", async () => {
    const { page } = await browser.open(`${http.server.url}/?select=${SON_LA}&expand=country:LA&pane=map`);
    await ready(page);
    expect(await page.locator("#map").isVisible()).toBe(true);
    expect(await page.locator("#graph").isVisible()).toBe(false);
    expect(await page.locator('#pane-map[aria-selected="true"]').count()).toBe(1);
    const ids = async (of: string) =>
      (
        dataOf(
          await executeText(
            db.executor,
            `{ partners(of: "${of}", first: 100) { nodes { partner { id } } } }`,
          ),
        ) as { partners: { nodes: { partner: { id: string } }[] } }
      ).partners.nodes.map(({ partner }) => partner.id);
    const expected = new Set([SON_LA, ...(await ids(SON_LA)), ...(await ids("country:LA"))]);
    const shown = await page
      .locator(".map .place")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-id") ?? ""));
    const unplaced = (await page.locator(".map .unplaced").count())
      ? ((await page.locator(".map .unplaced").getAttribute("data-ids")) ?? "").split(" ")
      : [];
    // Every place drawn is on the map or named under it: Laos's own partners came with the link.
    expect(new Set([...shown, ...unplaced])).toEqual(expected);
    expect(shown).toContain("country:LA");
    await screenshot(page, "explorer-map-expanded");
  });

  it.each([
    ["a selection that names nothing", "?select=province:atlantis", "province:atlantis"],
    ["a filter value the API does not offer", `?select=${SON_LA}&kind=GOSSIP`, "kind=GOSSIP"],
  ])("clears the view with a message for %s", async (_, search, named) => {
    const { page } = await browser.open(`${http.server.url}/?select=${SON_LA}`);
    await ready(page);
    expect((await drawnNodeIds(page)).length).toBeGreaterThan(1);

    // As the browser's back button would: the address changes, and the page is told.
    await page.evaluate((address) => {
      const window = globalThis as unknown as {
        history: { pushState(data: null, unused: string, url: string): void };
        dispatchEvent(event: unknown): void;
        PopStateEvent: new (type: string) => unknown;
      };
      window.history.pushState(null, "", address);
      window.dispatchEvent(new window.PopStateEvent("popstate"));
    }, search);
    await page.locator('#status[data-state="error"]').waitFor();
    expect(await page.locator("#status").textContent()).toContain(named);
    expect(await drawnNodeIds(page)).toEqual([]);
    expect(await page.locator(".partner-list").count()).toBe(0);
    expect(await page.locator("#dashboard").textContent()).toBe("");
    await screenshot(page, "explorer-bad-link");
  });

  it("downloads the view's facts as CSV with a byte-order mark and as JSON, and its network as GraphML", async () => {
    const partners = await sonLaLaosTraining();
    const factIds = [...new Set(partners.flatMap((partner) => partner.facts.map((fact) => fact.id)))].sort();
    const { page } = await browser.open(`${http.server.url}/${SHARED_VIEW}`);
    await ready(page);

    const csv = await downloaded(page, "#download-facts-csv");
    expect(csv.name).toBe("province-son-la-facts.csv");
    expect(csv.text.startsWith("\uFEFFid,kind,factType,")).toBe(true);
    const lines = csv.text.trim().split("\r\n");
    expect(
      lines
        .slice(1)
        .map((line) => line.split(",")[0])
        .sort(),
    ).toEqual(factIds);
    expect(csv.text).toContain("Son La");

    const json = JSON.parse((await downloaded(page, "#download-facts-json")).text) as {
      view: string;
      facts: { id: string; sources: { quote: string }[] }[];
    };
    expect(json.view).toBe(SHARED_VIEW);
    expect(json.facts.map((fact) => fact.id).sort()).toEqual(factIds);
    expect(json.facts.every((fact) => fact.sources.length > 0)).toBe(true);

    const graphml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
      (await downloaded(page, "#download-graphml")).text,
    ) as {
      graphml: {
        key: { id: string; "attr.name": string }[];
        graph: { node: { id: string; data: { key: string; "#text": string }[] }[]; edge: unknown[] };
      };
    };
    expect(graphml.graphml.key.map((key) => key["attr.name"])).toContain("label");
    const nodes = graphml.graphml.graph.node;
    expect(nodes.map((node) => node.id).sort()).toEqual(
      [SON_LA, ...partners.map((p) => p.partner.id)].sort(),
    );
    const labels = nodes.map((node) => node.data.find((data) => data.key === "label")?.["#text"]);
    expect(labels).toEqual(expect.arrayContaining(partners.map((p) => p.partner.nameEn)));

    const table = await downloaded(page, '[data-download="by-country"]');
    expect(table.text.startsWith("\uFEFFkey,label,facts\r\nLA,Laos,")).toBe(true);
    const partnerTable = await downloaded(page, '[data-download="partners"]');
    expect(partnerTable.text.trim().split("\r\n")).toHaveLength(partners.length + 1);
  });

  it("shows Long An's year chart and timeline over the same facts: those without a partner and the undated too", async () => {
    // Article 004 dates few of Long An's facts: the year chart's "undated" bar and the timeline's
    // undated count are the same facts, and the timeline holds all the province's facts, not only
    // the 21 with a named partner that the network draws.
    const { province } = dataOf(
      await executeText(
        db.executor,
        '{ province(id: "province:long-an") { facts(first: 100) { totalCount nodes { period { start } } } } }',
      ),
    ) as unknown as {
      province: { facts: { totalCount: number; nodes: Array<{ period: { start: string } | null }> } };
    };
    const undated = province.facts.nodes.filter((fact) => !fact.period?.start).length;
    const { page } = await browser.open(`${http.server.url}/?select=province:long-an`);
    await ready(page);
    const undatedBar = await page
      .locator('[data-chart="by-year"] .bar[data-key="undated"] .bar-value')
      .textContent();
    expect(Number(undatedBar)).toBe(undated);
    const caption = await page.locator(".timeline figcaption").textContent();
    expect(caption).toBe(`${province.facts.totalCount - undated} dated facts by period; ${undated} undated`);
  });

  it("draws a province's facts on a timeline by period, a year as a span and a day as a point, undated apart", async () => {
    // The same facts as its charts: the province's facts field with the view's filter.
    const { province } = dataOf(
      await executeText(
        db.executor,
        `query ($filter: FactFilterInput) {
          province(id: "${SON_LA}") { facts(filter: $filter, first: 100) { nodes { id period { start end precision } } } }
        }`,
        { filter: { countries: ["LA"], kinds: ["TRAINING"] } },
      ),
    ) as unknown as {
      province: { facts: { nodes: ApiPartners["partners"]["nodes"][number]["facts"] } };
    };
    const facts = province.facts.nodes;
    expect(facts.length).toBeGreaterThan(0);
    const dated = facts.filter((fact) => fact.period?.start || fact.period?.end);
    const { page } = await browser.open(`${http.server.url}/${SHARED_VIEW}`);
    await ready(page);

    const marks = await page.locator(".timeline .mark").evaluateAll((items) =>
      items.map((item) => ({
        id: item.getAttribute("data-fact"),
        shape: item.tagName,
        precision: item.getAttribute("data-precision"),
        width: Number(item.getAttribute("width") ?? 0),
      })),
    );
    expect(marks.map((mark) => mark.id).sort()).toEqual(dated.map((fact) => fact.id).sort());
    for (const mark of marks) {
      const fact = dated.find((known) => known.id === mark.id);
      expect(mark.precision).toBe(fact?.period?.precision);
      expect(mark.shape).toBe(mark.precision === "DAY" ? "circle" : "rect");
    }
    for (const mark of marks.filter((known) => known.precision !== "DAY")) {
      expect(mark.width).toBeGreaterThan(0);
    }
    const caption = await page.locator(".timeline figcaption").textContent();
    expect(caption).toBe(`${dated.length} dated facts by period; ${facts.length - dated.length} undated`);
    await screenshot(page, "explorer-timeline");
  });

  it("draws the places on an offline map at the gazetteer's coordinates, with lines for ties and no tile server", async () => {
    const partners = await sonLaLaosTraining();
    const { page, requested } = await browser.open(`${http.server.url}/${SHARED_VIEW}`);
    await ready(page);
    await page.locator("#pane-map").click();
    await page.locator(".map-canvas").waitFor();
    expect(new URL(page.url()).search).toBe(`${SHARED_VIEW}&pane=map`);

    const placed = await page
      .locator(".map .place")
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-id")));
    const coordinates = readFileSync("seeds/gazetteer/coordinates.yaml", "utf8");
    for (const id of [SON_LA, ...partners.map((p) => p.partner.id)]) {
      // A place with a point in the gazetteer is drawn there; a group at its members' mean point.
      expect(placed.includes(id)).toBe(coordinates.includes(`id: ${id}\n`) || id.startsWith("group:"));
    }
    expect(await page.locator(".map .land").count()).toBeGreaterThan(100);
    const ties = await page.locator(".map .tie").count();
    expect(ties).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(http.server.url))).toEqual([]);
    await screenshot(page, "explorer-map");
  });

  it("switches to Vietnamese, names places in it, and remembers the choice", async () => {
    const partners = await sonLaLaosTraining();
    const { page } = await browser.open(`${http.server.url}/${SHARED_VIEW}`);
    await ready(page);
    await page.locator("#language-vi").click();
    await ready(page);
    expect(await page.locator("h1").textContent()).toBe("Quan hệ đối ngoại của các tỉnh");
    expect(await page.locator(".partner-list h2").textContent()).toBe("Đối tác của Sơn La");
    const listed = await page.locator(".partner-list li[data-partner] > button").allTextContents();
    expect(listed).toEqual(partners.map((p) => p.partner.nameVi ?? p.partner.nameEn));

    await page.reload();
    await ready(page);
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    expect(await page.locator("#filter-clear").textContent()).toBe("Xoá bộ lọc");
    // Fact kinds too: the chosen filter and the lines' legend.
    expect(await page.locator("#filter-kind option:checked").textContent()).toBe("đào tạo");
    expect(await page.locator("#legend").textContent()).toContain("đào tạo");
    await screenshot(page, "explorer-vietnamese");
    await page.locator("#language-en").click();
    await ready(page);
    expect(await page.locator(".partner-list h2").textContent()).toBe("Partners of Son La");
  });

  it("offers Laos before Lào Cai for “Lào”, and tells Lào Cai's two eras apart", async () => {
    const { page } = await browser.open(http.server.url);
    await page.locator("#search").fill("Lào");
    await page.locator(".search-results li[data-id]").first().waitFor();
    const hits = page.locator(".search-results li[data-id]");
    expect(await hits.first().getAttribute("data-id")).toBe("country:LA");
    const names = await page.locator(".search-results .hit-name").allTextContents();
    expect(names).toEqual(expect.arrayContaining(["Lao Cai (to 2025)", "Lao Cai (from 2025)"]));
    await screenshot(page, "explorer-search-lao");
  });

  it("lays out the largest neighbourhood with no label over another node or label", async () => {
    const ranked = dataOf(
      await executeText(
        db.executor,
        "{ rankings(type: Province, first: 100) { counterpartCount entity { id } } }",
      ),
    ) as { rankings: { counterpartCount: number; entity: { id: string } }[] };
    const most = Math.max(...ranked.rankings.map((rank) => rank.counterpartCount));
    const largest = {
      id: ranked.rankings.find((rank) => rank.counterpartCount === most)?.entity.id,
      partners: most,
    };
    expect(largest.partners).toBeGreaterThanOrEqual(15);
    const { page } = await browser.open(`${http.server.url}/?select=${largest.id}`);
    await ready(page);

    const overlaps = await page.evaluate(() => {
      const cy = (globalThis as unknown as { explorerGraph: Drawing }).explorerGraph;
      const boxes = cy.nodes().map((node: DrawnNode) => ({
        id: node.id(),
        box: node.boundingBox({ includeLabels: true, includeOverlays: false }),
      }));
      const found: string[] = [];
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          if (a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2) {
            found.push(`${a.id} / ${b.id}`);
          }
        }
      }
      return found;
    });
    expect(overlaps).toEqual([]);
    await screenshot(page, "explorer-large-neighbourhood");
  });
});
