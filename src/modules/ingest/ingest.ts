import { readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { stringify } from "yaml";
import { factParticipants } from "../../records/participant-fields";
import { parseArticleFiles, readRecordFolder } from "../../records/record-files";
import type { SourceRecord } from "../../records/record-format";
import { SEED_DIR } from "../../shared/paths";
import { type Article, readArticle } from "./article";
import { Extractor, type Proposal } from "./extract";
import { Gazetteer, type GazetteerRecords } from "./gazetteer";
import { readLexicon } from "./lexicon";
import { type NewPlace, proposeNewPlaces } from "./new-places";

/** What the command line may add to what a file says of itself. */
export interface ArticleOptions {
  publishedOn?: string | null;
  url?: string | null;
  province?: string | null;
}

export interface Ingested {
  source: SourceRecord;
  article: Article;
  proposals: Proposal[];
  places: NewPlace[];
}

/**
 * The gazetteer read from seeds/: its own files, plus the places and organisations the curated
 * article files add, except those of `leaveOut` (article file names), so an evaluation never finds a
 * name only because the held-out article's curators wrote it down.
 */
export function readGazetteer(leaveOut: string[] = []): Gazetteer {
  const bundle = readRecordFolder(SEED_DIR);
  const articleDir = join(SEED_DIR, "articles");
  const all = readdirSync(articleDir).filter((name) => name.endsWith(".yaml"));
  const fromArticles = parseArticleFiles(all.map((name) => join(articleDir, name)));
  const kept = parseArticleFiles(
    all.filter((name) => !leaveOut.includes(name)).map((name) => join(articleDir, name)),
  );
  const articlePlaces = new Set(fromArticles.localities.map((place) => place.id));
  const records: GazetteerRecords = {
    provinces: bundle.provinces,
    countries: bundle.countries,
    groups: bundle.groups,
    localities: [...bundle.localities.filter((place) => !articlePlaces.has(place.id)), ...kept.localities],
    organizations: kept.organizations,
  };
  return new Gazetteer(records);
}

export function createExtractor(gazetteer = readGazetteer()): Extractor {
  return new Extractor(gazetteer, readLexicon());
}

/** The source record of an ingested file: its id and file name come from the file's own name. */
export function sourceRecordOf(
  path: string,
  article: Article,
  about: string,
  options: ArticleOptions,
): SourceRecord {
  const stem = basename(path, extname(path)).replace(/[^\w.-]+/g, "-") || "article";
  return {
    id: `source:${stem}`,
    fileName: `${stem}.txt`,
    title: article.title,
    publisher: null,
    publishedOn: options.publishedOn ?? article.publishedOn,
    author: null,
    url: options.url ?? null,
    about,
    period: null,
  };
}

export function ingestBytes(
  extractor: Extractor,
  path: string,
  bytes: Uint8Array,
  options: ArticleOptions = {},
): Ingested {
  const article = readArticle(bytes, path);
  const publishedOn = options.publishedOn ?? article.publishedOn;
  const stem = basename(path, extname(path)).replace(/[^\w.-]+/g, "-") || "article";
  // Places first, so that a fact can name a place the gazetteer lacks but the article proposes.
  const places = proposeNewPlaces(article.text, extractor.gazetteer, article.language);
  const proposals = extractor.withPlaces(places.map((place) => place.record)).propose(article, {
    sourceId: `source:${stem}`,
    province: options.province ?? null,
    publishedOn,
  });
  const about =
    options.province ??
    proposals
      .flatMap((proposal) => factParticipants(proposal.record))
      .find((id) => extractor.gazetteer.get(id)?.label === "Province") ??
    "province:unknown";
  return { source: sourceRecordOf(path, article, about, options), article, proposals, places };
}

export function ingestFile(extractor: Extractor, path: string, options: ArticleOptions = {}): Ingested {
  return ingestBytes(extractor, path, readFileSync(path), options);
}

/** The proposals as YAML in the record format: the source, then each proposed fact with its quote. */
export function proposalsYaml(ingested: Ingested): string {
  return stringify(
    {
      source: ingested.source,
      places: ingested.places.map((place) => ({
        status: place.status,
        quoteOffsets: place.quote,
        quote: ingested.article.text.slice(place.quote.start, place.quote.end),
        place: place.record,
      })),
      proposals: ingested.proposals.map((proposal) => ({
        status: proposal.status,
        confidence: proposal.confidence,
        cue: proposal.cue,
        quoteOffsets: proposal.quote,
        fact: recordFirstFields(proposal.record),
      })),
    },
    { lineWidth: 0, aliasDuplicateObjects: false },
  );
}

/** id and type first, as the curated files write them. */
function recordFirstFields(record: Proposal["record"]): Record<string, unknown> {
  const { id, type, ...rest } = record;
  return { id, type, ...rest };
}
