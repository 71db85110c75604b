import { readdirSync } from "node:fs";
import { join } from "node:path";
import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isNonNullType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import { CYPHER_DIR, readCypherFile } from "../db/cypher-files";
import { withLabels, withoutUnsetOptions } from "../db/statements";
import { AppError } from "../shared/errors";
import type { Arguments, FieldSpec, FieldTable, FragmentSpec } from "./field-table";

/**
 * The compiled read path: one root field's whole selection turned into ONE Cypher statement that
 * returns exactly the selected fields as nested maps, composed from the hand-written `// :field`
 * fragments of cypher/ that the modules' field tables name. What the tables do not cover is not
 * compiled: the root field then runs through its resolvers and loaders as before.
 */

/** One root field's statement, its parameters, and how to turn its answer into GraphQL values. */
export interface Plan {
  statement: string;
  params: Record<string, unknown>;
  shape: Shape;
  /** The statement without its final RETURN: what binds the value, and the value's expression. */
  body: { lines: string[]; expr: string };
  /**
   * What the body reads as PRELUDE_VARIABLE (a field table's prelude), bound before it: one subquery
   * ending `RETURN ... AS ${PRELUDE_VARIABLE}`. Plans of one request with the same `key` share it.
   */
  prelude?: { key: string; text: string };
}

/** The variable a root field's prelude binds, and its fragment reads as `this`. */
export const PRELUDE_VARIABLE = "prelude_0";

/** The form of a compiled value, for the assembly of the answer (src/compiler/assemble.ts). */
export type Shape =
  | { kind: "scalar" }
  | { kind: "object"; fields: ShapeFields }
  | { kind: "abstract"; byType: Record<string, ShapeFields> }
  | { kind: "list"; of: Shape }
  | { kind: "page"; first: number; item: Shape | null; connection: ConnectionKeys; list: string };

/** The response keys of an object whose values need assembling (the others pass as they are). */
export type ShapeFields = Record<string, Shape>;

/** Where a page's parts go, by the response keys the client chose. */
export interface ConnectionKeys {
  totalCount: string[];
  nodes: string[];
  edges: Array<{ key: string; cursor: string[]; node: string[] }>;
  pageInfo: Array<{ key: string; hasNextPage: string[]; endCursor: string[] }>;
}

/** A selection the tables do not cover (or cannot express): not an error, the loaders answer it. */
class NotCompiled extends Error {}

const SCALAR: Shape = { kind: "scalar" };

export interface RootRequest {
  fieldName: string;
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
  /** The root field's response key (its alias or name), which namespaces the parameters. */
  responseKey: string;
}

export class ReadCompiler {
  private readonly fragments = new Map<string, string>();
  private readonly table: FieldTable = {};

  constructor(
    private readonly schema: GraphQLSchema,
    tables: FieldTable[],
    cypherDir = CYPHER_DIR,
  ) {
    for (const file of readdirSync(cypherDir).filter((name) => name.endsWith(".cypher"))) {
      for (const [name, text] of readCypherFile(join(cypherDir, file)).fields) {
        if (this.fragments.has(name)) {
          throw new Error(`${file}: field fragment "${name}" is defined twice`);
        }
        this.fragments.set(name, text);
      }
    }
    for (const table of tables) {
      for (const [type, fields] of Object.entries(table)) {
        this.table[type] = { ...this.table[type], ...fields };
      }
    }
  }

  /** Whether a root field has an entry (its requests may still fall back, by their selection). */
  covers(rootField: string): boolean {
    return this.table.Query?.[rootField] !== undefined;
  }

  /** The plan of one root field, or null when its selection is not compiled. */
  compile(request: RootRequest): Plan | null {
    const queryType = this.schema.getQueryType();
    const spec = this.table.Query?.[request.fieldName];
    const definition = queryType?.getFields()[request.fieldName];
    if (!spec || !definition) {
      return null;
    }
    const compilation = new Compilation(this, request);
    try {
      const args = compilation.argumentsOf(definition, request.fieldNodes);
      const prelude = "prelude" in spec && spec.prelude ? compilation.prelude(spec.prelude, args) : undefined;
      const compiled = compilation.field(
        spec,
        prelude ? PRELUDE_VARIABLE : null,
        definition.type,
        request.fieldNodes,
        args,
        [request.responseKey],
      );
      const lines = bind(prelude ? PRELUDE_VARIABLE : null, compiled.lets);
      const statement = [
        ...(prelude ? [`CALL () {\n${indent(prelude.text)}\n}`] : []),
        ...lines,
        `RETURN ${compiled.expr} AS value`,
      ].join("\n");
      return {
        statement,
        params: compilation.params,
        shape: compiled.shape,
        body: { lines, expr: compiled.expr },
        ...(prelude ? { prelude } : {}),
      };
    } catch (error) {
      // Bad arguments too: the resolvers report them at the field that has them, as before.
      if (error instanceof NotCompiled || error instanceof AppError) {
        return null;
      }
      throw error;
    }
  }

