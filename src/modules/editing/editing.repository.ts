import { join } from "node:path";
import { distance as levenshtein } from "fastest-levenshtein";
import type { ManagedTransaction } from "neo4j-driver";
import type { User } from "../../auth/tokens";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../../db/cypher-files";
import type { Neo4jExecutor } from "../../db/executor";
import { isVietnamese, type ParticipantRole } from "../../domain/model";
import { searchKey } from "../../domain/names";
import { factContentKey } from "../../records/content-key";
import { names, planFact, planGraph } from "../../records/graph-plan";
import { writePlan, writePlanStatements } from "../../records/graph-writer";
import { factParticipants, participantRoles } from "../../records/participant-fields";
import { emptyBundle, type RecordBundle } from "../../records/record-bundle";
import type {
  LocalityRecord,
  NodeFactRecord,
  OrganizationRecord,
  SourceRecord,
} from "../../records/record-format";
import {
  checkReferences,
  knownReferences,
  mentionedIds,
  type ReferenceProblem,
  storedReferences,
} from "../../records/references";
import { AppError, ErrorCode } from "../../shared/errors";
import { badInput } from "./fact-record";

const STATEMENTS = readNamedStatements(join(CYPHER_DIR, "editing.cypher"));
const statement = (name: string) => namedStatement(STATEMENTS, name);

const PARTICIPANT_TYPES = ["Province", "Country", "ForeignLocality", "LocalityGroup", "Organization"];
/** What may be merged: places abroad and organisations (provinces and countries are reference data). */
const MERGEABLE_TYPES = ["ForeignLocality", "LocalityGroup", "Organization"];

export type NewEntity =
  | { kind: "locality"; record: LocalityRecord }
  | { kind: "organization"; record: OrganizationRecord }
  | { kind: "source"; record: SourceRecord };

export interface ChangeRecord {
  id: string;
  at: string;
  by: string;
  role: string;
  action: string;
  reason: string;
  entityId: string;
  record: string | null;
}

/**
 * Plans the write statements once at start-up (EXPLAIN compiles without running), so that the first
 * edit after a cold start does not pay for planning them: it took about 15 s on a busy machine.
 */
export async function warmWritePlans(executor: Neo4jExecutor): Promise<number> {
  const statements = [...STATEMENTS.values(), ...writePlanStatements()];
  await executor.maintain("Planning the write statements", async (tx) => {
    for (const text of statements) {
      await tx.run(`EXPLAIN ${text}`);
    }
  });
  return statements.length;
}

/**
 * The write side: each method is one write transaction that checks, writes and records who, when
 * and why. A check that fails throws before anything is written, and Neo4j rolls back the rest.
 */
