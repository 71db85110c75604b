import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LEXICON_FILE, readLexicon } from "../../../src/modules/ingest/lexicon";

/** The shipped lexicon with one line changed, written where readLexicon can read it. */
function lexiconWith(from: string, to: string): string {
  const text = readFileSync(LEXICON_FILE, "utf8");
  expect(text).toContain(from);
  const path = join(mkdtempSync(join(tmpdir(), "lexicon-")), "ingest.yaml");
  writeFileSync(path, text.replace(from, to));
  return path;
}

describe("the ingest lexicon", () => {
  it("gives programme sides the roles a programme record's fields hold", () => {
    const roles = readLexicon()
      .triggers.filter((trigger) => trigger.type === "Programme")
      .flatMap((trigger) => [trigger.vietnamese, trigger.foreign])
      .filter((role) => role !== undefined);
    expect(new Set(roles)).toEqual(new Set(["RUNNER", "FUNDER", "BENEFICIARY", "PARTICIPANT"]));
  });

  it("refuses a side role no programme field holds, naming the file, the trigger and the roles", () => {
    const path = lexiconWith("kind: FORUM, vietnamese: PARTICIPANT", "kind: FORUM, vietnamese: HOST");
    expect(() => readLexicon(path)).toThrow(
      new RegExp(
        `${path}: triggers\\.\\d+\\.vietnamese: a programme's role is one of RUNNER, FUNDER, BENEFICIARY, PARTICIPANT`,
      ),
    );
  });
});
