import { createHash } from "node:crypto";
import { join } from "node:path";
import type { ManagedTransaction } from "neo4j-driver";
import type { User } from "../../auth/tokens";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../../db/cypher-files";
import type { Neo4jExecutor } from "../../db/executor";
import type { ProposalStatus } from "../../domain/model";
import { FactRecord, LocalityRecord, type NodeFactRecord } from "../../records/record-format";
import { mentionedIds } from "../../records/references";
import { AppError, ErrorCode } from "../../shared/errors";
import { type Page, type PageRequest, toPage } from "../../shared/pagination";
import { writeEntity, writeFact } from "../editing/editing.repository";
import { badInput } from "../editing/fact-record";
import type { Proposal } from "./extract";
import type { NewPlace } from "./new-places";

/** The factType of a proposed place: a place abroad the gazetteer lacks, queued beside the facts. */
export const PLACE = "ForeignLocality";

const STATEMENTS = readNamedStatements(join(CYPHER_DIR, "proposals.cypher"));
const statement = (name: string) => namedStatement(STATEMENTS, name);

/** A proposal as stored: the record (JSON, seed format) and its quote's place in the article. */
export interface StoredProposal {
  id: string;
  status: ProposalStatus;
  sourceId: string;
  factType: string;
  kind: string;
  record: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  cue: string;
  confidence: number;
  createdAt: string;
  createdMs: number;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewReason: string | null;
  factId: string | null;
}

/** An ingested article as the review page shows it. */
export interface ReviewArticle {
  sourceId: string;
  title: string | null;
  url: string | null;
  /** Null for sources not ingested (or ingested before the text was kept). */
  text: string | null;
}

/** What makes two proposals the same: their article, type and kind, and their quote. */
export function fingerprintOf(proposal: Proposal): string {
  const { record } = proposal;
  const kind = record.type === "Delegation" ? record.direction : record.kind;
  const quote = record.evidence[0]?.quote ?? "";
  const source = record.evidence[0]?.source ?? "";
  return createHash("sha256")
    .update(JSON.stringify([source, record.type, kind, quote]))
    .digest("hex")
    .slice(0, 32);
}

/** A proposed place's fingerprint: its article, its id and the words that name it. */
export function placeFingerprintOf(sourceId: string, place: NewPlace, quote: string): string {
  return createHash("sha256")
    .update(JSON.stringify([sourceId, PLACE, place.record.id, quote]))
    .digest("hex")
    .slice(0, 32);
}

/** One row of create-proposals: a proposal as stored, before its review. */
type ProposalRow = Pick<
  StoredProposal,
  | "id"
  | "sourceId"
  | "factType"
  | "kind"
  | "record"
  | "quote"
  | "quoteStart"
  | "quoteEnd"
  | "cue"
  | "confidence"
> & {
  fingerprint: string;
  /** A proposed place's id; null for a fact. */
  placeId: string | null;
};

/** How sure the ingest is of a place it proposes: the article names it and its country, nothing more. */
const PLACE_CONFIDENCE = 0.5;

/**
 * The review queue: proposals stored beside their article, listed for editors, and accepted
 * (through the one write path of facts, in the same transaction) or rejected.
 */
