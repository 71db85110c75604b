import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { hasVietnameseLetters } from "./text-matcher";

type Document = JSDOM["window"]["document"];

/**
 * An article as the ingest reads it: plain text (NFC, the text every quote and offset refers to),
 * its language, and what the file itself says of its title and date.
 */
export interface Article {
  text: string;
  language: "vi" | "en";
  title: string | null;
  /** YYYY-MM-DD, when the file states it. */
  publishedOn: string | null;
  format: "html" | "markdown" | "text";
}

/** Why a file cannot be read as an article; `code` is stable for scripts. */
export class IngestInputError extends Error {
  constructor(
    readonly code: "EMPTY_INPUT" | "BINARY_INPUT" | "INPUT_TOO_LARGE" | "UNSUPPORTED_LANGUAGE",
    message: string,
  ) {
    super(message);
  }
}

/** Longest article read (in bytes): a provincial news item is a few kB; anything this big is not one. */
export const MAX_ARTICLE_BYTES = 2_000_000;

/** English function words that French or Spanish do not share: any English news text has many. */
const ENGLISH_WORDS = new Set(
  "the of and to in with for on by was were is are has have that from at as this which".split(" "),
);

export function readArticle(bytes: Uint8Array, fileName: string): Article {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new IngestInputError(
      "INPUT_TOO_LARGE",
      `${fileName}: ${bytes.length} bytes is more than the ${MAX_ARTICLE_BYTES} an article may have`,
    );
  }
  if (bytes.includes(0)) {
    throw new IngestInputError(
      "BINARY_INPUT",
      `${fileName}: a binary file, not a text, HTML or Markdown article`,
    );
  }
  const decoded = new TextDecoder("utf-8").decode(bytes);
  const replaced = decoded.match(/\uFFFD/g)?.length ?? 0;
  if (replaced > 0 && replaced > decoded.length / 100) {
    throw new IngestInputError("BINARY_INPUT", `${fileName}: not UTF-8 text (binary or another encoding)`);
  }
  const raw = decoded.replace(/^\uFEFF/, "").normalize("NFC");
  if (raw.trim() === "") {
    throw new IngestInputError("EMPTY_INPUT", `${fileName}: the file is empty`);
  }
  const format = formatOf(raw, fileName);
  const { text, title, publishedOn } =
    format === "html" ? fromHtml(raw) : format === "markdown" ? fromMarkdown(raw) : fromText(raw);
  if (text.trim() === "") {
    throw new IngestInputError("EMPTY_INPUT", `${fileName}: no article text found`);
  }
  return {
    text,
    title,
    publishedOn: publishedOn ?? datedLine(text),
    format,
    language: languageOf(text, fileName),
  };
}

function formatOf(raw: string, fileName: string): Article["format"] {
  if (/\.html?$/i.test(fileName) || /^\s*(<!doctype html|<html|<head|<body)/i.test(raw)) return "html";
  if (/\.(md|markdown)$/i.test(fileName)) return "markdown";
  return "text";
}

/** Letters only Vietnamese writes (ă, đ, ơ, ư and the dot-below and hook-above tones): not French's é or ê. */
const ONLY_VIETNAMESE = /[ăđơưạảẹẻẽịỉọỏụủỵỷỹắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữự]/giu;

function languageOf(text: string, fileName: string): Article["language"] {
  const letters = text.match(/\p{Letter}/gu)?.length ?? 0;
  const vietnamese = text.match(ONLY_VIETNAMESE)?.length ?? 0;
  if (hasVietnameseLetters(text) && vietnamese >= Math.max(1, letters / 200)) return "vi";
  const words = text.toLowerCase().match(/\p{Letter}+/gu) ?? [];
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  if (words.length > 0 && english / words.length >= 0.08) return "en";
  throw new IngestInputError(
    "UNSUPPORTED_LANGUAGE",
    `${fileName}: neither Vietnamese nor English; the lexicon knows only those two languages`,
  );
}

function fromHtml(raw: string): Pick<Article, "text" | "title" | "publishedOn"> {
  const document = parseHtml(raw);
  const published =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute("content") ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  // Readability drops the page's chrome (menus, counters, related links), which is not content.
  const parsed = new Readability(document).parse();
  const html = parsed?.content ?? pageBody(raw);
  // Block ends become blank lines, so paragraphs stay apart once the tags are gone.
  const spaced = html.replace(/<\/(p|h[1-6]|li|div|blockquote|tr|figcaption)>|<br\s*\/?>/gi, "$&\n\n");
  const body = parseHtml(`<!doctype html><html><body>${spaced}</body></html>`).body;
  const text = tidy(body?.textContent ?? "");
  return {
    text,
    title: parsed?.title?.trim() || null,
    publishedOn: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
  };
}

/** A page's DOM, with no scripts run, nothing fetched and the page's CSS errors kept quiet. */
function parseHtml(html: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

/** Where Readability finds no article: the page's body, less what is never text. */
function pageBody(raw: string): string {
  const body = parseHtml(raw).body;
  for (const element of body.querySelectorAll("script, style, noscript, template")) element.remove();
  return body.innerHTML;
}

function fromMarkdown(raw: string): Pick<Article, "text" | "title" | "publishedOn"> {
  const text = tidy(
    raw
      .replace(/^---\n[\s\S]*?\n---\n/, "")
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/^#{1,6}\s+/gm, "")
      .replace(/^\s*[-*+]\s+/gm, "")
      .replace(/^>\s?/gm, "")
      .replace(/(\*\*|\*|`)(?=\S)([^*`\n]+?)\1/g, "$2")
      // Underscores mark emphasis only around words, never inside one (JOINT_WORKING_GROUP).
      .replace(/(?<![\p{L}\p{N}])(__|_)(?=\S)([^_\n]+?)\1(?![\p{L}\p{N}])/gu, "$2"),
  );
  const heading = raw.match(/^#\s+(.+)$/m)?.[1]?.trim() ?? null;
  const date = raw.match(/^date:\s*["']?(\d{4}-\d{2}-\d{2})/m)?.[1] ?? null;
  return { text, title: heading ?? titleLine(text), publishedOn: date };
}

function fromText(raw: string): Pick<Article, "text" | "title" | "publishedOn"> {
  const text = raw.replace(/\r\n?/g, "\n");
  return { text, title: titleLine(text), publishedOn: null };
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00A0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** News pages open with a section name, then the headline: the first long line of the first few. */
function titleLine(text: string): string | null {
  const lines = text.split("\n").slice(0, 6);
  return lines.map((line) => line.trim()).find((line) => line.length >= 25 && line.length <= 300) ?? null;
}

/** A dateline near the top ("Thu, 03/05/2018 09:00"): the article's date. */
function datedLine(text: string): string | null {
  const head = text.split("\n").slice(0, 8).join("\n");
  const match = head.match(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/);
  if (!match) return null;
  const [, day, month, year] = match;
  return isoDate(Number(year), Number(month), Number(day));
}

export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}
