import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { DatabaseInfo } from "./database-info.type";

@Resolver(() => DatabaseInfo)
export class DatabaseInfoResolver {
  @Query(() => DatabaseInfo, { description: "The Neo4j server and database behind this API, read live." })
  databaseInfo(@Ctx() ctx: Context): Promise<DatabaseInfo> {
    return ctx.repositories.databaseInfo.get();
  }
}
