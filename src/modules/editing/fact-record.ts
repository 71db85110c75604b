import { createHash } from "node:crypto";
import type { z } from "zod";
import type { FactType } from "../../domain/model";
import { searchKey } from "../../domain/names";
import { participantFields } from "../../records/participant-fields";
import { FactRecord, type NodeFactRecord } from "../../records/record-format";
import { AppError, ErrorCode } from "../../shared/errors";

const ID_PREFIX: Record<FactType, string> = {
  Agreement: "agreement",
  Delegation: "delegation",
  Programme: "programme",
  Partnership: "partnership",
};

/**
 * Turns a mutation's input into a fact record and checks it with the seed format's own rules, so
 * an edit and a seed file can never disagree on what a valid fact is. Problems are BAD_USER_INPUT,
 * naming the field; the first is the message, all are in `extensions.problems`.
 */
export function toFactRecord(type: FactType, input: object): NodeFactRecord {
  const record: Record<string, unknown> = { type, ...toPlainRecord(input) };
  record.id ??= generatedId(type, record);
  return checked(FactRecord, record) as NodeFactRecord;
}

/** A new place, organisation or source, checked by its seed record schema. */
export function toEntityRecord<T extends z.ZodType>(
  schema: T,
  input: object,
  extra: Record<string, unknown> = {},
): z.infer<T> {
  return checked(schema, { ...toPlainRecord(input), ...extra });
}

function checked<T extends z.ZodType>(schema: T, record: unknown): z.infer<T> {
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    throw badInput(
      parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })),
    );
  }
  return parsed.data;
}

/** A period input as the record format writes it. */
export function toEntityPeriod(period: object): Record<string, unknown> {
  return { start: null, end: null, ...toPlainRecord(period) };
}

/** GraphQL input as a plain record: Dates as YYYY-MM-DD, URLs as text, absent fields left out. */
function toPlainRecord(input: object): Record<string, unknown> {
  // The replacer reads the raw value: JSON.stringify has already turned a Date into a string.
  const plain = JSON.parse(
    JSON.stringify(input, function (this: Record<string, unknown>, key, value) {
      const raw = this[key];
      return raw instanceof Date ? isoDate(raw) : value;
    }),
  );
  return withoutNulls(plain);
}

export function badInput(problems: Array<{ field: string; message: string }>): AppError {
  const [first] = problems;
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    `${first?.field || "input"}: ${first?.message ?? "is not valid"}`,
    {
      details: { problems },
    },
  );
}

/**
 * A readable, stable id: type, first participant (in the order of the type's participant fields: the
 * Vietnamese side first), kind, and a hash of the whole record.
 */
function generatedId(type: FactType, record: Record<string, unknown>): string {
  const participants = participantFields(type).flatMap(({ field }) => {
    const value = record[field];
    return Array.isArray(value) ? value : value ? [value] : [];
  });
  const first = String(participants[0] ?? "fact").replace(/^[a-z]+:/, "");
  const kind = String(record.kind ?? record.direction ?? "").toLowerCase();
  const digest = createHash("sha256").update(JSON.stringify(record)).digest("hex").slice(0, 8);
  return `${ID_PREFIX[type]}:${searchKey(`${first} ${kind}`).replace(/ /g, "-")}-${digest}`;
}

function withoutNulls(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== null && field !== undefined),
  );
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
