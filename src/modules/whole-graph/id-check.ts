import { closest, distance } from "fastest-levenshtein";
import type { ReadExecutor } from "../../db/executor";
import { Statements } from "../../db/statements";
import type { EntityType } from "../../domain/entities";
import { AppError, ErrorCode } from "../../shared/errors";

const STATEMENTS = new Statements("whole-graph.cypher");
const MAX_SUGGESTIONS = 3;

/** One id-taking argument: its name as the client wrote it, the ids given, the types it accepts. */
export interface IdArgument {
  argument: string;
  ids: ReadonlyArray<string | null | undefined>;
  /** Accepted entity types; absent: any. */
  types?: readonly EntityType[];
}

/**
 * Refuses an argument naming nothing instead of answering with an empty list: NOT_FOUND naming the
 * argument and the id, with the closest ids of the same kind ("province:son-lla" → "province:son-la").
 * All arguments are checked in one round trip; suggestions are looked up only on error.
 */
export async function checkIds(
  executor: ReadExecutor,
  argumentsToCheck: readonly IdArgument[],
): Promise<void> {
  const ids = [...new Set(argumentsToCheck.flatMap((arg) => arg.ids.filter((id): id is string => !!id)))];
  if (ids.length === 0) {
    return;
  }
  const records = await STATEMENTS.read(executor, "ids-found", { ids });
  const found = new Map(records.map((record) => [record.get("id") as string, record.get("type") as string]));
  for (const { argument, ids: given, types } of argumentsToCheck) {
    for (const id of given) {
      if (!id) continue;
      const type = found.get(id);
      if (type && (!types || types.includes(type as EntityType))) continue;
      const suggestions = await suggestIds(executor, id);
      const expected = types ? ` (${types.join(" or ")})` : "";
      const hint =
        suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?` : "";
      const what = type ? `names a ${type}, not a ${types?.join(" or ")}` : `names nothing${expected}`;
      throw new AppError(ErrorCode.NOT_FOUND, `Argument "${argument}": "${id}" ${what}.${hint}`, {
        details: { argument, id, suggestions },
      });
    }
  }
}

/** The ids closest to a mistyped one among those with the same prefix ("province:"), nearest first. */
async function suggestIds(executor: ReadExecutor, id: string): Promise<string[]> {
  const colon = id.indexOf(":");
  const prefix = colon > 0 ? id.slice(0, colon + 1) : "";
  const records = await STATEMENTS.read(executor, "ids-with-prefix", { prefix });
  const candidates = records.map((record) => record.get("id") as string);
  if (candidates.length === 0) return [];
  const limit = Math.max(3, Math.ceil(id.length / 3));
  const ranked = candidates
    .map((candidate) => ({ candidate, distance: distance(id, candidate) }))
    .filter((item) => item.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .map((item) => item.candidate)
    .slice(0, MAX_SUGGESTIONS);
  return ranked.length > 0 ? ranked : [closest(id, candidates)];
}

const checksOfRequests = new WeakMap<ReadExecutor, Map<string, Promise<void>>>();

/**
 * checkIds once per request (given its own reader) and set of arguments: the parents of a nested
 * field, asking with the same arguments, share one check, so a list of provinces whose pages are all
 * empty costs one round trip, not one per province.
 */
export function checkIdsOnce(
  requestReader: ReadExecutor,
  argumentsToCheck: readonly IdArgument[],
): Promise<void> {
  const checks = checksOfRequests.get(requestReader) ?? new Map<string, Promise<void>>();
  checksOfRequests.set(requestReader, checks);
  const key = JSON.stringify(argumentsToCheck);
  const check = checks.get(key) ?? checkIds(requestReader, argumentsToCheck);
  checks.set(key, check);
  return check;
}

/**
 * An answer, once its ids are known to exist when it is empty: an empty answer may mean a mistyped
 * id, and an answer with rows proves its ids, so the usual case costs no extra round trip. Checked
 * once per request and set of arguments (checkIdsOnce): pass the request's reader.
 */
export async function provenAnswer<T>(
  requestReader: ReadExecutor,
  answer: T,
  isEmpty: (answer: T) => boolean,
  argumentsToCheck: readonly IdArgument[],
): Promise<T> {
  if (isEmpty(answer)) {
    await checkIdsOnce(requestReader, argumentsToCheck);
  }
  return answer;
}
