import type { ReadExecutor } from "../../db/executor";
import { toEntity } from "../../db/mappers";
import { Statements } from "../../db/statements";
import type { Entity, EntityType } from "../../domain/entities";

const STATEMENTS = new Statements("search.cypher");

export interface SearchHitValue {
  entity: Entity;
  score: number;
}

/** Lucene's query syntax characters; a user's text is searched as words, never as a query. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Each word of the text may match a word of a name or alias, or its start ("luong pha" finds
 * "Luông Pha Bang"); the more words match, and exactly rather than as a prefix, the higher the rank.
 */
export function toLuceneQuery(text: string): string | null {
  // Lower case: the analyzer folds case anyway, and AND, OR, NOT are operators only in capitals.
  const words = text
    .toLowerCase()
    .replace(LUCENE_SPECIAL, " ")
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) {
    return null;
  }
  return words.map((word) => `(${word}^2 OR ${word}*)`).join(" ");
}

export class SearchRepository {
  constructor(private readonly executor: ReadExecutor) {}

  async search(text: string, types: EntityType[] | null, limit: number): Promise<SearchHitValue[]> {
    const query = toLuceneQuery(text);
    if (query === null) {
      return [];
    }
    const records = await STATEMENTS.read(this.executor, "search", { query, types, limit });
    return records.map((record) => ({ entity: toEntity(record.get("node")), score: record.get("score") }));
  }
}
