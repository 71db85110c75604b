import { Extractor } from "../../../src/modules/ingest/extract";
import { readGazetteer } from "../../../src/modules/ingest/ingest";
import { readLexicon } from "../../../src/modules/ingest/lexicon";

/** One gazetteer and lexicon for a whole test file: reading seeds/ takes a moment. */
let shared: { gazetteer: ReturnType<typeof readGazetteer>; extractor: Extractor } | null = null;

export function ingestFixture() {
  if (!shared) {
    const gazetteer = readGazetteer();
    shared = { gazetteer, extractor: new Extractor(gazetteer, readLexicon()) };
  }
  return shared;
}

export const encode = (text: string) => new TextEncoder().encode(text);
