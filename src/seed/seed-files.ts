import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "zod";
import { isVietnamese } from "../domain/model";
import {
  ArticleFile,
  CountriesFile,
  type CountryRecord,
  type FactRecord,
  type GroupMentionRecord,
  type GroupRecord,
  LocalitiesFile,
  type LocalityRecord,
  type OrganizationRecord,
  type PolicyDocumentRecord,
  type ProvinceRecord,
  ProvincesFile,
  type SourceRecord,
} from "../domain/seed-records";
import { PROJECT_ROOT } from "../shared/paths";

/**
 * Reads the seed files and checks them as a whole: each record against its schema, then every id
 * reference across files. Any problem names the file, the record and the field; nothing is loaded
 * from a seed set that has one.
 */

export const SEED_DIR = join(PROJECT_ROOT, "seeds");

export interface SeedProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export class SeedValidationError extends Error {
  override name = "SeedValidationError";
  constructor(readonly problems: SeedProblem[]) {
    const shown = problems.slice(0, 20).map(formatProblem);
    const more = problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [];
    super([`The seed data has ${problems.length} problem(s):`, ...shown, ...more].join("\n  "));
  }
}

export function formatProblem(problem: SeedProblem): string {
  return `${problem.file}: ${problem.record}: ${problem.field}: ${problem.message}`;
}

/** A record with the file it came from, for messages and for merging. */
export interface Located<T> {
  file: string;
  record: T;
}

export interface SeedBundle {
  provinces: ProvinceRecord[];
  countries: CountryRecord[];
  localities: LocalityRecord[];
  groups: GroupRecord[];
  sources: SourceRecord[];
  organizations: OrganizationRecord[];
  policyDocuments: PolicyDocumentRecord[];
  groupMentions: Array<Located<GroupMentionRecord>>;
  facts: Array<Located<FactRecord>>;
}

const GAZETTEER = {
  provinces: join("gazetteer", "vietnam-provinces.yaml"),
  countries: join("gazetteer", "countries.yaml"),
  localities: join("gazetteer", "foreign-localities.yaml"),
};

/**
 * The generated part of the gazetteer (npm run gazetteer:generate; docs/gazetteer.md): places only,
 * which no fact names until an editor writes one. Read after the curated files, whose places they
 * may be part of.
 */
const GENERATED = {
  countries: [join("gazetteer", "world-countries.yaml")],
  localities: [join("gazetteer", "subdivisions.yaml"), join("gazetteer", "cities.yaml")],
};

export function readSeedBundle(dir = SEED_DIR): SeedBundle {
  const problems: SeedProblem[] = [];
  // Paths in messages are relative to the project when the files are inside it.
  const file = (path: string) => {
    const absolute = join(dir, path);
    const inProject = relative(PROJECT_ROOT, absolute);
    return inProject.startsWith("..") ? absolute : inProject;
  };
  const provinces = readYaml(
    join(dir, GAZETTEER.provinces),
    file(GAZETTEER.provinces),
    ProvincesFile,
    problems,
  );
  const countries = readYaml(
    join(dir, GAZETTEER.countries),
    file(GAZETTEER.countries),
    CountriesFile,
    problems,
  );
  const localities = readYaml(
    join(dir, GAZETTEER.localities),
    file(GAZETTEER.localities),
    LocalitiesFile,
    problems,
  );
  const generatedCountries = GENERATED.countries.flatMap(
    (path) => readYaml(join(dir, path), file(path), CountriesFile, problems)?.countries ?? [],
  );
  const generatedLocalities = GENERATED.localities.flatMap(
    (path) => readYaml(join(dir, path), file(path), LocalitiesFile, problems)?.localities ?? [],
  );
  const articles = listYaml(join(dir, "articles")).map((name) => ({
    file: file(join("articles", name)),
    content: readYaml(join(dir, "articles", name), file(join("articles", name)), ArticleFile, problems),
  }));
  if (problems.length > 0) {
    throw new SeedValidationError(problems);
  }

  const bundle: SeedBundle = {
    ...articleBundle(articles, problems),
    provinces: provinces?.provinces ?? [],
    countries: [...(countries?.countries ?? []), ...generatedCountries],
    groups: localities?.groups ?? [],
  };
  bundle.localities.unshift(...(localities?.localities ?? []), ...generatedLocalities);
  problems.push(...checkReferences(bundle, file));
  if (problems.length > 0) {
    throw new SeedValidationError(problems);
  }
  return bundle;
}

