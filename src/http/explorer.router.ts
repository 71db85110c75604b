import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Request, type Response, Router } from "express";
import { PROJECT_ROOT } from "../shared/paths";

/** Where `npm run build` puts the browser pages (tools/explorer/build.ts). */
export const EXPLORER_ASSETS_DIR = join(PROJECT_ROOT, "dist", "explorer");

/**
 * The browser pages, served from our own build so they work offline: the network explorer at `/`, the editors' review page at `/review`,
 * its scripts under `/explorer/`, and GraphiQL on `GET /graphql` when a browser asks for a page.
 * Queries (POST, or GET with a query) go on to Apollo untouched.
 */
export function explorerRouter(assetsDir = EXPLORER_ASSETS_DIR): Router {
  const router = Router();
  const page = (file: string) => (_req: Request, res: Response) => {
    const path = join(assetsDir, file);
    if (!existsSync(path)) {
      res.status(503).type("text/plain").send("The explorer is not built: run `npm run build`.\n");
      return;
    }
    res.sendFile(path);
  };

  router.get("/", page("index.html"));
  router.get("/review", page("review.html"));
  router.get("/graphql", (req, res, next) => {
    if (req.query.query === undefined && wantsPage(req)) {
      page("graphiql.html")(req, res);
      return;
    }
    next();
  });
  router.use("/explorer", express.static(assetsDir, { index: false, fallthrough: false }));
  return router;
}

/** A browser navigating asks for HTML first; API clients ask for JSON or anything. */
function wantsPage(req: Request): boolean {
  const accept = req.headers.accept ?? "";
  return accept.includes("text/html") && req.accepts(["text/html", "application/json"]) === "text/html";
}
