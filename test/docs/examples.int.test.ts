import { readFileSync } from "node:fs";
import { relative } from "node:path";
import {
  documentationFiles,
  documentedExamples,
  readExampleOperations,
} from "../../src/docs/example-operations";
import { exampleOutput } from "../../src/docs/render-examples";
import { PROJECT_ROOT } from "../../src/shared/paths";
import { useSeededDatabase } from "../support/seeded-database";

const examples = documentationFiles().flatMap((file) =>
  documentedExamples(readFileSync(file, "utf8")).map((example) => ({
    page: relative(PROJECT_ROOT, file),
    ...example,
  })),
);

describe("the example operations of the README and the guides", () => {
  const db = useSeededDatabase();

  it("are the operation files the tests run, verbatim", () => {
    const files = readExampleOperations().map((operation) => operation.text);
    expect(examples.length).toBeGreaterThanOrEqual(9);
    for (const example of examples) {
      expect(files).toContain(example.operation);
    }
  });

  it("include the README's first query", () => {
    expect(examples.some((example) => example.page === "README.md")).toBe(true);
  });

  it.each(
    examples.map((example) => [example.page, /query (\w+)/.exec(example.operation)?.[1] ?? "?", example]),
  )(
    "%s: %s shows the output the seed graph gives today (npm run docs:examples refreshes it)",
    async (_page, _name, example) => {
      const actual = JSON.parse(await exampleOutput(db.executor, example.operation));
      expect(actual.errors).toBeUndefined();
      expect(JSON.parse(example.output)).toEqual(actual);
    },
  );
});