/** The parts of a bundle that article files hold; the gazetteer's parts are left empty. */
function articleBundle(
  articles: Array<{ file: string; content: ArticleFile | undefined }>,
  problems: SeedProblem[],
): SeedBundle {
  return {
    provinces: [],
    countries: [],
    groups: [],
    localities: articles.flatMap((article) => article.content?.entities.places ?? []),
    sources: articles.flatMap((article) => (article.content ? [article.content.source] : [])),
    organizations: mergeShared(
      articles.flatMap((a) =>
        (a.content?.entities.organizations ?? []).map((record) => ({ file: a.file, record })),
      ),
      problems,
    ),
    policyDocuments: mergeShared(
      articles.flatMap((a) =>
        (a.content?.entities.policyDocuments ?? []).map((record) => ({ file: a.file, record })),
      ),
      problems,
    ),
    groupMentions: articles.flatMap((a) =>
      (a.content?.entities.groups ?? []).map((record) => ({ file: a.file, record })),
    ),
    facts: articles.flatMap((a) => (a.content?.facts ?? []).map((record) => ({ file: a.file, record }))),
  };
}

/**
 * Article files' records, each checked against its schema and merged across files (an organisation
 * named in two files is one). Ids are not resolved here: checkRecords does that against the graph.
 * Throws SeedValidationError, naming file, record and field, for anything wrong.
 */
export function parseArticleFiles(paths: string[]): SeedBundle {
  const problems: SeedProblem[] = [];
  const articles = paths.map((path) => ({
    file: path,
    content: readYaml(path, path, ArticleFile, problems),
  }));
  const bundle = problems.length > 0 ? emptyBundle() : articleBundle(articles, problems);
  if (problems.length > 0) {
    throw new SeedValidationError(problems);
  }
  return bundle;
}

/**
 * Checks the references of records an editor writes or an import brings against what the database
 * holds (`known`: id -> kind). Returns the problems, with `record` naming the record's id.
 */
export function checkRecords(
  bundle: Partial<SeedBundle>,
  known: ReadonlyMap<string, string>,
  searched = "in the graph",
): SeedProblem[] {
  return checkReferences({ ...emptyBundle(), ...bundle }, (path) => path, known, searched);
}

export function emptyBundle(): SeedBundle {
  return {
    provinces: [],
    countries: [],
    localities: [],
    groups: [],
    sources: [],
    organizations: [],
    policyDocuments: [],
    groupMentions: [],
    facts: [],
  };
}

/** What the database holds of the ids a write names, as the `references` statement reports it. */
export interface StoredReference {
  id: string;
  /** The node's label; null when the id names nothing. */
  type: string | null;
  countryCode: string | null;
}

/**
 * The stored ids as checkReferences knows them (id -> kind), and those on the Vietnamese side
 * (provinces and Vietnamese bodies), which facts link as ACTOR.
 */
export function knownReferences(stored: StoredReference[]): {
  known: Map<string, string>;
  vietnamese: Set<string>;
} {
  const known = new Map<string, string>();
  const vietnamese = new Set<string>(["country:VN"]);
  for (const reference of stored) {
    const kind = reference.type ? entityKind(reference.type) : null;
    if (kind) {
      known.set(reference.id, kind);
      if (isVietnamese(reference.type, reference.countryCode)) {
        vietnamese.add(reference.id);
      }
    }
  }
  return { known, vietnamese };
}

/** The kind checkReferences uses for a node label (null: not a seed record's kind). */
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
  return (
    kinds[label] ?? (["Agreement", "Delegation", "Programme", "Partnership"].includes(label) ? label : null)
  );
}

/** Every id a parsed file mentions, to look up what the database already holds. */
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

function listYaml(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort();
}

