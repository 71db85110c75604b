import type { Record as Neo4jRecord, Node } from "neo4j-driver";
import type { ReadExecutor } from "../../db/executor";
import { optDate, toEntity } from "../../db/mappers";
import { groupById, Statements } from "../../db/statements";
import type {
  CitationValue,
  EntitiesSeen,
  Entity,
  EvidenceValue,
  FigureValue,
  MembershipValue,
  MergerValue,
  ParticipationValue,
  StatedCountValue,
} from "../../domain/entities";

const STATEMENTS = new Statements("entities.cypher");

/**
 * Batched look-ups by id, one round trip per call whatever the number of ids. Each returns a map
 * with an entry for every id asked, so DataLoaders can answer in key order.
 */
export class EntityRepository {
  constructor(private readonly executor: ReadExecutor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Entity>> {
    const records = await STATEMENTS.read(this.executor, "entities-by-id", { ids });
    return new Map(records.map((record) => [record.get("id"), toEntity(record.get("node"))]));
  }

  evidenceOf(ids: readonly string[], seen?: EntitiesSeen): Promise<Map<string, EvidenceValue[]>> {
    return this.withNodes("evidence-of", ids, seen, (row) => ({
      sourceId: row.sourceId as string,
      quote: row.quote as string,
    }));
  }

  figuresOf(ids: readonly string[]): Promise<Map<string, FigureValue[]>> {
    return this.grouped("figures-of", ids, (r) => ({
      measure: r.get("measure"),
      value: r.get("value"),
      unit: r.get("unit"),
      qualifier: r.get("qualifier"),
      text: r.get("text"),
      direction: r.get("direction"),
      nature: r.get("nature"),
    }));
  }

  participationsOf(ids: readonly string[], seen?: EntitiesSeen): Promise<Map<string, ParticipationValue[]>> {
    return this.withNodes("participations-of", ids, seen, (row) => ({
      side: row.side as ParticipationValue["side"],
      role: row.role as ParticipationValue["role"],
      participantId: row.participantId as string,
    }));
  }

  parentOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    return this.grouped("parent-of", ids, (r) => r.get("parentId"));
  }

  mergersFrom(ids: readonly string[]): Promise<Map<string, MergerValue[]>> {
    return this.grouped("mergers-from", ids, toMerger);
  }

  mergersInto(ids: readonly string[]): Promise<Map<string, MergerValue[]>> {
    return this.grouped("mergers-into", ids, toMerger);
  }

  membersOfGroups(ids: readonly string[], seen?: EntitiesSeen): Promise<Map<string, MembershipValue[]>> {
    return this.withNodes("members-of-groups", ids, seen, toMembership);
  }

  groupsOfLocalities(ids: readonly string[], seen?: EntitiesSeen): Promise<Map<string, MembershipValue[]>> {
    return this.withNodes("groups-of-localities", ids, seen, toMembership);
  }

  statedCountsOf(ids: readonly string[]): Promise<Map<string, StatedCountValue[]>> {
    return this.grouped("stated-counts-of", ids, (r) => ({
      count: r.get("count"),
      text: r.get("text"),
      sourceId: r.get("sourceId"),
      quote: r.get("quote"),
    }));
  }

  citationsOfDocuments(ids: readonly string[]): Promise<Map<string, CitationValue[]>> {
    return this.grouped("citations-of-documents", ids, toCitation);
  }

  citationsBy(ids: readonly string[]): Promise<Map<string, CitationValue[]>> {
    return this.grouped("citations-by", ids, toCitation);
  }

  /** Rows grouped by the id asked. */
  private async grouped<T>(name: string, ids: readonly string[], map: (record: Neo4jRecord) => T) {
    const records = await STATEMENTS.read(this.executor, name, { ids });
    return groupById(ids, records, (record) => record.get("id"), map);
  }

  /**
   * A look-up that answers in one record, its `rows` (each naming the id it answers for) and the
   * `nodes` they name, each once; `seen` is told of the nodes.
   */
  private async withNodes<T>(
    name: string,
    ids: readonly string[],
    seen: EntitiesSeen | undefined,
    map: (row: Row) => T,
  ) {
    const [record] = await STATEMENTS.read(this.executor, name, { ids });
    const rows: Row[] = record?.get("rows") ?? [];
    if (seen) {
      for (const node of (record?.get("nodes") ?? []) as Node[]) {
        seen(toEntity(node));
      }
    }
    return groupById(ids, rows, (row) => row.id as string, map);
  }
}

type Row = Record<string, unknown>;

function toMerger(record: Neo4jRecord): MergerValue {
  return {
    fromId: record.get("fromId"),
    toId: record.get("toId"),
    effectiveOn: optDate(record.get("effectiveOn")) ?? "",
    basis: record.get("basis"),
  };
}

function toMembership(row: Row): MembershipValue {
  return {
    localityId: row.localityId as string,
    groupId: row.groupId as string,
    certainty: row.certainty as MembershipValue["certainty"],
    basis: row.basis as string,
  };
}

function toCitation(record: Neo4jRecord): CitationValue {
  const sources: string[] = record.get("sources") ?? [];
  const quotes: string[] = record.get("quotes") ?? [];
  return {
    citingId: record.get("citingId"),
    documentId: record.get("documentId"),
    certainty: record.get("certainty"),
    evidence: sources.map((sourceId, index) => ({ sourceId, quote: quotes[index] ?? "" })),
  };
}