export class EditingRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /**
   * Creates or updates a fact (writeFact) and names the record holding its identity when a
   * concurrent writer committed it first.
   */
  saveFact(
    fact: NodeFactRecord,
    mode: "create" | "update",
    user: User,
    reason: string,
    expectedVersion?: number,
  ): Promise<string> {
    const write = this.executor.write(`${mode}-fact`, (tx) =>
      writeFact(tx, fact, mode, user, reason, expectedVersion),
    );
    return this.namingTheHolder(write, { id: fact.id, contentKey: factContentKey(fact), fileName: null });
  }

  /**
   * Adds a place abroad, an organisation or a source, in the seed record format: written by the seed
   * load's own planning, after the same reference checks the seed files get. The record claims its id
   * (and a source its file name) with CREATE, so concurrent identical creates cannot both commit.
   */
  createEntity(entity: NewEntity, user: User, reason: string): Promise<string> {
    const { record } = entity;
    const fileName = entity.kind === "source" ? entity.record.fileName : null;
    const write = this.executor.write("create-entity", (tx) => writeEntity(tx, entity, user, reason));
    return this.namingTheHolder(write, { id: record.id, contentKey: null, fileName });
  }

  /**
   * A write a uniqueness constraint refused (a concurrent writer committed the same record first)
   * becomes a DUPLICATE naming the record that holds the identity, as the checks before it would.
   */
  private async namingTheHolder<T>(
    write: Promise<T>,
    identity: { id: string; contentKey: string | null; fileName: string | null },
  ): Promise<T> {
    try {
      return await write;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== ErrorCode.DUPLICATE || error.extensions.existingId) {
        throw error;
      }
      const found = await this.executor.read("holder-of-identity", (tx) =>
        tx.run(statement("holder-of-identity"), identity),
      );
      const holder: string | null = found.records[0]?.get("id") ?? null;
      if (holder === null) {
        throw error;
      }
      throw new AppError(ErrorCode.DUPLICATE, `This record is already stored as "${holder}".`, {
        cause: error,
        details: { existingId: holder },
      });
    }
  }

  retire(id: string, user: User, reason: string): Promise<string> {
    return this.executor.write("retire", async (tx) => {
      const retired = (await tx.run(statement("retire"), { id, by: user.id, reason })).records[0];
      if (!retired) {
        throw new AppError(
          ErrorCode.NOT_FOUND,
          `Nothing live has the id "${id}" (unknown, or already retired).`,
        );
      }
      await recordChange(tx, user, "retire", reason, id, null);
      return id;
    });
  }

  /**
   * Two records of one place become one (admin): the kept place takes the other's ties and its names
   * as aliases; the other is retired with a SAME_AS link, so old answers can still be traced.
   */
  mergePlaces(keep: string, merge: string, user: User, reason: string): Promise<string> {
    return this.executor.write("merge-places", async (tx) => {
      const found = await tx.run(statement("places-to-merge"), { keep, merge });
      const place = (id: string) => found.records.find((record) => record.get("id") === id);
      const kept = place(keep);
      const merged = place(merge);
      const problems: Array<{ field: string; message: string }> = [];
      if (keep === merge) problems.push({ field: "merge", message: "a place cannot be merged into itself" });
      if (!kept) problems.push({ field: "keep", message: `"${keep}" is not known` });
      if (!merged) problems.push({ field: "merge", message: `"${merge}" is not known` });
      for (const [field, record] of [
        ["keep", kept],
        ["merge", merged],
      ] as const) {
        if (record && !MERGEABLE_TYPES.includes(record.get("type"))) {
          problems.push({ field, message: `a ${record.get("type")} is not a place or organisation` });
        }
        if (record?.get("retired")) problems.push({ field, message: `"${record.get("id")}" is retired` });
      }
      if (kept && merged && kept.get("type") !== merged.get("type")) {
        problems.push({
          field: "merge",
          message: `a ${merged.get("type")} cannot merge into a ${kept.get("type")}`,
        });
      }
      if (problems.length > 0 || !kept || !merged) {
        throw badInput(problems);
      }
      await tx.run(statement("move-outgoing-relationships"), { keep, merge });
      await tx.run(statement("move-incoming-relationships"), { keep, merge });
      const aliases = [
        ...new Set([
          ...(kept.get("aliases") ?? []),
          ...[merged.get("nameEn"), merged.get("nameVi"), ...(merged.get("aliases") ?? [])].filter(Boolean),
        ]),
      ];
      const nameProps = names(aliases, kept.get("nameEn"), kept.get("nameVi"));
      await tx.run(statement("finish-merge"), { keep, merge, ...nameProps, by: user.id, reason });
      await recordChange(tx, user, "merge", reason, keep, { merged: merge });
      await recordChange(tx, user, "merged-into", reason, merge, { keptAs: keep });
      return keep;
    });
  }

  /**
   * Links a fact to one more place (editor), in the role the fact's type allows: the Vietnamese side
   * by ACTOR, the foreign side by PARTNER, as a record's fields would. Linking twice is a DUPLICATE.
   */
  linkFactToPlace(
    link: { fact: string; place: string; role: ParticipantRole },
    user: User,
    reason: string,
  ): Promise<string> {
    return this.executor.write("link-fact-to-place", async (tx) => {
      // A link changes the fact: it takes the fact's lock first, so two identical links serialise
      // and the second finds the first (DUPLICATE).
      await tx.run(statement("lock-fact"), { id: link.fact });
      const found = (await tx.run(statement("fact-and-place-to-link"), link)).records[0];
      const factType: string | null = found?.get("factType") ?? null;
      const placeType: string | null = found?.get("placeType") ?? null;
      const problems: Array<{ field: string; message: string }> = [];
      if (factType === null) {
        problems.push({ field: "fact", message: `"${link.fact}" is not a known fact` });
      } else if (found?.get("factRetired")) {
        problems.push({ field: "fact", message: `"${link.fact}" is retired` });
      }
      if (placeType === null) {
        problems.push(await unknownId(tx, "place", link.place));
      } else if (!PARTICIPANT_TYPES.includes(placeType)) {
        problems.push({
          field: "place",
          message: `"${link.place}" is a ${placeType}; expected a place or organisation`,
        });
      } else if (found?.get("placeRetired")) {
        problems.push({ field: "place", message: `"${link.place}" is retired` });
      }
      const vietnamese = isVietnamese(placeType, found?.get("countryCode"));
      const allowed = factType ? participantRoles(factType, found?.get("direction") ?? null, vietnamese) : [];
      if (factType && placeType && !allowed.includes(link.role)) {
        problems.push({
          field: "role",
          message: `a ${vietnamese ? "Vietnamese" : "foreign"} participant of this ${factType} can be ${allowed.join(" or ")}, not ${link.role}`,
        });
      }
      if (problems.length > 0) {
        throw badInput(problems);
      }
      if (found?.get("linked")) {
        throw new AppError(
          ErrorCode.DUPLICATE,
          `"${link.place}" already takes part in "${link.fact}" as ${link.role}.`,
          {
            details: { existingId: link.fact },
          },
        );
      }
      await tx.run(statement("link-participant"), { ...link, side: vietnamese ? "ACTOR" : "PARTNER" });
      await recordChange(tx, user, "link", reason, link.fact, link);
      return link.fact;
    });
  }

  history(id: string): Promise<ChangeRecord[]> {
    return this.executor.read("history", async (tx) => {
      const result = await tx.run(statement("history"), { id });
      return result.records.map((record) => {
        const change = record.get("change").properties;
        return { ...change, at: String(change.at), record: change.record ?? null } as ChangeRecord;
      });
    });
  }
}

