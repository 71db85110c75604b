import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "zod";
import { PROJECT_ROOT } from "../shared/paths";
import {
  emptyBundle,
  type Located,
  type RecordBundle,
  type RecordProblem,
  RecordValidationError,
} from "./record-bundle";
import {
  ArticleFile,
  CountriesFile,
  LocalitiesFile,
  type OrganizationRecord,
  type PolicyDocumentRecord,
  ProvincesFile,
} from "./record-format";
import { checkReferences } from "./references";

/**
 * Reads files of the record format: a folder laid out as seeds/ (gazetteer and one file per
 * article), checked as a whole, and article files (YAML or JSON) for an import. Each record is
 * checked against its schema; any problem names the file, the record and the field, and nothing is
 * loaded from files that have one.
 */

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

/** A folder laid out as seeds/, read and checked as a whole: every reference resolves within it. */
export function readRecordFolder(dir: string): RecordBundle {
  const problems: RecordProblem[] = [];
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
    throw new RecordValidationError(problems);
  }

  const bundle: RecordBundle = {
    ...articleBundle(articles, problems),
    provinces: provinces?.provinces ?? [],
    countries: [...(countries?.countries ?? []), ...generatedCountries],
    groups: localities?.groups ?? [],
  };
  bundle.localities.unshift(...(localities?.localities ?? []), ...generatedLocalities);
  problems.push(
    ...checkReferences(bundle, {
      searched: "in the seed data",
      files: {
        provinces: file(GAZETTEER.provinces),
        countries: file(GAZETTEER.countries),
        localities: file(GAZETTEER.localities),
        articles: file("articles"),
      },
    }),
  );
  if (problems.length > 0) {
    throw new RecordValidationError(problems);
  }
  return bundle;
}

/** The parts of a bundle that article files hold; the gazetteer's parts are left empty. */
function articleBundle(
  articles: Array<{ file: string; content: ArticleFile | undefined }>,
  problems: RecordProblem[],
): RecordBundle {
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
 * named in two files is one). Ids are not resolved here: checkReferences does that against the graph.
 * Throws RecordValidationError, naming file, record and field, for anything wrong.
 */
export function parseArticleFiles(paths: string[]): RecordBundle {
  const problems: RecordProblem[] = [];
  const articles = paths.map((path) => ({
    file: path,
    content: readYaml(path, path, ArticleFile, problems),
  }));
  const bundle = problems.length > 0 ? emptyBundle() : articleBundle(articles, problems);
  if (problems.length > 0) {
    throw new RecordValidationError(problems);
  }
  return bundle;
}

/** One article file (YAML, or JSON, which YAML reads too) checked against its schema. */
export function readArticleFile(path: string): { content?: ArticleFile; problems: RecordProblem[] } {
  const problems: RecordProblem[] = [];
  const content = readYaml(path, path, ArticleFile, problems);
  return content ? { content, problems } : { problems };
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
  problems: RecordProblem[],
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
export function mergeShared<T extends Shared>(located: Array<Located<T>>, problems: RecordProblem[]): T[] {
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
