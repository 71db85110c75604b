import { readFileSync } from "node:fs";
import { join } from "node:path";
import { signToken } from "../../src/auth/tokens";
import { PROJECT_ROOT } from "../../src/shared/paths";
import { useHttpServer } from "../support/http-server";
import { useSeededDatabase } from "../support/seeded-database";

const GUIDE = readFileSync(join(PROJECT_ROOT, "docs", "writing.md"), "utf8");
const SECRET = "a-test-secret-that-is-at-least-32-characters-long";

/** The GraphQL blocks of docs/writing.md before "Bulk import", in order. */
function writingExamples(): string[] {
  const section = GUIDE.slice(0, GUIDE.indexOf("## Bulk import"));
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

describe("the writing guide's examples", () => {
  const db = useSeededDatabase();
  const http = useHttpServer(db, {
    auth: { jwtSecret: SECRET, readRequiresToken: false, tokenMaxAgeSeconds: 30 * 24 * 3600 },
  });
  const editor = signToken({ id: "editor@example.org", role: "editor" }, SECRET);

  it("are there to run", () => {
    expect(writingExamples().length).toBeGreaterThanOrEqual(3);
  });

  it.each(writingExamples().map((example) => [/\{\s*(\w+)/.exec(example)?.[1] ?? "?", example]))(
    "%s runs as written, by an editor, without errors",
    async (_name, example) => {
      const response = await fetch(`${http.server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
        body: JSON.stringify({ query: example }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data).toBeTruthy();
    },
  );
});
