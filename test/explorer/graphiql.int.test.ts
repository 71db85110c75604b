import { readExampleOperations } from "../../src/docs/example-operations";
import { LaoProvincesSonLaTrainsCadresFromDocument } from "../../src/generated/operations";
import { screenshot, useBrowser } from "../support/browser";
import { dataOf, execute } from "../support/graphql";
import { useHttpServer } from "../support/http-server";
import { useSeededDatabase } from "../support/seeded-database";

describe("GraphiQL at /graphql, in a real browser", () => {
  const db = useSeededDatabase();
  const http = useHttpServer(db);
  const browser = useBrowser();

  it("loads from our own server, with the README's example operations as tabs", async () => {
    const { page, requested } = await browser.open(`${http.server.url}/graphql`);
    const tabs = page.locator(".graphiql-tab-button");
    const operations = readExampleOperations();
    await tabs.first().waitFor();

    const titles = await tabs.allTextContents();
    const names = operations.map(({ text }) => /^(?:query|mutation)\s+(\w+)/m.exec(text)?.[1]);
    expect(titles.map((title) => title.trim())).toEqual(names);
    await screenshot(page, "graphiql-tabs");
    // Nothing from a CDN: every request stays on our server (data: URIs are inline).
    expect(requested.filter((url) => !url.startsWith(http.server.url) && !url.startsWith("data:"))).toEqual(
      [],
    );
  });

  it("runs an example operation and shows the API's answer", async () => {
    const { page } = await browser.open(`${http.server.url}/graphql`);
    await page.locator(".graphiql-tab-button", { hasText: "LaoProvincesSonLaTrainsCadresFrom" }).click();
    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".result-window .CodeMirror");
    await response.getByText('"partners"').first().waitFor({ timeout: 60_000 });

    // CodeMirror draws only the visible lines; the editor holds the whole answer the user scrolls.
    const shown = await response.evaluate((element) =>
      (element as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue(),
    );
    const expected = dataOf(await execute(db.executor, LaoProvincesSonLaTrainsCadresFromDocument));
    expect(JSON.parse(shown)).toEqual({ data: expected });
    await screenshot(page, "graphiql-example-run");
  });

  it("draws Vietnamese in the editor with the bundled JetBrains Mono, and links back to the explorer", async () => {
    const { page, requested } = await browser.open(`${http.server.url}/graphql`);
    await page.locator(".graphiql-tab-button").first().waitFor();
    const editor = page.locator(".graphiql-query-editor .CodeMirror").first();
    await editor.waitFor();
    const font = await editor.evaluate(async (element) => {
      type Face = { family: string; unicodeRange: string; status: string };
      const page = globalThis as unknown as {
        document: { fonts: { load(font: string, text: string): Promise<Face[]> } };
        getComputedStyle(element: unknown): { fontFamily: string };
      };
      // The letters ask for the font's Vietnamese subset, as an editor holding them would.
      const faces = await page.document.fonts.load('14px "JetBrains Mono"', "Bắc thể quyền");
      return {
        family: page.getComputedStyle(element).fontFamily,
        faces: faces.map(({ family, unicodeRange, status }) => ({ family, unicodeRange, status })),
      };
    });
    expect(font.family.startsWith('"JetBrains Mono"')).toBe(true);
    // The face that covers Vietnamese letters (U+1EA0-1EF9: ắ, ể, ề…) is loaded, from our server.
    expect(font.faces).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unicodeRange: expect.stringContaining("U+1EA0-1EF9"), status: "loaded" }),
      ]),
    );
    expect(requested.filter((url) => !url.startsWith(http.server.url) && !url.startsWith("data:"))).toEqual(
      [],
    );
    await screenshot(page, "graphiql-vietnamese-font");

    await page.locator("a.explorer-link").click();
    await page.waitForURL(`${http.server.url}/`);
    expect(await page.locator("h1").textContent()).toBeTruthy();
  });
});
