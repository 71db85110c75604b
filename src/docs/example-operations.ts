import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../shared/paths";

/**
 * The example operations in schema/operations/*.graphql: what the README and the guides show, what
 * the tests run, and what codegen types. A `# Variables: {...}` line gives the variables the shown
 * output used.
 */
export const OPERATIONS_DIR = join(PROJECT_ROOT, "schema", "operations");

export interface ExampleOperation {
  file: string;
  text: string;
  variables: Record<string, unknown>;
}

export function readExampleOperations(dir = OPERATIONS_DIR): ExampleOperation[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const variables = /^# Variables: (.+)$/m.exec(text)?.[1];
      return { file, text, variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : {} };
    });
}

/** The pages whose examples are run and checked: the README and every guide in docs/. */
export function documentationFiles(): string[] {
  const docs = join(PROJECT_ROOT, "docs");
  return [
    join(PROJECT_ROOT, "README.md"),
    ...readdirSync(docs)
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map((name) => join(docs, name)),
  ];
}

/** A documented example: an operation in a ```graphql block, and the output shown under it. */
export interface DocumentedExample {
  operation: string;
  output: string;
  /** Where the output's JSON starts and ends in the page, to rewrite it. */
  outputStart: number;
  outputEnd: number;
}

const EXAMPLE = /```graphql\n([\s\S]*?)```\n\n<details><summary>[^<]*<\/summary>\n\n```json\n([\s\S]*?)```/g;

export function documentedExamples(page: string): DocumentedExample[] {
  return [...page.matchAll(EXAMPLE)].map((match) => {
    const operation = match[1] ?? "";
    const output = match[2] ?? "";
    const outputStart = (match.index ?? 0) + match[0].length - 3 - output.length;
    return { operation, output, outputStart, outputEnd: outputStart + output.length };
  });
}
