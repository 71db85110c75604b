import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { admission } from "../../src/http/admission";

/** An app whose only route holds each request until the test lets it go. */
function heldApp(options: Parameters<typeof admission>[0]) {
  const held: Array<() => void> = [];
  const app = express();
  app.get("/", admission(options), (_req, res) => {
    held.push(() => res.json({ ok: true }));
  });
  return { app, held };
}

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("admission control", () => {
  it("runs maxConcurrent, queues maxQueued, and refuses the next at once with 503 SERVER_BUSY", async () => {
    const { app, held } = heldApp({ maxConcurrent: 1, maxQueued: 1, maxWaitMs: 60_000 });
    const { server, url } = await listen(app);
    try {
      const first = fetch(url);
      await until(() => held.length === 1);
      const second = fetch(url);
      // The third finds one running and one waiting: it is refused while both are still held.
      let refused = await fetch(url);
      while (refused.status !== 503) {
        refused = await fetch(url);
      }
      expect(refused.headers.get("retry-after")).toBe("1");
      expect(await refused.json()).toEqual({
        errors: [
          { message: "The server is at capacity; try again shortly.", extensions: { code: "SERVER_BUSY" } },
        ],
      });
      expect(held).toHaveLength(1);

      held[0]?.();
      expect((await first).status).toBe(200);
      await until(() => held.length === 2);
      held[1]?.();
      expect((await second).status).toBe(200);
    } finally {
      server.close();
    }
  });

  it("gives up a queued request at its deadline with 503", async () => {
    const { app, held } = heldApp({ maxConcurrent: 1, maxQueued: 5, maxWaitMs: 200 });
    const { server, url } = await listen(app);
    try {
      const first = fetch(url);
      await until(() => held.length === 1);
      const waited = await fetch(url);
      expect(waited.status).toBe(503);
      expect(
        ((await waited.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions
          .code,
      ).toBe("SERVER_BUSY");
      held[0]?.();
      expect((await first).status).toBe(200);
      // The place the first held is free again.
      const after = fetch(url);
      await until(() => held.length === 2);
      held[1]?.();
      expect((await after).status).toBe(200);
    } finally {
      server.close();
    }
  });
});
