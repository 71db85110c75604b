/**
 * Cuts an article into the units a fact is read from: paragraphs, their sentences (ICU's sentence
 * rules through Intl.Segmenter, built into Node) and, within a sentence, the clauses a semicolon
 * separates, which is how provincial reports list one activity after another.
 */
export interface Unit {
  start: number;
  end: number;
  paragraph: number;
  sentence: number;
}

const segmenter = new Intl.Segmenter("vi", { granularity: "sentence" });

export function segmentUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let paragraph = 0;
  let sentence = 0;
  const paragraphPattern = /[^\n]+/g;
  for (let found = paragraphPattern.exec(text); found; found = paragraphPattern.exec(text)) {
    const paragraphStart = found.index;
    for (const piece of segmenter.segment(found[0])) {
      const sentenceStart = paragraphStart + piece.index;
      let clauseStart = 0;
      const parts = piece.segment.split(";");
      for (const part of parts) {
        const unit = trimmed(text, sentenceStart + clauseStart, sentenceStart + clauseStart + part.length);
        if (unit) units.push({ ...unit, paragraph, sentence });
        clauseStart += part.length + 1;
      }
      sentence += 1;
    }
    paragraph += 1;
  }
  return units;
}

/** The span without its surrounding spaces; null when nothing is left. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? "")) from += 1;
  while (to > from && /[\s]/.test(text[to - 1] ?? "")) to -= 1;
  return /[\p{Letter}\p{Number}]/u.test(text.slice(from, to)) ? { start: from, end: to } : null;
}
