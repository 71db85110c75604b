import { readFileSync } from "node:fs";
import { join } from "node:path";
import { printGraphQLSchema } from "../../src/graphql/schema";
import { PROJECT_ROOT } from "../../src/shared/paths";

describe("schema/schema.graphql", () => {
  it("is the schema the code builds (run `npm run schema:emit` after changing a type)", () => {
    const committed = readFileSync(join(PROJECT_ROOT, "schema", "schema.graphql"), "utf8");
    expect(committed).toBe(printGraphQLSchema());
  });
});
