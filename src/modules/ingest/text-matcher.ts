/**
 * Finds phrases in a text the way articles vary them: case, spacing and, where the text has no
 * Vietnamese diacritics (or the phrase is long enough not to be mistaken), diacritics. Every match
 * keeps its offsets in the original text, so a quote cut from it is verbatim.
 */

/** A phrase found in the text: [start, end) in the original string. */
export interface Match<T> {
  start: number;
  end: number;
  value: T;
}

/** The text as letters and digits only, lower-cased, with each character's offset in the original. */
interface Compact {
  exact: string;
  folded: string;
  offsets: number[];
}

const WORD = /[\p{Letter}\p{Number}]/u;
const MARKS = /\p{Diacritic}|\p{Mark}/gu;
/** Letters only Vietnamese uses (and their tones): their presence makes a text "with diacritics". */
const VIETNAMESE_LETTERS = /[ăâđêôơưạảãáàặẳẵắằậẩẫấầẹẻẽéèệểễếềịỉĩíìọỏõóòộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳ]/iu;

/** "đ" is a letter of its own, not an accented d, so decomposition leaves it alone. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

export function hasVietnameseLetters(text: string): boolean {
  return VIETNAMESE_LETTERS.test(text);
}

function compact(text: string): Compact {
  let exact = "";
  let folded = "";
  const offsets: number[] = [];
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) ?? 0;
    const char = String.fromCodePoint(codePoint);
    if (WORD.test(char)) {
      const lower = char.toLowerCase().normalize("NFC");
      const plain = fold(char);
      // Keep the two strings aligned: one slot per original letter.
      if (lower.length === 1 && plain.length === 1) {
        exact += lower;
        folded += plain;
        offsets.push(index);
      }
    }
    index += char.length;
  }
  return { exact, folded, offsets };
}

function compactKey(phrase: string): { exact: string; folded: string } {
  const { exact, folded } = compact(phrase.normalize("NFC"));
  return { exact, folded };
}

/** Phrases shorter than this (in letters) must match with their diacritics in a Vietnamese text. */
const SHORT = 5;

export class PhraseMatcher<T> {
  private readonly entries: Array<{ exact: string; folded: string; capitalised: boolean; value: T }> = [];

  /**
   * `proper`: the phrase is a name; in a text with diacritics a capitalised name matches only
   * where the text capitalises it too ("Trang" the Thai province, not "trang thiết bị").
   */
  add(phrase: string, value: T, options: { proper?: boolean } = {}): void {
    const key = compactKey(phrase);
    if (key.exact.length > 0) {
      const capitalised = (options.proper ?? false) && /^\p{Lu}/u.test(phrase.trim());
      this.entries.push({ ...key, capitalised, value });
    }
  }

  /**
   * Every whole-word occurrence, longest first where two overlap. `diacritics` says whether the text
   * is written with Vietnamese diacritics: then short phrases must match them exactly. `overlapping`
   * keeps every match, for phrases that may each say something ("ký kết ... quan hệ hợp tác").
   */
  find(text: string, diacritics = hasVietnameseLetters(text), overlapping = false): Array<Match<T>> {
    const view = compact(text);
    const found: Array<Match<T>> = [];
    for (const entry of this.entries) {
      const strict = diacritics && entry.folded.length < SHORT;
      const haystack = strict ? view.exact : view.folded;
      const needle = strict ? entry.exact : entry.folded;
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        const start = view.offsets[at] as number;
        const lastIndex = view.offsets[at + needle.length - 1] as number;
        const end = lastIndex + String.fromCodePoint(text.codePointAt(lastIndex) ?? 0).length;
        if (!isWordBoundary(text, start, end)) continue;
        if (entry.capitalised && diacritics && !/\p{Lu}/u.test(text[start] ?? "")) continue;
        found.push({ start, end, value: entry.value });
      }
    }
    return overlapping ? found.sort((a, b) => a.start - b.start) : longestFirst(found);
  }
}

function isWordBoundary(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.slice(Math.max(0, start - 2), start) : "";
  const after = text.slice(end, end + 2);
  const lastBefore = before ? String.fromCodePoint(before.codePointAt(before.length - 1) ?? 32) : " ";
  const firstAfter = after ? String.fromCodePoint(after.codePointAt(0) ?? 32) : " ";
  return !WORD.test(lastBefore) && !WORD.test(firstAfter) && !/\p{Mark}/u.test(firstAfter);
}

/** Keeps the longest of overlapping matches ("Lào Cai" over "Lào"), in text order. */
function longestFirst<T>(matches: Array<Match<T>>): Array<Match<T>> {
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Array<Match<T>> = [];
  for (const match of byLength) {
    if (!kept.some((other) => match.start < other.end && other.start < match.end)) {
      kept.push(match);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
