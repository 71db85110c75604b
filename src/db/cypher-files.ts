import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PROJECT_ROOT } from "../shared/paths";

/** Where the Cypher that matters lives, as .cypher files a reader can run in Neo4j Browser. */
export const CYPHER_DIR = join(PROJECT_ROOT, "cypher");

/** Splits a .cypher file into statements: they end with `;` at the end of a line; `//` lines are comments. */
export function parseCypherStatements(text: string): string[] {
  const withoutComments = text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");
  return withoutComments
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Reads a file of named statements, each introduced by a `// :name some-name` line, so code refers to
 * a statement by what it answers rather than by its text. A `// :fragment some-name` section holds
 * clauses shared by several statements, which include it with a `// :include some-name` line.
 */
export function readNamedStatements(file: string): Map<string, string> {
  return readCypherFile(file).statements;
}

/**
 * A file's named statements and its field fragments: a `// :field Type.field` section is the Cypher
 * the read compiler (src/compiler) composes under a parent to answer that field; it may include
 * fragments like a statement and has no `;`. `// :include other.cypher#name` includes a fragment of
 * another file of the same folder, so that clauses several files need (the fact filter) live once.
 */
export function readCypherFile(file: string): {
  statements: Map<string, string>;
  fields: Map<string, string>;
  fragments: Map<string, string>;
} {
  const statements = new Map<string, string>();
  const fields = new Map<string, string>();
  const fragments = new Map<string, string>();
  const sections = readFileSync(file, "utf8")
    .split(/^\/\/ :(?=name |fragment |field )/m)
    .slice(1);
  for (const section of sections) {
    const [header = "", ...body] = section.split("\n");
    const [kind, name = ""] = header.trim().split(/\s+/);
    const text = body.join("\n").replace(/^\s*\/\/ :include\s+(\S+)\s*$/gm, (_line, fragment: string) => {
      const [otherFile, otherFragment] = fragment.split("#");
      const included =
        otherFragment === undefined
          ? fragments.get(fragment)
          : readCypherFile(join(dirname(file), otherFile ?? "")).fragments.get(otherFragment);
      if (included === undefined) {
        throw new Error(`${file}: "${name}" includes unknown fragment "${fragment}" (define it above)`);
      }
      return included;
    });
    if (kind === "fragment" || kind === "field") {
      (kind === "fragment" ? fragments : fields).set(name, withoutComments(text));
      continue;
    }
    const [statement] = parseCypherStatements(text);
    if (!statement) {
      throw new Error(`${file}: statement "${name}" is empty`);
    }
    statements.set(name, statement);
  }
  return { statements, fields, fragments };
}

function withoutComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .trim();
}

/** One named statement, or a clear error when the file lacks it. */
export function namedStatement(statements: Map<string, string>, name: string): string {
  const statement = statements.get(name);
  if (!statement) {
    throw new Error(`No Cypher statement named "${name}"`);
  }
  return statement;
}
