import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/shared/paths";
import { EDITOR_TOKEN, postGraphQL, useHttpServer, WRITABLE_AUTH } from "../support/http-server";
import { useSeededDatabase } from "../support/seeded-database";

const GUIDE = readFileSync(join(PROJECT_ROOT, "docs", "writing.md"), "utf8");

/** The GraphQL blocks of docs/writing.md before "Bulk import", in order. */
function writingExamples(): string[] {
  const section = GUIDE.slice(0, GUIDE.indexOf("## Bulk import"));
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

describe("the writing guide's examples", () => {
  const db = useSeededDatabase();
  const http = useHttpServer(db, {
    auth: WRITABLE_AUTH,
  });

  it("are there to run", () => {
    expect(writingExamples().length).toBeGreaterThanOrEqual(3);
  });

  it.each(writingExamples().map((example) => [/\{\s*(\w+)/.exec(example)?.[1] ?? "?", example]))(
    "%s runs as written, by an editor, without errors",
    async (_name, example) => {
      const body = await postGraphQL<{ data?: unknown; errors?: unknown }>(
        http.server,
        example,
        {},
        EDITOR_TOKEN,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data).toBeTruthy();
    },
  );
});