export class ProposalRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async hasSource(id: string): Promise<boolean> {
    return (await this.executor.query("source-exists", statement("source-exists"), { id })).length > 0;
  }

  /**
   * Stores the article's text (what the quotes' offsets point into) and what is new; a proposal
   * already queued, accepted or rejected is skipped.
   */
  store(
    sourceId: string,
    text: string,
    proposals: Proposal[],
    user: User,
    places: NewPlace[] = [],
  ): Promise<{ created: number; skipped: number }> {
    return this.executor.write("store-proposals", async (tx) => {
      const source = (await tx.run(statement("set-article-text"), { id: sourceId, text })).records[0];
      if (!source) throw new AppError(ErrorCode.NOT_FOUND, `No source "${sourceId}": create it first.`);
      const rows: ProposalRow[] = [
        ...places.map((place) => {
          const quote = text.slice(place.quote.start, place.quote.end);
          const fingerprint = placeFingerprintOf(sourceId, place, quote);
          return {
            id: `proposal:${fingerprint}`,
            fingerprint,
            sourceId,
            factType: PLACE,
            kind: place.record.kind,
            record: JSON.stringify(place.record),
            quote,
            quoteStart: place.quote.start,
            quoteEnd: place.quote.end,
            cue: quote,
            confidence: PLACE_CONFIDENCE,
            placeId: place.record.id,
          };
        }),
        ...proposals.map((proposal) => {
          const fingerprint = fingerprintOf(proposal);
          return {
            id: `proposal:${fingerprint}`,
            fingerprint,
            sourceId,
            factType: proposal.record.type,
            kind: proposal.record.type === "Delegation" ? proposal.record.direction : proposal.record.kind,
            record: JSON.stringify(proposal.record),
            quote: proposal.record.evidence[0]?.quote ?? "",
            quoteStart: proposal.quote.start,
            quoteEnd: proposal.quote.end,
            cue: proposal.cue,
            confidence: proposal.confidence,
            placeId: null,
          };
        }),
      ];
      const known = new Set(
        (
          await tx.run(statement("known-fingerprints"), { fingerprints: rows.map((row) => row.fingerprint) })
        ).records.map((record) => record.get("fingerprint") as string),
      );
      const fresh = [
        ...new Map(rows.filter((row) => !known.has(row.fingerprint)).map((r) => [r.fingerprint, r])).values(),
      ];
      const now = Date.now();
      await tx.run(statement("create-proposals"), {
        by: user.id,
        rows: fresh.map((row) => ({ ...row, createdMs: now })),
      });
      return { created: fresh.length, skipped: rows.length - fresh.length };
    });
  }

  /** An ingested article's text and title, for the review page; null when there is no such source. */
  async article(sourceId: string): Promise<ReviewArticle | null> {
    const row = (
      await this.executor.query("proposal-article", statement("proposal-article"), { id: sourceId })
    )[0];
    if (!row) return null;
    return {
      sourceId: row.get("id") as string,
      title: row.get("title") as string | null,
      url: row.get("url") as string | null,
      text: row.get("text") as string | null,
    };
  }

  async page(
    filter: { status: ProposalStatus | null; source: string | null },
    request: PageRequest,
  ): Promise<Page<StoredProposal>> {
    const rows = await this.executor.read("proposals", async (tx) =>
      (
        await tx.run(statement("proposals-page"), {
          ...filter,
          afterKey: request.afterKey,
          afterId: request.afterId,
          limit: request.first + 1,
        })
      ).records.map((record) => toStored(record.get("proposal"))),
    );
    return toPage(
      rows.map((row) => ({ key: row.createdMs, id: row.id, value: row })),
      null,
      { ...request, countTotal: false },
    );
  }

  /**
   * Writes the proposed fact (or place), with `edits` laid over it, and marks the proposal accepted:
   * one transaction. A place the fact names that is itself still proposed is accepted with it.
   */
  accept(id: string, edits: Record<string, unknown>, user: User, reason: string): Promise<StoredProposal> {
    return this.executor.write("accept-proposal", async (tx) => {
      const proposal = await pending(tx, id);
      if (proposal.factType === PLACE) return acceptPlace(tx, proposal, edits, user, reason);
      const edited = { ...JSON.parse(proposal.record), ...edits, type: proposal.factType };
      // The quote is the evidence: an edit may add to it, never drop the article's own words.
      edited.evidence = mergeEvidence(JSON.parse(proposal.record).evidence, edits.evidence);
      const parsed = FactRecord.safeParse(edited);
      if (!parsed.success) {
        throw badInput(
          parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })),
        );
      }
      const fact = parsed.data as NodeFactRecord;
      const places = (
        await tx.run(statement("proposed-places"), { ids: [...mentionedIds(fact)] })
      ).records.map((record) => toStored(record.get("proposal")));
      for (const place of places) {
        await acceptPlace(tx, place, {}, user, `${reason} (with ${proposal.id})`);
      }
      const factId = await writeFact(tx, fact, "create", user, reason);
      return marked(tx, id, factId, user, reason, fact);
    });
  }

  reject(id: string, user: User, reason: string): Promise<StoredProposal> {
    return this.executor.write("reject-proposal", async (tx) => {
      await pending(tx, id);
      const marked = (await tx.run(statement("mark-rejected"), { id, by: user.id, reason })).records[0];
      return toStored(marked?.get("proposal"));
    });
  }
}

/** Creates the proposed place (through the entity write path, with its audit record) and marks it accepted. */
async function acceptPlace(
  tx: ManagedTransaction,
  proposal: StoredProposal,
  edits: Record<string, unknown>,
  user: User,
  reason: string,
): Promise<StoredProposal> {
  const parsed = LocalityRecord.safeParse({ ...JSON.parse(proposal.record), ...edits });
  if (!parsed.success) {
    throw badInput(
      parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })),
    );
  }
  const placeId = await writeEntity(tx, { kind: "locality", record: parsed.data }, user, reason);
  return marked(tx, proposal.id, placeId, user, reason, parsed.data);
}

async function marked(
  tx: ManagedTransaction,
  id: string,
  entityId: string,
  user: User,
  reason: string,
  record: object,
): Promise<StoredProposal> {
  const row = (
    await tx.run(statement("mark-accepted"), {
      id,
      factId: entityId,
      by: user.id,
      reason,
      record: JSON.stringify(record),
    })
  ).records[0];
  return toStored(row?.get("proposal"));
}

async function pending(tx: ManagedTransaction, id: string): Promise<StoredProposal> {
  const found = (await tx.run(statement("proposal-for-review"), { id })).records[0];
  if (!found) throw new AppError(ErrorCode.NOT_FOUND, `No proposal "${id}".`);
  const proposal = toStored(found.get("proposal"));
  if (proposal.status !== "PROPOSED") {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Proposal "${id}" was already ${proposal.status.toLowerCase()}.`,
      {
        details: { status: proposal.status },
      },
    );
  }
  return proposal;
}

function mergeEvidence(original: unknown[], added: unknown): unknown[] {
  const extra = Array.isArray(added) ? added : [];
  const seen = new Set(original.map((item) => JSON.stringify(item)));
  return [...original, ...extra.filter((item) => !seen.has(JSON.stringify(item)))];
}

function toStored(value: Record<string, unknown>): StoredProposal {
  const number = (field: unknown) => (typeof field === "number" ? field : Number(field ?? 0));
  return {
    ...(value as unknown as StoredProposal),
    quoteStart: number(value.quoteStart),
    quoteEnd: number(value.quoteEnd),
    createdMs: number(value.createdMs),
    confidence: number(value.confidence),
    reviewedAt: (value.reviewedAt as string | null) ?? null,
    reviewedBy: (value.reviewedBy as string | null) ?? null,
    reviewReason: (value.reviewReason as string | null) ?? null,
    factId: (value.factId as string | null) ?? null,
  };
}