  /** What serves a field of an object type (an interface's entry serves its implementations). */
  specOf(type: GraphQLObjectType, field: string): FieldSpec | undefined {
    return (
      this.table[type.name]?.[field] ??
      type
        .getInterfaces()
        .map((face) => this.table[face.name]?.[field])
        .find((spec) => spec !== undefined)
    );
  }

  /** @internal */
  fragment(name: string): string {
    const text = this.fragments.get(name);
    if (text === undefined) {
      throw new Error(`No Cypher field fragment named "${name}" in cypher/`);
    }
    return text;
  }

  /** @internal */
  possibleTypes(type: GraphQLNamedType): readonly GraphQLObjectType[] {
    if (isObjectType(type)) {
      return [type];
    }
    return isAbstractType(type) ? this.schema.getPossibleTypes(type) : [];
  }

  /** @internal */
  applies(condition: string, type: GraphQLObjectType): boolean {
    if (condition === type.name || type.getInterfaces().some((face) => face.name === condition)) {
      return true;
    }
    const named = this.schema.getType(condition);
    return (
      named !== undefined && named !== null && isAbstractType(named) && this.schema.isSubType(named, type)
    );
  }
}

/**
 * A compiled value: its expression, and the subqueries it needs bound first (`lets`, by name):
 * Cypher refuses a subquery holding an aggregation inside a map or list expression beside other
 * values, so each one is bound in a WITH of its own scope and the map names it.
 */
interface Compiled {
  expr: string;
  shape: Shape;
  lets: Let[];
}

type Let = [name: string, expr: string];

interface Selected {
  key: string;
  name: string;
  nodes: FieldNode[];
}

/** One compilation: the parameters gathered so far. Variable names derive from the depth, so that
 * the same selection compiles to the same text (siblings live in separate subquery scopes). */
class Compilation {
  readonly params: Record<string, unknown> = {};

  constructor(
    private readonly compiler: ReadCompiler,
    private readonly request: RootRequest,
  ) {}

  argumentsOf(definition: Parameters<typeof getArgumentValues>[0], nodes: readonly FieldNode[]): Arguments {
    const [first, ...others] = nodes.map((node) =>
      getArgumentValues(definition, node, this.request.variableValues),
    );
    const text = JSON.stringify(first);
    if (others.some((args) => JSON.stringify(args) !== text)) {
      throw new NotCompiled("one response key asked with different arguments");
    }
    return first ?? {};
  }

  /** A root field's prelude, its text ending `AS ${PRELUDE_VARIABLE}`, keyed by fragment and values. */
  prelude(spec: NonNullable<FragmentSpec["prelude"]>, args: Arguments): { key: string; text: string } {
    const params = spec.params(args);
    return {
      key: JSON.stringify([spec.fragment, params]),
      text: this.fragmentText(spec.fragment, "this_prelude", PRELUDE_VARIABLE, params, [
        this.request.responseKey,
        "prelude",
      ]),
    };
  }

