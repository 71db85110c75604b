import type { ReadExecutor } from "../../db/executor";
import { toEntity } from "../../db/mappers";
import { Statements } from "../../db/statements";
import type { Entity, EntityType } from "../../domain/entities";
import { searchKey } from "../../domain/names";
import { type Page, type PageRequest, toPage } from "../../shared/pagination";

const STATEMENTS = new Statements("lookups.cypher");

export interface ListFilter {
  countryCodes?: string[] | null;
  kinds?: string[] | null;
  eras?: string[] | null;
  /** Only entities part of this one (a country's or a province's localities). */
  partOf?: string | null;
}

/** Places, organisations, documents and sources by code, by name, or as filtered pages. */
export class LookupRepository {
  constructor(private readonly executor: ReadExecutor) {}

  async byCode(type: EntityType, code: string): Promise<Entity | null> {
    const [record] = await STATEMENTS.read(this.executor, "entity-by-code", { type, code });
    return record ? toEntity(record.get("node")) : null;
  }

  /** Best match first: exact names before aliases, today's unit before one that merged away. */
  async byName(type: EntityType, name: string, limit = 10): Promise<Entity[]> {
    const records = await STATEMENTS.read(this.executor, "entities-by-name", {
      type,
      key: searchKey(name),
      limit,
    });
    return records.map((record) => toEntity(record.get("node")));
  }

  async list(type: EntityType, filter: ListFilter, page: PageRequest): Promise<Page<Entity>> {
    const [record] = await STATEMENTS.read(this.executor, "entities-of-type", {
      type,
      countryCodes: nonEmpty(filter.countryCodes),
      kinds: nonEmpty(filter.kinds),
      eras: nonEmpty(filter.eras),
      partOf: filter.partOf ?? null,
      afterId: page.afterId,
      limit: page.first + 1,
      countTotal: page.countTotal,
    });
    const nodes = (record?.get("page") ?? []).map(toEntity) as Entity[];
    return toPage(
      nodes.map((entity) => ({ key: 0, id: entity.id, value: entity })),
      record?.get("totalCount") ?? 0,
      page,
    );
  }

  async factsOfSources(roots: readonly string[], page: PageRequest): Promise<Map<string, Page<string>>> {
    const records = await STATEMENTS.read(this.executor, "facts-of-sources", {
      roots,
      afterId: page.afterId,
      limit: page.first + 1,
    });
    return new Map(
      records.map((record) => {
        const rows = (record.get("page") as Array<{ id: string; key: number }>).map((row) => ({
          ...row,
          value: row.id,
        }));
        return [record.get("id"), toPage(rows, record.get("totalCount"), page)];
      }),
    );
  }
}

function nonEmpty(values: string[] | null | undefined): string[] | null {
  return values && values.length > 0 ? values : null;
}
