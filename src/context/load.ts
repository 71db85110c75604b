import type { Entity, EntityType } from "../domain/entities";
import { type Page, toConnection } from "../shared/pagination";
import type { Context } from "./context";

/** The entities of these ids, in order, skipping ids that name nothing. */
export async function loadEntities(ctx: Context, ids: readonly string[]): Promise<Entity[]> {
  const entities = await ctx.loaders.entity.loadMany(ids);
  return entities.filter((entity): entity is Entity => entity !== null && !(entity instanceof Error));
}

/** One entity of the expected type, or null (a missing or differently-typed id is "not found"). */
export async function loadEntity<T extends Entity>(
  ctx: Context,
  id: string,
  ...types: EntityType[]
): Promise<T | null> {
  const entity = await ctx.loaders.entity.load(id);
  return entity && (types.length === 0 || types.includes(entity.typename)) ? (entity as T) : null;
}

/**
 * A page of ids turned into a Relay connection of their entities (an id naming nothing is dropped),
 * its cursors tagged with `list`.
 */
export async function entityConnection(ctx: Context, page: Page<string>, list: string) {
  const entities = new Map(
    (
      await loadEntities(
        ctx,
        page.items.map((item) => item.value),
      )
    ).map((e) => [e.id, e]),
  );
  const items = page.items.flatMap((item) => {
    const entity = entities.get(item.value);
    return entity ? [{ ...item, value: entity }] : [];
  });
  return toConnection({ ...page, items }, list);
}
