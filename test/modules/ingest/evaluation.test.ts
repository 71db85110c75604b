import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pooled, splitArticles } from "../../../src/modules/ingest/evaluation";
import { PROJECT_ROOT } from "../../../src/shared/paths";

describe("the evaluation's split", () => {
  it("counts the five seed articles the lexicon was tuned on as development, and any other as held out", () => {
    const files = readdirSync(join(PROJECT_ROOT, "seeds", "articles")).filter((n) => n.endsWith(".yaml"));
    expect(splitArticles(files)).toEqual({ development: files, heldOut: [] });
    expect(splitArticles([...files, "005_new.yaml"]).heldOut).toEqual(["005_new.yaml"]);
  });

  it("pools counts over articles", () => {
    expect(
      pooled([
        { truePositives: 2, predicted: 3, gold: 4 },
        { truePositives: 1, predicted: 1, gold: 2 },
      ]),
    ).toEqual({ truePositives: 3, predicted: 4, gold: 6 });
  });
});