function readYaml<T extends z.ZodType>(
  path: string,
  file: string,
  schema: T,
  problems: SeedProblem[],
): z.infer<T> | undefined {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, "utf8"));
  } catch (error) {
    const where = error instanceof YAMLParseError ? `line ${error.linePos?.[0]?.line ?? "?"}` : "-";
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    problems.push({ file, record: where, field: "-", message: message ?? "unreadable" });
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) {
    return parsed.data;
  }
  for (const issue of parsed.error.issues) {
    problems.push({ file, ...locate(data, issue.path), message: issue.message });
  }
  return undefined;
}

/** Splits a zod issue path into the record (with its id when it has one) and the field within it. */
function locate(data: unknown, path: PropertyKey[]): { record: string; field: string } {
  const recordDepth = path.findIndex((key) => typeof key === "number") + 1;
  if (recordDepth === 0) {
    return { record: String(path[0] ?? "-"), field: path.slice(1).join(".") || "-" };
  }
  let node: unknown = data;
  for (const key of path.slice(0, recordDepth)) {
    node = (node as Record<PropertyKey, unknown> | undefined)?.[key];
  }
  const recordId = (node as { id?: unknown } | undefined)?.id;
  const position = path
    .slice(0, recordDepth)
    .join(".")
    .replace(/\.(\d+)/g, "[$1]");
  return {
    record: typeof recordId === "string" ? `${position} (${recordId})` : position,
    field: path.slice(recordDepth).join(".") || "-",
  };
}

type Shared = OrganizationRecord | PolicyDocumentRecord;

/**
 * The same organisation or document named in several articles is one node: its fields must agree
 * (a field one article leaves empty is taken from another), its aliases and quotes are pooled.
 */
function mergeShared<T extends Shared>(located: Array<Located<T>>, problems: SeedProblem[]): T[] {
  const merged = new Map<string, Located<T>>();
  for (const item of located) {
    const existing = merged.get(item.record.id);
    if (!existing) {
      merged.set(item.record.id, { file: item.file, record: { ...item.record } });
      continue;
    }
    const target = existing.record as Record<string, unknown>;
    for (const [field, value] of Object.entries(item.record)) {
      if (field === "evidence" || field === "aliases") {
        target[field] = [...(target[field] as unknown[]), ...(value as unknown[])];
      } else if (target[field] === null || target[field] === undefined) {
        target[field] = value;
      } else if (value !== null && value !== undefined && value !== target[field]) {
        problems.push({
          file: item.file,
          record: item.record.id,
          field,
          message: `"${String(value)}" disagrees with "${String(target[field])}" in ${existing.file}`,
        });
      }
    }
    if ("aliases" in target) {
      target.aliases = [...new Set(target.aliases as string[])];
    }
  }
  return [...merged.values()].map((item) => item.record);
}

