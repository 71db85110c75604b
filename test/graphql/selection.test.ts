import { buildSchema, type GraphQLResolveInfo, graphql } from "graphql";
import { selects } from "../../src/graphql/selection";

const schema = buildSchema(`
  type Query { list: Connection }
  type Connection { totalCount: Int, nodes: [Item] }
  type Item { id: ID, facts: [Item] }
`);

/** The resolve info of `list` in this operation. */
async function infoOf(source: string): Promise<GraphQLResolveInfo> {
  let captured: GraphQLResolveInfo | undefined;
  const result = await graphql({
    schema,
    source,
    rootValue: {
      list: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        captured = info;
        return { totalCount: 0, nodes: [] };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  if (!captured) throw new Error("list was not resolved");
  return captured;
}

describe("what a field's selection asks for", () => {
  it("sees a sub-field asked directly, under an alias, or through fragments", async () => {
    for (const source of [
      "{ list { totalCount } }",
      "{ list { total: totalCount } }",
      "{ list { ... on Connection { totalCount } } }",
      "{ list { ...Counted } } fragment Counted on Connection { totalCount }",
    ]) {
      expect(selects(await infoOf(source), "totalCount")).toBe(true);
    }
  });

  it("does not see a sub-field the client left out", async () => {
    const info = await infoOf("{ list { nodes { id } } }");
    expect(selects(info, "totalCount")).toBe(false);
    expect(selects(info, "nodes.facts")).toBe(false);
  });

  it("follows a dotted path into nested selections", async () => {
    const info = await infoOf("{ list { ...Page } } fragment Page on Connection { nodes { facts { id } } }");
    expect(selects(info, "nodes.facts")).toBe(true);
    expect(selects(info, "nodes.id")).toBe(false);
  });
});