  field(
    spec: FieldSpec,
    self: string | null,
    type: GraphQLOutputType,
    nodes: readonly FieldNode[],
    args: Arguments,
    path: string[],
  ): Compiled {
    const named = getNamedType(type);
    const sets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    const depth = path.length;
    if ("value" in spec) {
      return { expr: substitute(spec.value, self), shape: SCALAR, lets: [] };
    }
    if ("object" in spec) {
      const child = substitute(spec.object, self);
      const inner = this.object(named, sets, child, path);
      const conditions = [
        ...(isNonNullType(type) ? [] : [`${child} IS NOT NULL`]),
        ...(spec.when ? [substitute(spec.when, self)] : []),
      ];
      const expr =
        conditions.length > 0 ? `CASE WHEN ${conditions.join(" AND ")} THEN ${inner.expr} END` : inner.expr;
      return { ...inner, expr };
    }
    if ("each" in spec) {
      const item = `x_${depth}`;
      const inner = this.object(named, sets, item, path);
      return {
        expr: listOf(item, substitute(spec.each, self), inner),
        shape: { kind: "list", of: inner.shape },
        lets: [],
      };
    }
    const connection = spec.returns === "page" ? this.connection(named, sets) : null;
    const params = spec.params
      ? spec.params(args, (name) => connection?.fieldNames.has(name) ?? this.selects(named, sets, name))
      : {};
    if (params === null) {
      throw new NotCompiled("arguments not compiled");
    }
    const name = typeof spec.fragment === "string" ? spec.fragment : spec.fragment(args);
    const row = `row_${depth}`;
    const parent = self === null || /^\w+$/.test(self) ? self : `this_${depth}`;
    const body = this.fragmentText(name, parent ?? `this_${depth}`, row, params, path);
    const rename = parent !== self ? [`WITH ${self} AS ${parent}`] : [];
    const call = [...rename, `CALL (${parent ?? ""}) {`, indent(body), "}"];
    const inline = parent === null ? null : inlined(body, spec.returns, row, `x_${depth}`);
    if (inline) {
      const inner = this.object(named, sets, inline.value, path);
      return {
        expr: subquery(
          [...rename, ...inline.lines, ...bind(inline.value, inner.lets), `RETURN ${inner.expr} AS value`],
          spec.returns === "one" ? "[0]" : "",
        ),
        shape: spec.returns === "one" ? inner.shape : { kind: "list", of: inner.shape },
        lets: [],
      };
    }
    if (spec.returns === "one") {
      const inner = this.object(named, sets, row, path);
      return {
        expr: subquery([...call, ...bind(row, inner.lets), `RETURN ${inner.expr} AS value`], "[0]"),
        shape: inner.shape,
        lets: [],
      };
    }
    if (spec.returns === "list") {
      const item = `x_${depth}`;
      const inner = this.object(named, sets, item, path);
      return {
        expr: subquery([...call, `RETURN ${listOf(item, row, inner)} AS value`], "[0]"),
        shape: { kind: "list", of: inner.shape },
        lets: [],
      };
    }
    if (!connection) {
      throw new Error(`${name}: a page needs a connection type`);
    }
    if (!spec.list) {
      throw new Error(`${name}: a page needs its list, the tag of its cursors`);
    }
    const item = `it_${depth}`;
    const inner =
      connection.itemSets.length > 0 && connection.itemType
        ? this.object(connection.itemType, connection.itemSets, `${item}.node`, path)
        : null;
    const limit = params.limit;
    if (typeof limit !== "number") {
      throw new Error(`${name}: a page's params need limit (first + 1)`);
    }
    const items = listOf(item, `${row}.page`, {
      expr: `{key: ${item}.key, id: ${item}.id${inner ? `, node: ${inner.expr}` : ""}}`,
      lets: inner?.lets ?? [],
    });
    const bound: Let[] = items.includes("COLLECT {") ? [[`items_${depth}`, items]] : [];
    return {
      expr: subquery(
        [
          ...call,
          ...bind(row, bound),
          `RETURN {totalCount: ${row}.totalCount, items: ${bound.length > 0 ? `items_${depth}` : items}} AS value`,
        ],
        "[0]",
      ),
      shape: {
        kind: "page",
        first: limit - 1,
        item: inner?.shape ?? null,
        connection: connection.keys,
        list: spec.list(args),
      },
      lets: [],
    };
  }

