import { join } from "node:path";
import type { ManagedTransaction } from "neo4j-driver";
import { CYPHER_DIR, namedStatement, readNamedStatements } from "../db/cypher-files";
import { isVietnamese } from "../domain/model";
import { participations } from "./participant-fields";
import type { RecordBundle, RecordProblem } from "./record-bundle";
import type {
  CountryRecord,
  FactRecord,
  GroupMentionRecord,
  GroupRecord,
  LocalityRecord,
  OrganizationRecord,
  PolicyDocumentRecord,
  ProvinceRecord,
  SourceRecord,
} from "./record-format";

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
/** How many places a problem with one id names before it counts the rest. */
const PLACES_SHOWN = 20;

/** A record of the format, by what it is. */
export type KindedRecord =
  | { kind: "province"; record: ProvinceRecord }
  | { kind: "country"; record: CountryRecord }
  | { kind: "locality"; record: LocalityRecord }
  | { kind: "group"; record: GroupRecord }
  | { kind: "groupMention"; record: GroupMentionRecord }
  | { kind: "source"; record: SourceRecord }
  | { kind: "organization"; record: OrganizationRecord }
  | { kind: "policy"; record: PolicyDocumentRecord }
  | { kind: "fact"; record: FactRecord };

interface Reference {
  field: string;
  id: string | null | undefined;
  allowed: string[];
}

/** The id a record defines and the kind references see it as (a group mention defines nothing). */
export function definitionOf(item: KindedRecord): { id: string; kind: string } | null {
  switch (item.kind) {
    case "groupMention":
      return null;
    case "fact":
      return { id: item.record.id, kind: item.record.type };
    default:
      return { id: item.record.id, kind: item.kind };
  }
}

/** Every id a record names, with the field that names it and the kinds that field allows. */
export function referencesOf(item: KindedRecord): Reference[] {
  const evidence = (list: Array<{ source: string }>): Reference[] =>
    list.map((e, i) => ({ field: `evidence.${i}.source`, id: e.source, allowed: ["source"] }));
  switch (item.kind) {
    case "province":
      return [{ field: "mergedInto", id: item.record.mergedInto, allowed: ["province"] }];
    case "country":
      return [];
    case "locality":
      return [
        { field: "country", id: item.record.country, allowed: ["country"] },
        { field: "partOf", id: item.record.partOf, allowed: ["locality"] },
      ];
    case "group":
      return [
        { field: "country", id: item.record.country, allowed: ["country"] },
        ...item.record.members.map((member, i) => ({
          field: `members.${i}.locality`,
          id: member.locality,
          allowed: ["locality"],
        })),
      ];
    case "groupMention":
      return [
        { field: "id", id: item.record.id, allowed: ["group"] },
        ...item.record.statedCounts.map((count, i) => ({
          field: `statedCounts.${i}.source`,
          id: count.source,
          allowed: ["source"],
        })),
      ];
    case "source":
      return [{ field: "about", id: item.record.about, allowed: ["province"] }];
    case "organization":
      return [
        { field: "country", id: item.record.country, allowed: ["country"] },
        { field: "province", id: item.record.province, allowed: ["province"] },
        { field: "locality", id: item.record.locality, allowed: ["locality"] },
        ...evidence(item.record.evidence),
      ];
    case "policy":
      return evidence(item.record.evidence);
    case "fact": {
      const fact = item.record;
      if (fact.type === "Citation") {
        return [
          ...evidence(fact.evidence),
          { field: "from", id: fact.from, allowed: [...PARTICIPANT_KINDS, ...FACT_KINDS] },
          { field: "document", id: fact.document, allowed: ["policy"] },
        ];
      }
      return [
        ...evidence(fact.evidence),
        ...participations(fact).map(({ id, path }) => ({ field: path, id, allowed: PARTICIPANT_KINDS })),
        ...(fact.type === "Delegation"
          ? [{ field: "partOf", id: fact.partOf, allowed: ["Delegation"] }]
          : []),
      ];
    }
  }
}

/**
 * Definitions and references gathered record by record, then resolved at once: the check of a whole
 * bundle, and of an import that streams its files and keeps only ids. References are kept by the id
 * they name (with the first places that name it), so memory grows with the ids, not the records.
 */
export class ReferenceIndex {
  private readonly defined = new Map<string, string>();
  private readonly duplicates: ReferenceProblem[] = [];
  private readonly references = new Map<
    string,
    Map<
      string,
      { allowed: string[]; places: Array<{ file: string; record: string; field: string }>; count: number }
    >
  >();

