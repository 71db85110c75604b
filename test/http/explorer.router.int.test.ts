import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { explorerRouter } from "../../src/http/explorer.router";
import { useHttpServer } from "../support/http-server";
import { useSeededDatabase } from "../support/seeded-database";

describe("the browser pages beside the API", () => {
  const db = useSeededDatabase();
  const http = useHttpServer(db);

  it("answers a browser's GET /graphql with our GraphiQL page, not Apollo's CDN landing page", async () => {
    const response = await fetch(`${http.server.url}/graphql`, {
      headers: { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" },
    });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<script src="/explorer/graphiql.js"></script>');
    // Every script and stylesheet the page loads is ours, from the same server.
    expect([...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1])).toEqual([
      "data:,",
      "/explorer/graphiql.css",
      "/explorer/graphiql.js",
    ]);
  });

  it("still answers GraphQL on GET with a query and on POST", async () => {
    const get = await fetch(
      `${http.server.url}/graphql?query=${encodeURIComponent('{ node(id: "country:LA") { id } }')}`,
      {
        headers: { accept: "application/json", "apollo-require-preflight": "true" },
      },
    );
    expect(await get.json()).toEqual({ data: { node: { id: "country:LA" } } });

    const post = await fetch(`${http.server.url}/graphql`, {
      method: "POST",
      headers: { accept: "text/html, application/json", "content-type": "application/json" },
      body: JSON.stringify({ query: '{ node(id: "country:LA") { id } }' }),
    });
    expect(await post.json()).toEqual({ data: { node: { id: "country:LA" } } });
  });

  it("serves the network explorer at / and its bundled scripts under /explorer/", async () => {
    const page = await fetch(`${http.server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script src="/explorer/explorer.js"></script>');

    const script = await fetch(`${http.server.url}/explorer/explorer.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("javascript");
    expect((await fetch(`${http.server.url}/explorer/missing.js`)).status).toBe(404);
  });

  it("serves the editors' review page at /review with its own bundle", async () => {
    const page = await fetch(`${http.server.url}/review`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script src="/explorer/review.js"></script>');
    expect((await fetch(`${http.server.url}/explorer/review.js`)).status).toBe(200);
  });

  it("says how to build the pages when they have not been built", async () => {
    const app = express().use(explorerRouter("/nonexistent/explorer-assets"));
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toBe("The explorer is not built: run `npm run build`.\n");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