/**
 * Adds a place abroad, an organisation or a source inside the caller's transaction: the one write
 * path of an entity, shared by the editing mutations and by accepting a proposed place.
 */
export async function writeEntity(
  tx: ManagedTransaction,
  entity: NewEntity,
  user: User,
  reason: string,
): Promise<string> {
  const { record } = entity;
  const fileName = entity.kind === "source" ? entity.record.fileName : null;
  const stored = await storedReferences(tx, mentionedIds(record));
  if (stored.some((found) => found.id === record.id && found.type !== null)) {
    throw new AppError(ErrorCode.DUPLICATE, `"${record.id}" already exists.`, {
      details: { existingId: record.id },
    });
  }
  const { known, vietnamese } = knownReferences(stored);
  const bundle: Partial<RecordBundle> =
    entity.kind === "locality"
      ? { localities: [entity.record] }
      : entity.kind === "organization"
        ? { organizations: [entity.record] }
        : { sources: [entity.record] };
  await refuseBadReferences(tx, { ...emptyBundle(), ...bundle }, known);
  const plan = planGraph({ ...emptyBundle(), ...bundle }, vietnamese);
  const labels = plan.nodes.find((node) => node.id === record.id)?.labels ?? [];
  await tx.run(statement("claim-entity"), { id: record.id, labels, fileName });
  await writePlan(tx, plan);
  await recordChange(tx, user, "create", reason, record.id, record);
  return record.id;
}

/**
 * The one write path of a fact, inside the caller's transaction: checks, writes and records who,
 * when and why. Shared by the editing mutations and by accepting a proposed fact.
 */
export async function writeFact(
  tx: ManagedTransaction,
  fact: NodeFactRecord,
  mode: "create" | "update",
  user: User,
  reason: string,
  expectedVersion?: number,
): Promise<string> {
  if (mode === "create") {
    const existing = (await tx.run(statement("existing-fact"), { id: fact.id })).records[0];
    if (existing) {
      throw new AppError(
        ErrorCode.DUPLICATE,
        `A fact with id "${fact.id}" already exists; update it instead.`,
        {
          details: { existingId: fact.id },
        },
      );
    }
  } else {
    const locked = (await tx.run(statement("lock-fact"), { id: fact.id })).records[0];
    if (!locked || locked.get("type") !== fact.type) {
      throw new AppError(ErrorCode.NOT_FOUND, `No ${fact.type} with id "${fact.id}" to update.`);
    }
    checkVersion(fact.id, locked.get("version"), expectedVersion);
  }
  const vietnamese = await checkFactReferences(tx, fact);
  const duplicate = (
    await tx.run(statement("duplicate-fact"), {
      id: fact.id,
      type: fact.type,
      kind: fact.type === "Delegation" ? fact.direction : fact.kind,
      start: fact.period?.start ?? null,
      end: fact.period?.end ?? null,
      sources: fact.evidence.map((evidence) => evidence.source),
      participants: factParticipants(fact),
    })
  ).records[0];
  if (duplicate) {
    const duplicateId: string = duplicate.get("id");
    throw new AppError(
      ErrorCode.DUPLICATE,
      `This fact is already recorded as "${duplicateId}" (same type, kind, participants, period and source).`,
      { details: { existingId: duplicateId } },
    );
  }
  if (mode === "create") {
    await tx.run(statement("claim-fact"), { id: fact.id, contentKey: factContentKey(fact) });
  } else {
    await tx.run(statement("clear-fact-figures"), { id: fact.id });
    await tx.run(statement("clear-fact-links"), { id: fact.id });
  }
  await writePlan(tx, planFact(fact, vietnamese));
  await recordChange(tx, user, mode, reason, fact.id, fact);
  return fact.id;
}

