import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { EXPLORER_ASSETS_DIR } from "../../src/http/explorer.router";
import { PROJECT_ROOT } from "../../src/shared/paths";
import { CHROMIUM_PATH } from "./chromium";

export const SCREENSHOT_DIR = join(PROJECT_ROOT, "test-results");

/** A laptop screen: the pages must be usable at this size. */
export const LAPTOP = { width: 1366, height: 768 };

/** Fails with one line saying what to install or run, rather than skipping the browser tests. */
export function checkBrowserTestPrerequisites(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Debian's chromium package at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\`.`,
    );
  }
  if (!existsSync(join(EXPLORER_ASSETS_DIR, "explorer.js"))) {
    throw new Error(
      `The browser pages are not built in ${EXPLORER_ASSETS_DIR}: run \`npm run build\` first.`,
    );
  }
}

/**
 * Headless Chromium for the file's tests. Every page it opens records the URLs it requests, so a
 * test can show that nothing is fetched from anywhere but our server.
 */
export function useBrowser(): {
  browser: Browser;
  open(url: string): Promise<{ page: Page; requested: string[] }>;
} {
  const holder = {} as { browser: Browser };
  const pages: Page[] = [];
  beforeAll(async () => {
    checkBrowserTestPrerequisites();
    holder.browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
  });
  afterAll(() => holder.browser?.close());
  return {
    get browser() {
      return holder.browser;
    },
    async open(url: string) {
      const page = await holder.browser.newPage({ viewport: LAPTOP });
      pages.push(page);
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      await page.goto(url);
      return { page, requested };
    },
  };
}

/** Saves what the page shows as a test artifact, test-results/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}