  /** A map of the selected fields of a value of this type (one map per possible type when abstract). */
  private object(type: GraphQLNamedType, sets: SelectionSetNode[], self: string, path: string[]): Compiled {
    const types = this.compiler.possibleTypes(type);
    if (types.length === 0) {
      throw new NotCompiled(`${type.name} is not an object type`);
    }
    const lets = new Map<string, { expr: string; types: string[] }>();
    const maps = types.map((object) => {
      const entries = this.entries(object, sets, self, path);
      // Types asking the same key of different Cypher bind it under their own name.
      let text = entries.text;
      for (const [name, expr] of entries.lets) {
        const known = lets.get(name);
        const bound = known === undefined || known.expr === expr ? name : `${name}_${object.name}`;
        lets.set(bound, { expr, types: [...(lets.get(bound)?.types ?? []), object.name] });
        text = text.replace(new RegExp(`(?<![\\w.])${name}(?!\\w)`, "g"), bound);
      }
      return { object, text, fields: entries.fields };
    });
    // A subquery only some types ask for (`... on LocalityGroup { members }`) runs only for those.
    const letList = [...lets.entries()].map(([name, { expr, types: askers }]): Let => {
      if (askers.length === types.length) {
        return [name, expr];
      }
      const names = askers.map((asker) => `'${asker}'`).join(", ");
      const guard = `WITH * WHERE any(label IN labels(${self}) WHERE label IN [${names}])`;
      return [name, expr.replace(/^COLLECT \{\n/, `COLLECT {\n  ${guard}\n`)];
    });
    if (!isAbstractType(type)) {
      const [only] = maps;
      return {
        expr: `{${only?.text ?? ""}}`,
        shape: { kind: "object", fields: only?.fields ?? {} },
        lets: letList,
      };
    }
    const byType = Object.fromEntries(maps.map((map) => [map.object.name, map.fields]));
    const shape: Shape = { kind: "abstract", byType };
    const [first] = maps;
    if (first && maps.every((map) => map.text === first.text)) {
      const names = types.map((object) => `'${object.name}'`).join(", ");
      const typename = `__typename: [label IN labels(${self}) WHERE label IN [${names}]][0]`;
      return { expr: `{${[first.text, typename].filter(Boolean).join(", ")}}`, shape, lets: letList };
    }
    const cases = maps.map(
      (map) =>
        `WHEN '${map.object.name}' IN labels(${self}) THEN {${[map.text, `__typename: '${map.object.name}'`].filter(Boolean).join(", ")}}`,
    );
    return { expr: `CASE ${cases.join(" ")} END`, shape, lets: letList };
  }

  private entries(type: GraphQLObjectType, sets: SelectionSetNode[], self: string, path: string[]) {
    const parts: string[] = [];
    const lets: Let[] = [];
    const fields: ShapeFields = {};
    for (const selected of this.collect(type, sets).values()) {
      if (selected.name === "__typename") {
        continue;
      }
      const spec = this.compiler.specOf(type, selected.name);
      const definition = type.getFields()[selected.name];
      if (!spec || !definition) {
        throw new NotCompiled(`${type.name}.${selected.name}`);
      }
      const args = this.argumentsOf(definition, selected.nodes);
      const compiled = this.field(spec, self, definition.type, selected.nodes, args, [...path, selected.key]);
      lets.push(...compiled.lets);
      if (compiled.expr.includes("COLLECT {")) {
        const name = `f${path.length}_${selected.key}`;
        lets.push([name, compiled.expr]);
        parts.push(`\`${selected.key}\`: ${name}`);
      } else {
        parts.push(`\`${selected.key}\`: ${compiled.expr}`);
      }
      if (compiled.shape.kind !== "scalar") {
        fields[selected.key] = compiled.shape;
      }
    }
    return { text: parts.join(", "), fields, lets };
  }

