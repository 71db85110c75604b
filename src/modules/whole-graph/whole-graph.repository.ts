import type { Node } from "neo4j-driver";
import type { ReadExecutor } from "../../db/executor";
import { toEntity } from "../../db/mappers";
import { Statements } from "../../db/statements";
import type { EntitiesSeen, FactEntity } from "../../domain/entities";
import { MAX_PAGE_SIZE, type Page, type PageRequest, toPage } from "../../shared/pagination";
import type { FactDimension } from "./whole-graph.types";

const STATEMENTS = new Statements("whole-graph.cypher");

export type FactsSort = "OLDEST_FIRST" | "NEWEST_FIRST" | "ID";

export interface FactStatsBucket {
  keys: Array<string | null>;
  facts: number;
  provinces: number;
  partners: number;
  countries: number;
  sums: Array<{ unit: string; total: number; facts: number }>;
  factIds: string[];
}

/** Questions over every fact of the graph: a filtered page, grouped counts, labels for their keys. */
export class WholeGraphRepository {
  constructor(private readonly executor: ReadExecutor) {}

  async facts(
    params: Record<string, unknown>,
    sort: FactsSort,
    page: PageRequest,
    seen?: EntitiesSeen,
  ): Promise<Page<FactEntity>> {
    const [record] = await STATEMENTS.read(this.executor, "facts-page", {
      ...params,
      sort,
      afterKey: page.afterKey,
      afterId: page.afterId,
      limit: page.first + 1,
      countTotal: page.countTotal,
    });
    const rows = (record?.get("page") ?? []) as Array<{ id: string; key: number; node: Node }>;
    const items = rows.map((row) => {
      const entity = toEntity(row.node) as FactEntity;
      seen?.(entity);
      return { key: row.key, id: row.id, value: entity };
    });
    return toPage(items, record?.get("totalCount") ?? null, page);
  }

  async factStats(params: Record<string, unknown>, dimensions: FactDimension[]): Promise<FactStatsBucket[]> {
    const records = await STATEMENTS.read(this.executor, "fact-stats", {
      ...params,
      dimensions,
      maxFacts: MAX_PAGE_SIZE,
    });
    return records.map((record) => ({
      keys: dimensions.length > 1 ? [record.get("first"), record.get("second")] : [record.get("first")],
      facts: record.get("facts"),
      provinces: record.get("provinces"),
      partners: record.get("partners"),
      countries: record.get("countries"),
      sums: record.get("sums"),
      factIds: record.get("factIds"),
    }));
  }

  /** Names for bucket keys that are ids or country codes. */
  async labels(keys: string[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const records = await STATEMENTS.read(this.executor, "labels-of", { keys });
    return new Map(records.map((record) => [record.get("key") as string, record.get("label") as string]));
  }
}
