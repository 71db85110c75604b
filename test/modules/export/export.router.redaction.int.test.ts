import type { User } from "../../../src/auth/tokens";
import { parseDump } from "../../../src/modules/export/import-dump";
import { useHttpServer } from "../../support/http-server";
import { useSeededDatabase } from "../../support/seeded-database";

const RETIRED = "delegation:son-la-incoming-la-2017-2018-04";

/** A bearer "editor" reads as an editor; anyone else anonymously. */
async function authorizeRead(req: { headers: Record<string, unknown> }): Promise<User | null> {
  return req.headers.authorization === "Bearer editor" ? { id: "editor@example.org", role: "editor" } : null;
}

describe("GET /export and editors' identities", () => {
  const db = useSeededDatabase();
  const http = useHttpServer(db, { authorizeRead });

  beforeAll(async () => {
    await db.executor.write("test", (tx) =>
      tx.run(
        "MATCH (fact:Fact {id: $id}) SET fact.retiredOn = date('2025-01-15'), fact.retiredBy = 'admin@example.org'",
        { id: RETIRED },
      ),
    );
  });

  const retiredAs = async (authorization?: string) => {
    const response = await fetch(`${http.server.url}/export?format=json`, {
      headers: authorization ? { authorization } : {},
    });
    const dump = parseDump(await response.text());
    return dump.nodes.find((node) => node.id === RETIRED)?.properties;
  };

  it("shows an anonymous reader that a record was retired, and when, but not by whom", async () => {
    expect(await retiredAs()).toMatchObject({ retiredOn: "2025-01-15", retiredBy: "redacted" });
  });

  it("shows an editor who retired it", async () => {
    expect(await retiredAs("Bearer editor")).toMatchObject({ retiredBy: "admin@example.org" });
  });
});
