import type { ReadExecutor } from "../db/executor";

/**
 * How the compiled read path answers the fields of a GraphQL type: each module says, in its
 * `<module>.fields.ts`, which Cypher serves each field. In Cypher text, `this` is the parent value
 * (a node, or a map a fragment returned).
 */
export type FieldSpec =
  /** A scalar, computed from the parent, e.g. `this.nameEn` or `toString(this.signedOn)`. */
  | { value: string }
  /** An object whose `this` is this expression (null when it is null, or when `when` is false). */
  | { object: string; when?: string }
  /** A list of objects, one per element of this list expression. */
  | { each: string }
  /**
   * A named `// :field` fragment of a cypher/ file, composed under the parent. Its body sees the
   * parent as `this` and ends with `RETURN ... AS row`: for "one" at most one row, the object; for
   * "list" one row, the ordered list of objects; for "page" one row, {totalCount, page} where page
   * holds {key, id, node} items (first + 1 of them). Its `$parameters` come from `params`, named
   * apart per field path in the compiled statement.
   */
  | FragmentSpec;

export interface FragmentSpec {
  fragment: string | ((args: Arguments) => string);
  returns: "one" | "list" | "page";
  /** For a page: the list its cursors belong to (as the resolver tags them, see pageRequest). */
  list?: (args: Arguments) => string;
  /**
   * The fragment's parameters from the field's arguments; null when these arguments are not compiled
   * (the field then falls back to the loaders). `selected` tells whether the field's selection has a
   * sub-field of that name (e.g. totalCount). May throw the same errors as the resolver.
   */
  params?: (args: Arguments, selected: (name: string) => boolean) => Record<string, unknown> | null;
  /**
   * A nested field whose arguments name ids (a filter's participants): what proves its answer when
   * it is empty, as its resolver does (an id naming nothing is NOT_FOUND). Run only then: an answer
   * with rows proves its ids. A root field needs none: an empty one runs its resolver. `reader` is
   * the request's.
   */
  proveEmpty?: (args: Arguments, reader: ReadExecutor) => Promise<void>;
  /**
   * A root field's prelude: a `// :field` fragment whose row becomes the field fragment's `this`, run
   * once for all root fields of a request that ask it with the same parameters (two charts of one
   * province's facts read them once, however each filters them).
   */
  prelude?: { fragment: string; params: (args: Arguments) => Record<string, unknown> };
}

export type Arguments = Record<string, unknown>;

/** By GraphQL type name (an object type, or an interface whose implementations share the entry), by field. */
export type FieldTable = Record<string, Record<string, FieldSpec>>;
