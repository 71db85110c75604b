import { type ASTNode, Kind, parse, visit } from "graphql";

/**
 * The argument a literal value at this offset of the document was given for, as a path
 * ("filter.period.from"): graphql-js names the variable of a bad variable value, but not the argument
 * of a bad literal, and "Expected value of type Date" alone does not say which of several dates.
 */
export function argumentPathAt(document: string, offset: number): string | null {
  let found: string | null = null;
  try {
    visit(parse(document), {
      enter(node, _key, parent, _path, ancestors) {
        if (found !== null || node.loc?.start !== offset || !isValue(node)) return;
        // graphql-js leaves the direct parent out of `ancestors`.
        const names = [...ancestors, parent].flatMap((ancestor) =>
          ancestor &&
          !Array.isArray(ancestor) &&
          ((ancestor as ASTNode).kind === Kind.ARGUMENT || (ancestor as ASTNode).kind === Kind.OBJECT_FIELD)
            ? [(ancestor as { name: { value: string } }).name.value]
            : [],
        );
        found = names.length > 0 ? names.join(".") : null;
      },
    });
  } catch {
    return null;
  }
  return found;
}

function isValue(node: ASTNode): boolean {
  return (
    node.kind === Kind.STRING || node.kind === Kind.INT || node.kind === Kind.FLOAT || node.kind === Kind.ENUM
  );
}