  /** A connection's selection: where its parts go, and the merged selection of its items. */
  private connection(type: GraphQLNamedType, sets: SelectionSetNode[]) {
    if (!isObjectType(type)) {
      throw new NotCompiled(`${type.name} is not a connection`);
    }
    const keys: ConnectionKeys = { totalCount: [], nodes: [], edges: [], pageInfo: [] };
    const itemSets: SelectionSetNode[] = [];
    const fieldNames = new Set<string>();
    const setsOf = (nodes: FieldNode[]) =>
      nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    const typeOf = (object: GraphQLObjectType, field: string) =>
      getNamedType(object.getFields()[field]?.type);
    for (const selected of this.collect(type, sets).values()) {
      fieldNames.add(selected.name);
      if (selected.name === "totalCount") {
        keys.totalCount.push(selected.key);
      } else if (selected.name === "nodes") {
        keys.nodes.push(selected.key);
        itemSets.push(...setsOf(selected.nodes));
      } else if (selected.name === "edges") {
        const edge = typeOf(type, "edges");
        if (!edge || !isObjectType(edge)) throw new NotCompiled("edges");
        const entry = { key: selected.key, cursor: [] as string[], node: [] as string[] };
        for (const part of this.collect(edge, setsOf(selected.nodes)).values()) {
          if (part.name === "cursor") entry.cursor.push(part.key);
          else if (part.name === "node") {
            entry.node.push(part.key);
            itemSets.push(...setsOf(part.nodes));
          } else if (part.name !== "__typename") throw new NotCompiled(`edges.${part.name}`);
        }
        keys.edges.push(entry);
      } else if (selected.name === "pageInfo") {
        const info = typeOf(type, "pageInfo");
        if (!info || !isObjectType(info)) throw new NotCompiled("pageInfo");
        const entry = { key: selected.key, hasNextPage: [] as string[], endCursor: [] as string[] };
        for (const part of this.collect(info, setsOf(selected.nodes)).values()) {
          if (part.name === "hasNextPage") entry.hasNextPage.push(part.key);
          else if (part.name === "endCursor") entry.endCursor.push(part.key);
          else if (part.name !== "__typename") throw new NotCompiled(`pageInfo.${part.name}`);
        }
        keys.pageInfo.push(entry);
      } else if (selected.name !== "__typename") {
        throw new NotCompiled(`${type.name}.${selected.name}`);
      }
    }
    return { keys, itemSets, itemType: typeOf(type, "nodes"), fieldNames };
  }

  private selects(type: GraphQLNamedType, sets: SelectionSetNode[], name: string): boolean {
    return this.compiler
      .possibleTypes(type)
      .some((object) => [...this.collect(object, sets).values()].some((selected) => selected.name === name));
  }

  /** The fields selected on an object type, by response key, through fragments, @skip and @include. */
  private collect(
    type: GraphQLObjectType,
    sets: readonly SelectionSetNode[],
    found = new Map<string, Selected>(),
    visited = new Set<string>(),
  ): Map<string, Selected> {
    for (const set of sets) {
      for (const selection of set.selections) {
        if (!this.included(selection)) {
          continue;
        }
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const entry = found.get(key) ?? { key, name: selection.name.value, nodes: [] };
          if (entry.name !== selection.name.value) {
            throw new NotCompiled(`response key ${key} names two fields`);
          }
          entry.nodes.push(selection);
          found.set(key, entry);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition?.name.value;
          if (!condition || this.compiler.applies(condition, type)) {
            this.collect(type, [selection.selectionSet], found, visited);
          }
        } else {
          const fragment = this.request.fragments[selection.name.value];
          if (fragment && !visited.has(fragment.name.value)) {
            visited.add(fragment.name.value);
            if (this.compiler.applies(fragment.typeCondition.name.value, type)) {
              this.collect(type, [fragment.selectionSet], found, visited);
            }
          }
        }
      }
    }
    return found;
  }

  private included(node: Parameters<typeof getDirectiveValues>[1]): boolean {
    const variables = this.request.variableValues;
    return (
      getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true &&
      getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false
    );
  }

  /** A fragment's text for one place: `this` and `row` named for the depth, parameters for the path. */
  private fragmentText(
    name: string,
    parent: string,
    row: string,
    params: Record<string, unknown>,
    path: string[],
  ): string {
    const prefix = `p_${path.join("_")}`;
    // As for the named statements: a dynamic label naming one of the graph's labels is written in,
    // and a condition on an option left unset is written as `true`.
    return withoutUnsetOptions(withLabels(this.compiler.fragment(name), params), params)
      .replace(/(?<![\w.$`])this(?![\w`])/g, parent)
      .replace(/(?<![\w.$`])row(?![\w`])/g, row)
      .replace(/\$(\w+)/g, (_whole, param: string) => {
        if (!(param in params)) {
          throw new Error(`Field fragment "${name}" uses $${param}, which its field table does not give`);
        }
        this.params[`${prefix}_${param}`] = params[param];
        return `$${prefix}_${param}`;
      });
  }
}

/** `this` in a table's Cypher stands for the parent's expression. */
function substitute(text: string, self: string | null): string {
  if (self === null) {
    if (/(?<![\w.$`])this(?![\w`])/.test(text)) {
      throw new Error(`"${text}" needs a parent`);
    }
    return text;
  }
  return text.replace(/(?<![\w.$`])this(?![\w`])/g, self);
}