function checkReferences(
  bundle: SeedBundle,
  file: (path: string) => string,
  known: ReadonlyMap<string, string> = new Map(),
  /** Where an id was looked for, for the message when it is not found. */
  searched = "in the seed data",
): SeedProblem[] {
  const problems: SeedProblem[] = [];
  // What the database already holds may be defined again (a re-import); twice in the files may not.
  const kinds = new Map<string, string>(known);
  const definedHere = new Set<string>();
  const define = (id: string, kind: string, where: string, record: string) => {
    if (definedHere.has(id)) {
      problems.push({ file: where, record, field: "id", message: `"${id}" is defined more than once` });
    }
    definedHere.add(id);
    kinds.set(id, kind);
  };
  for (const province of bundle.provinces)
    define(province.id, "province", file(GAZETTEER.provinces), province.id);
  for (const country of bundle.countries)
    define(country.id, "country", file(GAZETTEER.countries), country.id);
  for (const locality of bundle.localities)
    define(locality.id, "locality", file(GAZETTEER.localities), locality.id);
  for (const group of bundle.groups) define(group.id, "group", file(GAZETTEER.localities), group.id);
  for (const source of bundle.sources) define(source.id, "source", "seeds/articles", source.id);
  for (const org of bundle.organizations) define(org.id, "organization", "seeds/articles", org.id);
  for (const doc of bundle.policyDocuments) define(doc.id, "policy", "seeds/articles", doc.id);
  for (const { file: where, record } of bundle.facts) define(record.id, record.type, where, record.id);

  const expectKind = (
    where: string,
    record: string,
    field: string,
    id: string | null | undefined,
    allowed: string[],
  ) => {
    if (id === null || id === undefined) {
      return;
    }
    const kind = kinds.get(id);
    if (kind === undefined) {
      problems.push({ file: where, record, field, message: `"${id}" is not defined ${searched}` });
    } else if (!allowed.includes(kind)) {
      problems.push({
        file: where,
        record,
        field,
        message: `"${id}" is a ${kind}; expected ${allowed.join(" or ")}`,
      });
    }
  };
  const participant = ["province", "country", "locality", "group", "organization"];
  const facts = ["Agreement", "Delegation", "Programme", "Partnership"];

  const provincesFile = file(GAZETTEER.provinces);
  const successors = new Set(bundle.provinces.filter((p) => p.era === "POST_2025").map((p) => p.id));
  for (const province of bundle.provinces) {
    expectKind(provincesFile, province.id, "mergedInto", province.mergedInto, ["province"]);
    if (province.mergedInto && !successors.has(province.mergedInto)) {
      problems.push({
        file: provincesFile,
        record: province.id,
        field: "mergedInto",
        message: `"${province.mergedInto}" is not a unit created by the 2025 reform (era POST_2025)`,
      });
    }
  }
  const localitiesFile = file(GAZETTEER.localities);
  for (const locality of bundle.localities) {
    expectKind(localitiesFile, locality.id, "country", locality.country, ["country"]);
    expectKind(localitiesFile, locality.id, "partOf", locality.partOf, ["locality"]);
  }
  for (const group of bundle.groups) {
    expectKind(localitiesFile, group.id, "country", group.country, ["country"]);
    group.members.forEach((member, i) => {
      expectKind(localitiesFile, group.id, `members[${i}].locality`, member.locality, ["locality"]);
    });
  }
  for (const source of bundle.sources) {
    expectKind("seeds/articles", source.id, "about", source.about, ["province"]);
  }
  for (const org of bundle.organizations) {
    expectKind("seeds/articles", org.id, "country", org.country, ["country"]);
    expectKind("seeds/articles", org.id, "province", org.province, ["province"]);
    expectKind("seeds/articles", org.id, "locality", org.locality, ["locality"]);
    org.evidence.forEach((e, i) => {
      expectKind("seeds/articles", org.id, `evidence[${i}].source`, e.source, ["source"]);
    });
  }
  for (const doc of bundle.policyDocuments) {
    doc.evidence.forEach((e, i) => {
      expectKind("seeds/articles", doc.id, `evidence[${i}].source`, e.source, ["source"]);
    });
  }
  for (const { file: where, record } of bundle.groupMentions) {
    expectKind(where, record.id, "id", record.id, ["group"]);
    record.statedCounts.forEach((count, i) => {
      expectKind(where, record.id, `statedCounts[${i}].source`, count.source, ["source"]);
    });
  }
  for (const { file: where, record: fact } of bundle.facts) {
    const check = (field: string, ids: Array<string | null | undefined>, allowed = participant) => {
      ids.forEach((id, i) => {
        expectKind(where, fact.id, ids.length > 1 ? `${field}[${i}]` : field, id, allowed);
      });
    };
    fact.evidence.forEach((e, i) => {
      expectKind(where, fact.id, `evidence[${i}].source`, e.source, ["source"]);
    });
    switch (fact.type) {
      case "Agreement":
        check("parties", fact.parties);
        break;
      case "Delegation":
        check("vietnameseSide", fact.vietnameseSide);
        check("foreignSide", fact.foreignSide);
        check("partOf", [fact.partOf], ["Delegation"]);
        break;
      case "Programme":
        check("fundedBy", fact.fundedBy);
        check("runBy", fact.runBy);
        check("beneficiaries", fact.beneficiaries);
        check("partners", fact.partners);
        break;
      case "Partnership":
        check("from", [fact.from]);
        check("to", fact.to);
        break;
      case "Citation":
        check("from", [fact.from], [...participant, ...facts]);
        check("document", [fact.document], ["policy"]);
        break;
    }
  }
  return problems;
}
