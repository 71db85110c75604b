import { join } from "node:path";
import type { ManagedTransaction } from "neo4j-driver";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../db/cypher-files";
import { isVietnamese } from "../domain/model";
import { participations } from "./participant-fields";
import type { RecordBundle, RecordProblem } from "./record-bundle";

/**
 * The one reference check: every id a set of records names must be defined by those records or be
 * held by the graph, be live, and be of a kind the field allows. The seed folder, an import, a
 * mutation and the synthetic graph all check through it.
 */

/** What the graph holds of an id a write names (the `references` statement of cypher/records.cypher). */
export interface StoredReference {
  id: string;
  /** The node's label; null when the id names nothing. */
  type: string | null;
  countryCode: string | null;
  retired: boolean;
}

/** A record the graph holds, as the check sees it. */
export interface KnownRecord {
  kind: string;
  retired: boolean;
}

/** A reference problem; `unknownId` is set when the id names nothing, for callers that suggest names. */
export interface ReferenceProblem extends RecordProblem {
  unknownId?: string;
}

/** Where records that carry no file of their own came from, for the messages. */
export interface RecordFiles {
  provinces: string;
  countries: string;
  localities: string;
  /** Sources, organisations and documents, which are merged across the files that name them. */
  articles: string;
}

export interface ReferenceCheck {
  /** What the graph already holds of the ids named (id -> kind); empty for a seed folder. */
  known?: ReadonlyMap<string, KnownRecord>;
  /** Where an id was looked for, for the message when it is not found. */
  searched: string;
  files: RecordFiles;
}

const REFERENCES = namedStatement(readNamedStatements(join(CYPHER_DIR, "records.cypher")), "references");
const PARTICIPANT_KINDS = ["province", "country", "locality", "group", "organization"];
const FACT_KINDS = ["Agreement", "Delegation", "Programme", "Partnership"];

/**
 * Checks the references of a bundle; returns the problems, each naming file, record and field (a
 * path like `parties.1` or `evidence.0.source`). What the graph holds may be defined again (a
 * re-import); an id defined twice by the records may not.
 */
export function checkReferences(bundle: RecordBundle, check: ReferenceCheck): ReferenceProblem[] {
  const { files, searched } = check;
  const problems: ReferenceProblem[] = [];
  const kinds = new Map<string, KnownRecord>(check.known ?? []);
  const definedHere = new Set<string>();
  const define = (id: string, kind: string, where: string) => {
    if (definedHere.has(id)) {
      problems.push({ file: where, record: id, field: "id", message: `"${id}" is defined more than once` });
    }
    definedHere.add(id);
    kinds.set(id, { kind, retired: false });
  };
  for (const province of bundle.provinces) define(province.id, "province", files.provinces);
  for (const country of bundle.countries) define(country.id, "country", files.countries);
  for (const locality of bundle.localities) define(locality.id, "locality", files.localities);
  for (const group of bundle.groups) define(group.id, "group", files.localities);
  for (const source of bundle.sources) define(source.id, "source", files.articles);
  for (const org of bundle.organizations) define(org.id, "organization", files.articles);
  for (const doc of bundle.policyDocuments) define(doc.id, "policy", files.articles);
  for (const { file, record } of bundle.facts) define(record.id, record.type, file);

  const expect = (
    file: string,
    record: string,
    field: string,
    id: string | null | undefined,
    allowed: string[],
  ) => {
    if (id === null || id === undefined) {
      return;
    }
    const known = kinds.get(id);
    if (known === undefined) {
      problems.push({ file, record, field, message: `"${id}" is not defined ${searched}`, unknownId: id });
    } else if (!allowed.includes(known.kind)) {
      problems.push({
        file,
        record,
        field,
        message: `"${id}" is a ${known.kind}; expected ${allowed.join(" or ")}`,
      });
    } else if (known.retired) {
      problems.push({ file, record, field, message: `"${id}" is retired` });
    }
  };

  const successors = new Set(bundle.provinces.filter((p) => p.era === "POST_2025").map((p) => p.id));
  for (const province of bundle.provinces) {
    expect(files.provinces, province.id, "mergedInto", province.mergedInto, ["province"]);
    if (province.mergedInto && !successors.has(province.mergedInto)) {
      problems.push({
        file: files.provinces,
        record: province.id,
        field: "mergedInto",
        message: `"${province.mergedInto}" is not a unit created by the 2025 reform (era POST_2025)`,
      });
    }
  }
  for (const locality of bundle.localities) {
    expect(files.localities, locality.id, "country", locality.country, ["country"]);
    expect(files.localities, locality.id, "partOf", locality.partOf, ["locality"]);
  }
  for (const group of bundle.groups) {
    expect(files.localities, group.id, "country", group.country, ["country"]);
    group.members.forEach((member, i) => {
      expect(files.localities, group.id, `members.${i}.locality`, member.locality, ["locality"]);
    });
  }
  for (const source of bundle.sources) {
    expect(files.articles, source.id, "about", source.about, ["province"]);
  }
  for (const org of bundle.organizations) {
    expect(files.articles, org.id, "country", org.country, ["country"]);
    expect(files.articles, org.id, "province", org.province, ["province"]);
    expect(files.articles, org.id, "locality", org.locality, ["locality"]);
    org.evidence.forEach((e, i) => {
      expect(files.articles, org.id, `evidence.${i}.source`, e.source, ["source"]);
    });
  }
  for (const doc of bundle.policyDocuments) {
    doc.evidence.forEach((e, i) => {
      expect(files.articles, doc.id, `evidence.${i}.source`, e.source, ["source"]);
    });
  }
  for (const { file, record } of bundle.groupMentions) {
    expect(file, record.id, "id", record.id, ["group"]);
    record.statedCounts.forEach((count, i) => {
      expect(file, record.id, `statedCounts.${i}.source`, count.source, ["source"]);
    });
  }
  for (const { file, record: fact } of bundle.facts) {
    fact.evidence.forEach((e, i) => {
      expect(file, fact.id, `evidence.${i}.source`, e.source, ["source"]);
    });
    if (fact.type === "Citation") {
      expect(file, fact.id, "from", fact.from, [...PARTICIPANT_KINDS, ...FACT_KINDS]);
      expect(file, fact.id, "document", fact.document, ["policy"]);
      continue;
    }
    for (const { id, path } of participations(fact)) {
      expect(file, fact.id, path, id, PARTICIPANT_KINDS);
    }
    if (fact.type === "Delegation") {
      expect(file, fact.id, "partOf", fact.partOf, ["Delegation"]);
    }
  }
  return problems;
}

