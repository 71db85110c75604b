import { encodeCursor } from "../shared/pagination";
import type { Shape, ShapeFields } from "./compile";

/**
 * Marks a value the compiled read built: its fields are already there, under their response keys, and
 * the schema's resolvers hand them back as they are (src/compiler/compiled-reads.ts).
 */
export const COMPILED = Symbol("compiled");

export type CompiledValue = Record<string | symbol, unknown>;

/** Marks a compiled page that holds no item (whatever the client selected of it). */
const NO_ITEMS = Symbol("no items");

export function isCompiled(value: unknown): value is CompiledValue {
  return typeof value === "object" && value !== null && (value as CompiledValue)[COMPILED] === true;
}

interface PageValue {
  totalCount: number | null;
  items: Array<{ key: number; id: string; node?: unknown }>;
}

/** Whether a compiled field's value found nothing: an empty list, or a page without items. */
export function foundNothing(value: unknown): boolean {
  return Array.isArray(value) ? value.length === 0 : isCompiled(value) && value[NO_ITEMS] === true;
}

/** Turns a compiled statement's answer into GraphQL values: marks objects, builds pages' cursors. */
export function assemble(shape: Shape, value: unknown): unknown {
  if (shape.kind === "page") {
    return page(shape, value as PageValue | null);
  }
  if (value === null || value === undefined || shape.kind === "scalar") {
    return value ?? null;
  }
  switch (shape.kind) {
    case "list":
      return (value as unknown[]).map((item) => assemble(shape.of, item));
    case "object":
      return object(value as CompiledValue, shape.fields);
    case "abstract":
      return object(value as CompiledValue, shape.byType[String((value as CompiledValue).__typename)] ?? {});
  }
}

function object(value: CompiledValue, fields: ShapeFields): CompiledValue {
  for (const [key, shape] of Object.entries(fields)) {
    value[key] = assemble(shape, value[key]);
  }
  value[COMPILED] = true;
  return value;
}

/** A page's items (first + 1 were read) as a connection with the client's response keys. */
function page(shape: Extract<Shape, { kind: "page" }>, value: PageValue | null): CompiledValue {
  const items = value?.items ?? [];
  const shown = items.slice(0, shape.first);
  const nodes = shape.item ? shown.map((item) => assemble(shape.item as Shape, item.node)) : [];
  const cursors = shown.map((item) => encodeCursor(item.key, item.id, shape.list));
  const keys = shape.connection;
  const connection: CompiledValue = { [COMPILED]: true, [NO_ITEMS]: items.length === 0 };
  for (const key of keys.totalCount) {
    connection[key] = value?.totalCount ?? 0;
  }
  for (const key of keys.nodes) {
    connection[key] = nodes;
  }
  for (const edges of keys.edges) {
    connection[edges.key] = shown.map((_, index) => {
      const edge: CompiledValue = { [COMPILED]: true };
      for (const key of edges.cursor) edge[key] = cursors[index];
      for (const key of edges.node) edge[key] = nodes[index];
      return edge;
    });
  }
  for (const info of keys.pageInfo) {
    const pageInfo: CompiledValue = { [COMPILED]: true };
    for (const key of info.hasNextPage) pageInfo[key] = items.length > shape.first;
    for (const key of info.endCursor) pageInfo[key] = cursors.at(-1) ?? null;
    connection[info.key] = pageInfo;
  }
  return connection;
}
