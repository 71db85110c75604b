import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { loadEntities, loadEntity } from "../../context/load";
import { checkedPageSize } from "../../shared/pagination";
import { Node } from "./node.type";

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Anything by its global id; null when nothing has that id.",
  })
  node(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return loadEntity(ctx, id);
  }

  @Query(() => [Node], {
    description: "Several things by id, in the order asked; ids that name nothing are left out.",
  })
  nodes(@Ctx() ctx: Context, @Arg("ids", () => [ID]) ids: string[]) {
    checkedPageSize(ids.length, "ids");
    return loadEntities(ctx, ids);
  }
}