/**
 * The stored ids as checkReferences knows them, and those on the Vietnamese side (provinces and
 * Vietnamese bodies), which facts link as ACTOR.
 */
export function knownReferences(stored: StoredReference[]): {
  known: Map<string, KnownRecord>;
  vietnamese: Set<string>;
} {
  const known = new Map<string, KnownRecord>();
  const vietnamese = new Set<string>(["country:VN"]);
  for (const reference of stored) {
    const kind = reference.type ? entityKind(reference.type) : null;
    if (kind) {
      known.set(reference.id, { kind, retired: reference.retired });
      if (isVietnamese(reference.type, reference.countryCode)) {
        vietnamese.add(reference.id);
      }
    }
  }
  return { known, vietnamese };
}

/** The kind checkReferences uses for a node label (null: not a record's kind). */
export function entityKind(label: string): string | null {
  const kinds: Record<string, string> = {
    Province: "province",
    Country: "country",
    ForeignLocality: "locality",
    LocalityGroup: "group",
    Organization: "organization",
    PolicyDocument: "policy",
    Source: "source",
  };
  return kinds[label] ?? (FACT_KINDS.includes(label) ? label : null);
}

/** Every id a parsed record mentions, to look up what the graph already holds. */
export function mentionedIds(value: unknown, found = new Set<string>()): Set<string> {
  if (
    typeof value === "string" &&
    /^(province|country|locality|group|org|policy|source|agreement|delegation|programme|partnership):/.test(
      value,
    )
  ) {
    found.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) mentionedIds(item, found);
  } else if (value && typeof value === "object") {
    for (const item of Object.values(value)) mentionedIds(item, found);
  }
  return found;
}

/** What the graph holds of `ids`, looked up in the caller's transaction, in slices of 10,000. */
export async function storedReferences(
  tx: Pick<ManagedTransaction, "run">,
  ids: Iterable<string>,
): Promise<StoredReference[]> {
  const all = [...ids];
  const found: StoredReference[] = [];
  for (let start = 0; start < all.length; start += 10_000) {
    const result = await tx.run(REFERENCES, { ids: all.slice(start, start + 10_000) });
    found.push(...result.records.map((record) => record.toObject() as StoredReference));
  }
  return found;
}
