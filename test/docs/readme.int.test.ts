import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readExampleOperations, readmeExamples } from "../../src/docs/example-operations";
import { exampleOutput } from "../../src/docs/render-readme";
import { PROJECT_ROOT } from "../../src/shared/paths";
import { useSeededDatabase } from "../support/seeded-database";

const README = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
const examples = readmeExamples(README);

describe("the README's example operations", () => {
  const db = useSeededDatabase();

  it("are the operation files the tests run, verbatim", () => {
    const files = readExampleOperations().map((operation) => operation.text);
    expect(examples.length).toBeGreaterThanOrEqual(9);
    for (const example of examples) {
      expect(files).toContain(example.operation);
    }
  });

  it.each(examples.map((example) => [/query (\w+)/.exec(example.operation)?.[1] ?? "?", example]))(
    "%s shows the output the seed graph gives today (npm run docs:readme refreshes it)",
    async (_name, example) => {
      const actual = JSON.parse(await exampleOutput(db.executor, example.operation));
      expect(actual.errors).toBeUndefined();
      expect(JSON.parse(example.output)).toEqual(actual);
    },
  );
});
