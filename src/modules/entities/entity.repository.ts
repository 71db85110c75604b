import type { Record as Neo4jRecord } from "neo4j-driver";
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
    return this.grouped(
      "evidence-of",
      ids,
      (r) => ({ sourceId: r.get("sourceId"), quote: r.get("quote") }),
      seen,
    );
  }

  figuresOf(ids: readonly string[]): Promise<Map<string, FigureValue[]>> {
    return this.grouped("figures-of", ids, (r) => ({
      measure: r.get("measure"),
      value: r.get("value"),
      unit: r.get("unit"),
      qualifier: r.get("qualifier"),
      text: r.get("text"),
    }));
  }

  participationsOf(ids: readonly string[], seen?: EntitiesSeen): Promise<Map<string, ParticipationValue[]>> {
    return this.grouped(
      "participations-of",
      ids,
      (r) => ({ side: r.get("side"), role: r.get("role"), participantId: r.get("participantId") }),
      seen,
      ["node", "country"],
    );
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
    return this.grouped("members-of-groups", ids, toMembership, seen);
  }

  groupsOfLocalities(ids: readonly string[], seen?: EntitiesSeen): Promise<Map<string, MembershipValue[]>> {
    return this.grouped("groups-of-localities", ids, toMembership, seen);
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

  /** Rows grouped by the id asked; `seen` is told of the nodes in the `nodeColumns` of each row. */
  private async grouped<T>(
    name: string,
    ids: readonly string[],
    map: (record: Neo4jRecord) => T,
    seen?: EntitiesSeen,
    nodeColumns = ["node"],
  ) {
    const records = await STATEMENTS.read(this.executor, name, { ids });
    if (seen) {
      for (const record of records) {
        for (const column of nodeColumns) {
          const node = record.get(column);
          if (node) {
            seen(toEntity(node));
          }
        }
      }
    }
    return groupById(ids, records, map);
  }
}

function toMerger(record: Neo4jRecord): MergerValue {
  return {
    fromId: record.get("fromId"),
    toId: record.get("toId"),
    effectiveOn: optDate(record.get("effectiveOn")) ?? "",
    basis: record.get("basis"),
  };
}

function toMembership(record: Neo4jRecord): MembershipValue {
  return {
    localityId: record.get("localityId"),
    groupId: record.get("groupId"),
    certainty: record.get("certainty"),
    basis: record.get("basis"),
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