/**
 * A nested fragment's body written straight into the COLLECT {} that projects it, where its last
 * clause allows: its `RETURN x AS row` becomes a WITH, and a list's `RETURN collect(x) AS row` yields
 * one row per element (collect's ORDER BY kept, its nulls dropped), so Neo4j neither runs a CALL
 * per parent nor builds a list only to map it. Its variables cannot meet the outer scope's, which
 * holds the compiler's names only (x_1, it_1, row_1, ...). Null: the CALL form is needed.
 */
function inlined(
  body: string,
  returns: FragmentSpec["returns"],
  row: string,
  item: string,
): { lines: string[]; value: string } | null {
  const lines = body.split("\n");
  const last = lines.findLastIndex((line) => line.startsWith("RETURN "));
  if (last < 0) {
    return null;
  }
  const head = lines.slice(0, last);
  const clause = lines.slice(last).join("\n").slice("RETURN ".length);
  if (returns === "one") {
    return { lines: [...head, `WITH ${clause}`], value: row };
  }
  const collected =
    returns === "list" ? /^collect\((?!\s*DISTINCT\b)([\s\S]*)\) AS (\w+)$/.exec(clause) : null;
  if (!collected || collected[2] !== row) {
    return null;
  }
  return { lines: [...head, `WITH ${collected[1]} AS ${item}`, `WHERE ${item} IS NOT NULL`], value: item };
}

/**
 * Each element of a list, projected: a list comprehension, or where the projection needs subqueries
 * an UNWIND in one (Cypher allows no aggregation inside an expression over a list).
 */
function listOf(item: string, list: string, projection: { expr: string; lets: Let[] }): string {
  return projection.lets.length > 0
    ? subquery(
        [`UNWIND ${list} AS ${item}`, ...bind(item, projection.lets), `RETURN ${projection.expr} AS value`],
        "",
      )
    : `[${item} IN ${list} | ${projection.expr}]`;
}

/** A WITH binding a scope's subqueries, keeping its variable. */
/**
 * The root fields of one request as ONE statement: each plan in a subquery of its own scope (each
 * answers exactly one row), their values in request order under `values`. Their parameters never
 * collide: each root field's are namespaced by its response key, unique in a request.
 */
export function combinePlans(plans: readonly Plan[]): { statement: string; params: Record<string, unknown> } {
  // A prelude asked with the same parameters by several plans is read once (the first asker's
  // parameters; the others' are equal and go unused).
  const preludes = new Map<string, string>();
  const calls = plans.flatMap((plan, index) => {
    const body = [...plan.body.lines, `RETURN ${plan.body.expr} AS value_${index}`];
    if (!plan.prelude) {
      return [`CALL () {\n${indent(body.join("\n"))}\n}`];
    }
    const known = preludes.get(plan.prelude.key);
    const shared = known ?? `prelude_${preludes.size + 1}`;
    preludes.set(plan.prelude.key, shared);
    const read = known
      ? []
      : [`CALL () {\n${indent(renameLast(plan.prelude.text, PRELUDE_VARIABLE, shared))}\n}`];
    return [
      ...read,
      `CALL (${shared}) {\n${indent([`WITH ${shared} AS ${PRELUDE_VARIABLE}`, ...body].join("\n"))}\n}`,
    ];
  });
  const values = plans.map((_, index) => `value_${index}`).join(", ");
  return {
    statement: [...calls, `RETURN [${values}] AS values`].join("\n"),
    params: Object.assign({}, ...plans.map((plan) => plan.params)),
  };
}

/** The text with its last `AS from` (a subquery's RETURN) binding `to` instead. */
function renameLast(text: string, from: string, to: string): string {
  const at = text.lastIndexOf(` AS ${from}`);
  return `${text.slice(0, at)} AS ${to}${text.slice(at + ` AS ${from}`.length)}`;
}

function bind(scope: string | null, lets: Let[]): string[] {
  if (lets.length === 0) {
    return [];
  }
  const columns = [...(scope ? [scope] : []), ...lets.map(([name, expr]) => `${expr} AS ${name}`)];
  return [`WITH ${columns.join(",\n     ")}`];
}

function subquery(lines: string[], suffix: string): string {
  return `COLLECT {\n${indent(lines.join("\n"))}\n}${suffix}`;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
