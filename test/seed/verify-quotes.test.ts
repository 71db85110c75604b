import { join } from "node:path";
import { readRecordFolder } from "../../src/records/record-files";
import { verifyQuotes } from "../../src/seed/verify-quotes";
import { PROJECT_ROOT, SEED_DIR } from "../../src/shared/paths";
import { seedCopyWith } from "../support/seed-copy";

/** The articles live beside the project, in the shared corpus; the seeds carry only quotes. */
const CORPUS = join(PROJECT_ROOT, "..", "shared", "corpus");

describe("verifyQuotes against the articles", () => {
  it("finds every curated quote verbatim in its article", () => {
    const { checks, problems } = verifyQuotes(readRecordFolder(SEED_DIR), CORPUS);
    expect(problems).toEqual([]);
    expect(checks).toBeGreaterThan(150);
  });

  it("catches a quote that was tidied up (here, a typo of the article corrected)", () => {
    const dir = seedCopyWith("articles/001_d3df1d2f0ab25093.yaml", (text) =>
      text.replaceAll("03 lóp", "03 lớp"),
    );
    const { problems } = verifyQuotes(readRecordFolder(dir), CORPUS);
    expect(problems).toEqual([
      expect.objectContaining({
        field: "evidence[0].quote",
        message: expect.stringMatching(/^quote not found verbatim in source:001_d3df1d2f0ab25093: ".*03 lớp/),
      }),
    ]);
  });

  it("catches a figure whose text its quotes do not contain", () => {
    const dir = seedCopyWith("articles/001_d3df1d2f0ab25093.yaml", (text) =>
      text.replace('text: "266 đoàn"', 'text: "267 đoàn"'),
    );
    const { problems } = verifyQuotes(readRecordFolder(dir), CORPUS);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('figure text "267 đoàn" is in none of the fact\'s quotes'),
    ]);
  });

  it("catches a year no quote states that does not say where it was taken from", () => {
    const dir = seedCopyWith("articles/004_6f726d94abe901e5.yaml", (text) =>
      text.replace(/, takenFrom: PARAGRAPH, basis: "the paragraph opens \\"Năm 2022\\"" \}/, " }"),
    );
    const { problems } = verifyQuotes(readRecordFolder(dir), CORPUS);
    expect(problems).toEqual([
      expect.objectContaining({
        field: "period",
        message: expect.stringContaining("no quote states 2022: say where it comes from"),
      }),
    ]);
  });

  it("says so when an article is missing from the corpus", () => {
    const { problems } = verifyQuotes(readRecordFolder(SEED_DIR), join(CORPUS, "nowhere"));
    expect(problems.filter((problem) => problem.message === "the article is not in the corpus")).toHaveLength(
      5,
    );
  });
});
