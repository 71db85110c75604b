import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's Chromium, which the browser tests drive (Playwright's own browser download cannot work here). */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Installs Debian's chromium package when it is missing and this run may (root, with apt-get), so
 * that `npm test` on a fresh machine needs no step of its own; otherwise says what to install.
 */
export function ensureChromium(log: (line: string) => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    return;
  }
  const mayInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!mayInstall) {
    throw new Error(
      `The browser tests need Debian's chromium package at ${CHROMIUM_PATH}: run \`sudo apt-get install -y chromium\`.`,
    );
  }
  log("Chromium is missing: installing Debian's chromium package (apt-get, a few minutes once)");
  const apt = (...args: string[]) =>
    execFileSync("apt-get", args, {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  apt("update");
  apt("install", "-y", "chromium");
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`apt-get installed chromium, but ${CHROMIUM_PATH} is not there.`);
  }
}