  define(id: string, kind: string, file: string, record = id): void {
    if (this.defined.has(id)) {
      this.duplicates.push({ file, record, field: "id", message: `"${id}" is defined more than once` });
    }
    this.defined.set(id, kind);
  }

  isDefined(id: string): boolean {
    return this.defined.has(id);
  }

  /** The kind of a record the index defines. */
  kindOf(id: string): string | undefined {
    return this.defined.get(id);
  }

  /** Adds a record: what it defines and what it names; `record` labels it in messages. */
  add(item: KindedRecord, file: string, record: string): void {
    const definition = definitionOf(item);
    if (definition) {
      this.define(definition.id, definition.kind, file, record);
    }
    for (const reference of referencesOf(item)) {
      this.refer(file, record, reference);
    }
  }

  refer(file: string, record: string, { field, id, allowed }: Reference): void {
    if (id === null || id === undefined) {
      return;
    }
    const byAllowed = this.references.get(id) ?? new Map();
    this.references.set(id, byAllowed);
    const key = allowed.join(" ");
    const entry = byAllowed.get(key) ?? { allowed, places: [], count: 0 };
    byAllowed.set(key, entry);
    entry.count += 1;
    if (entry.places.length < PLACES_SHOWN) {
      entry.places.push({ file, record, field });
    }
  }

  /** Ids named but not defined here: what to look up in the graph. */
  undefinedIds(): string[] {
    return [...this.references.keys()].filter((id) => !this.defined.has(id));
  }

  /** The problems, once every record is in: duplicates, then references in the order first named. */
  problems(check: Omit<ReferenceCheck, "files">): ReferenceProblem[] {
    const problems = [...this.duplicates];
    for (const [id, byAllowed] of this.references) {
      const kind = this.defined.get(id);
      const known = kind === undefined ? check.known?.get(id) : { kind, retired: false };
      for (const { allowed, places, count } of byAllowed.values()) {
        let message: string | null = null;
        if (known === undefined) {
          message = `"${id}" is not defined ${check.searched}`;
        } else if (!allowed.includes(known.kind)) {
          message = `"${id}" is a ${known.kind}; expected ${allowed.join(" or ")}`;
        } else if (known.retired) {
          message = `"${id}" is retired`;
        }
        if (message === null) {
          continue;
        }
        const more = count > places.length ? ` (and ${count - places.length} more places)` : "";
        places.forEach((place, i) => {
          problems.push({
            ...place,
            message: i === places.length - 1 ? `${message}${more}` : message,
            ...(known === undefined ? { unknownId: id } : {}),
          });
        });
      }
    }
    return problems;
  }
}

/**
 * Checks the references of a bundle; returns the problems, each naming file, record and field (a
 * path like `parties.1` or `evidence.0.source`). What the graph holds may be defined again (a
 * re-import); an id defined twice by the records may not.
 */
export function checkReferences(bundle: RecordBundle, check: ReferenceCheck): ReferenceProblem[] {
  const { files } = check;
  const index = new ReferenceIndex();
  const items: Array<{ item: KindedRecord; file: string }> = [
    ...bundle.provinces.map((record) => ({
      item: { kind: "province", record } as const,
      file: files.provinces,
    })),
    ...bundle.countries.map((record) => ({
      item: { kind: "country", record } as const,
      file: files.countries,
    })),
    ...bundle.localities.map((record) => ({
      item: { kind: "locality", record } as const,
      file: files.localities,
    })),
    ...bundle.groups.map((record) => ({ item: { kind: "group", record } as const, file: files.localities })),
    ...bundle.sources.map((record) => ({ item: { kind: "source", record } as const, file: files.articles })),
    ...bundle.organizations.map((record) => ({
      item: { kind: "organization", record } as const,
      file: files.articles,
    })),
    ...bundle.policyDocuments.map((record) => ({
      item: { kind: "policy", record } as const,
      file: files.articles,
    })),
    ...bundle.groupMentions.map(({ file, record }) => ({
      item: { kind: "groupMention", record } as const,
      file,
    })),
    ...bundle.facts.map(({ file, record }) => ({ item: { kind: "fact", record } as const, file })),
  ];
  // Definitions first, so that a duplicate is reported where it is defined the second time.
  for (const { item, file } of items) {
    index.add(item, file, item.record.id);
  }
  const problems = index.problems(check);
  const successors = new Set(bundle.provinces.filter((p) => p.era === "POST_2025").map((p) => p.id));
  for (const province of bundle.provinces) {
    if (province.mergedInto && !successors.has(province.mergedInto)) {
      problems.push({
        file: files.provinces,
        record: province.id,
        field: "mergedInto",
        message: `"${province.mergedInto}" is not a unit created by the 2025 reform (era POST_2025)`,
      });
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
