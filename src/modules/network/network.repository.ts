import type { Node } from "neo4j-driver";
import type { ReadExecutor } from "../../db/executor";
import { toEntity } from "../../db/mappers";
import { Statements } from "../../db/statements";
import type { EntitiesSeen, EntityType } from "../../domain/entities";
import { type FactFilter, filterParams, isUnfiltered } from "../../domain/filters";
import { type Page, type PageRequest, toPage } from "../../shared/pagination";

const STATEMENTS = new Statements("network.cypher");

export type PartnerSort = "FACT_COUNT" | "ID";
export type FactSort = "OLDEST_FIRST" | "NEWEST_FIRST";

/** The arguments one connection field is asked with; roots asked with the same ones share a query. */
export interface ConnectionArgs<S extends string> {
  /** With the roll-up switches: the field's rollUpMerged is folded into it (toFactFilter). */
  filter: FactFilter;
  /** Partners only: the level partners are counted at (PartnerLevel). */
  level: string;
  sort: S;
  page: PageRequest;
  /** Partners only: send each partner's fact nodes along (when the client selects its facts). */
  withFactNodes: boolean;
}

export interface PartnerValue {
  partnerId: string;
  factIds: string[];
  roles: string[];
}

export interface SharedPartnerValue {
  partnerId: string;
  ties: Array<{ rootId: string; factIds: string[] }>;
}

export interface PathValue {
  nodeIds: string[];
  steps: Array<{ type: string; from: string; to: string; role: string | null; certainty: string | null }>;
}

export interface RankingValue {
  id: string;
  facts: number;
  counterparts: number;
}

interface PageRow {
  id: string;
  key: number;
  node?: Node;
  factIds?: string[];
  roles?: string[];
}

/** The partner network: partners and facts of many roots per round trip, shared partners, paths, rankings. */
export class NetworkRepository {
  constructor(private readonly executor: ReadExecutor) {}

  partnersOf(
    roots: readonly string[],
    args: ConnectionArgs<PartnerSort>,
    seen?: EntitiesSeen,
  ): Promise<Map<string, Page<PartnerValue>>> {
    return this.pages("partners-of", roots, args, seen, (row) => ({
      partnerId: row.id,
      factIds: row.factIds ?? [],
      roles: row.roles ?? [],
    }));
  }

  factsOf(
    roots: readonly string[],
    args: ConnectionArgs<FactSort>,
    seen?: EntitiesSeen,
  ): Promise<Map<string, Page<string>>> {
    const name = isUnfiltered(args.filter) ? "facts-of-unfiltered" : "facts-of";
    return this.pages(name, roots, args, seen, (row) => row.id);
  }

  async sharedPartners(roots: string[], filter: FactFilter, level: string, first: number) {
    const records = await STATEMENTS.read(this.executor, "shared-partners", {
      ...filterParams(filter),
      roots,
      level,
      first,
    });
    return records.map(
      (record): SharedPartnerValue => ({
        partnerId: record.get("partnerId"),
        ties: (record.get("ties") as Array<{ root: string; factIds: string[] }>).map((tie) => ({
          rootId: tie.root,
          factIds: tie.factIds,
        })),
      }),
    );
  }

  async paths(
    from: string,
    to: string,
    limits: { maxLength: number; first: number },
    seen?: EntitiesSeen,
  ): Promise<PathValue[]> {
    const records = await STATEMENTS.read(this.executor, "paths-between", { from, to, ...limits });
    if (seen) {
      for (const record of records) {
        for (const node of record.get("nodes") as Node[]) {
          seen(toEntity(node));
        }
      }
    }
    return records.map((record) => ({ nodeIds: record.get("nodeIds"), steps: record.get("steps") }));
  }

  async rankings(type: EntityType, filter: FactFilter, first: number): Promise<RankingValue[]> {
    const records = await STATEMENTS.read(this.executor, "rankings", {
      ...filterParams(filter),
      type,
      first,
    });
    return records.map((record) => ({
      id: record.get("id"),
      facts: record.get("facts"),
      counterparts: record.get("counterparts"),
    }));
  }

  private async pages<T>(
    name: string,
    roots: readonly string[],
    args: ConnectionArgs<string>,
    seen: EntitiesSeen | undefined,
    toValue: (row: PageRow) => T,
  ): Promise<Map<string, Page<T>>> {
    const records = await STATEMENTS.read(this.executor, name, {
      ...filterParams(args.filter),
      roots,
      level: args.level,
      sort: args.sort,
      afterKey: args.page.afterKey,
      afterId: args.page.afterId,
      limit: args.page.first + 1,
      countTotal: args.page.countTotal,
      withFactNodes: args.withFactNodes,
    });
    const pages = new Map<string, Page<T>>();
    for (const record of records) {
      const page = record.get("page") as PageRow[];
      if (seen) {
        // The page's nodes, and those sent beside it once each (a partner page's facts).
        const alongside = record.has("nodes") ? (record.get("nodes") as Node[]) : [];
        for (const node of [...page.flatMap((row) => (row.node ? [row.node] : [])), ...alongside]) {
          seen(toEntity(node));
        }
      }
      const rows = page.map((row) => ({ key: row.key, id: row.id, value: toValue(row) }));
      pages.set(record.get("id"), toPage(rows, record.get("totalCount"), args.page));
    }
    return pages;
  }
}