/**
 * Every id the fact names must exist, be live and be of the right kind (the records' one reference
 * check, against the graph). Returns the ids on the Vietnamese side (they become ACTOR links).
 */
async function checkFactReferences(tx: ManagedTransaction, fact: NodeFactRecord): Promise<Set<string>> {
  const { known, vietnamese } = knownReferences(await storedReferences(tx, mentionedIds(fact)));
  await refuseBadReferences(tx, { ...emptyBundle(), facts: [{ file: "input", record: fact }] }, known);
  return vietnamese;
}

/** Throws BAD_USER_INPUT naming each field whose id is unknown (with the closest names), retired or of the wrong kind. */
async function refuseBadReferences(
  tx: ManagedTransaction,
  bundle: RecordBundle,
  known: Parameters<typeof checkReferences>[1]["known"],
): Promise<void> {
  const problems = checkReferences(bundle, { known, searched: "in the graph", files: NO_FILES });
  if (problems.length > 0) {
    throw badInput(await Promise.all(problems.map((problem) => withSuggestions(tx, problem))));
  }
}

const NO_FILES = { provinces: "input", countries: "input", localities: "input", articles: "input" };

async function withSuggestions(
  tx: ManagedTransaction,
  problem: ReferenceProblem,
): Promise<{ field: string; message: string }> {
  return problem.unknownId === undefined
    ? { field: problem.field, message: problem.message }
    : await unknownId(tx, problem.field, problem.unknownId);
}

/** The problem of an id nothing has, with the closest names as a hint. */
async function unknownId(
  tx: ManagedTransaction,
  field: string,
  id: string,
): Promise<{ field: string; message: string }> {
  const suggestions = await closestMatches(tx, id);
  const hint = suggestions.length > 0 ? `; closest: ${suggestions.join(", ")}` : "";
  return { field, message: `"${id}" is not known${hint}` };
}

/** The three names nearest an unknown id ("province:son-lla" -> "province:son-la (Son La)"). */
async function closestMatches(tx: ManagedTransaction, id: string): Promise<string[]> {
  const key = searchKey(id.replace(/^[a-z]+:/, ""));
  const words = key.split(" ").filter((word) => word.length > 0);
  if (words.length === 0) {
    return [];
  }
  const result = await tx.run(statement("closest-matches"), {
    query: words.map((word) => `${word}~1`).join(" "),
  });
  const ranked = result.records.map((record) => {
    const keys: string[] = record.get("searchKeys") ?? [];
    const candidateKey = searchKey(String(record.get("id")).replace(/^[a-z]+:/, ""));
    const distance = Math.min(...[candidateKey, ...keys].map((candidate) => levenshtein(key, candidate)));
    return { label: `${record.get("id")} (${record.get("name")})`, distance };
  });
  return ranked
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map((match) => match.label);
}

/** An update that names the version it read fails when the fact has changed since. */
function checkVersion(id: string, current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) {
    throw new AppError(
      ErrorCode.CONFLICT,
      `"${id}" is at version ${current}, not ${expected}: it changed since it was read; read it again and reapply the change.`,
      { details: { currentVersion: current } },
    );
  }
}

async function recordChange(
  tx: ManagedTransaction,
  user: User,
  action: string,
  reason: string,
  entityId: string,
  record: object | null,
): Promise<void> {
  await tx.run(statement("record-change"), {
    by: user.id,
    role: user.role,
    action,
    reason,
    entityId,
    record: record === null ? null : JSON.stringify(record),
  });
}
