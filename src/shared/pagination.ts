import { NonNegativeIntResolver } from "graphql-scalars";
import { ArgsType, type ClassType, Field, Int, ObjectType } from "type-graphql";
import { AppError, ErrorCode } from "./errors";

/**
 * Relay connections with keyset cursors: a cursor carries the sort key and id of the last item seen,
 * never an offset, so a page stays right when items are added before it.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Where a keyset page starts: after the item with this sort key and id. */
export interface Keyset {
  afterKey: number | null;
  afterId: string | null;
}

export interface PageRequest extends Keyset {
  first: number;
  /** Whether to count the whole list (only when the client selects `totalCount`); else it is null. */
  countTotal: boolean;
}

/** One page as a repository returns it: the items, the total matching (if counted), whether more follow. */
export interface Page<T> {
  items: Array<{ key: number; id: string; value: T }>;
  totalCount: number | null;
  hasNextPage: boolean;
}

/** Which page of a list: up to `first` items after the `after` cursor (Relay's arguments). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number;

  @Field({ nullable: true, description: "The endCursor of the previous page." })
  after?: string;
}

/**
 * `list` names the list (and its order, e.g. "partners:FACT_COUNT"): its cursors carry it, so that a
 * cursor of another list, whose key means something else, is refused rather than misread.
 */
export function pageRequest(
  list: string,
  first: number | null | undefined,
  after: string | null | undefined,
  countTotal = true,
): PageRequest {
  return { first: checkedPageSize(first ?? DEFAULT_PAGE_SIZE), ...decodeCursor(after, list), countTotal };
}

/** Every list's size cap: BAD_USER_INPUT naming the argument and the accepted range. */
export function checkedPageSize(first: number, argument = "first"): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Argument "${argument}" must be between 1 and ${MAX_PAGE_SIZE}; got ${first}.`,
      {
        details: { argument, min: 1, max: MAX_PAGE_SIZE },
      },
    );
  }
  return first;
}

/** An opaque cursor: the item's sort key and id, and the list it belongs to. */
export function encodeCursor(key: number, id: string, list: string): string {
  return Buffer.from(JSON.stringify([key, id, list])).toString("base64url");
}

function decodeCursor(cursor: string | null | undefined, list: string): Keyset {
  if (!cursor) {
    return { afterKey: null, afterId: null };
  }
  let decoded: unknown[] | null = null;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
  } catch {
    // Fall through to the error below.
  }
  const [key, id, tag] = Array.isArray(decoded) ? decoded : [];
  if (typeof key === "number" && typeof id === "string") {
    if (tag !== list) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Argument "after" is a cursor of another list (${typeof tag === "string" ? tag : "an untagged one"}), not of ${list}; pass this list's pageInfo.endCursor.`,
        { details: { argument: "after", list } },
      );
    }
    return { afterKey: key, afterId: id };
  }
  throw new AppError(
    ErrorCode.BAD_USER_INPUT,
    'Argument "after" is not a cursor this API issued; pass a pageInfo.endCursor.',
    {
      details: { argument: "after" },
    },
  );
}

/** Cuts the extra item a repository fetched (limit = first + 1) into hasNextPage. */
export function toPage<T>(
  rows: Array<{ key: number; id: string; value: T }>,
  totalCount: number | null,
  request: PageRequest,
): Page<T> {
  return {
    items: rows.slice(0, request.first),
    totalCount: request.countTotal ? totalCount : null,
    hasNextPage: rows.length > request.first,
  };
}

@ObjectType({ description: "Where a page sits in its list." })
export class PageInfo {
  @Field({ description: "Whether another page follows this one." })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last item; pass it as `after` for the next page.",
  })
  endCursor!: string | null;
}

/** The GraphQL shape of a page: edges with cursors (of `list`), the nodes alone, pageInfo and the total. */
export function toConnection<T>(page: Page<T>, list: string) {
  const edges = page.items.map((item) => ({
    cursor: encodeCursor(item.key, item.id, list),
    node: item.value,
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * A Relay connection type for items of one GraphQL type: `${name}Connection` with `${name}Edge`.
 * Each call creates the two classes, so call it once per item type.
 */
export function ConnectionType<T extends object>(
  itemType: ClassType<T> | (abstract new () => T),
  name: string,
) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field({ description: "Pass as `after` to start the next page after this item." })
    cursor!: string;

    @Field(() => itemType, { description: "The item." })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (keyset cursors).` })
  class Connection {
    @Field(() => [Edge], { description: "The items of this page with their cursors." })
    edges!: Edge[];

    @Field(() => [itemType], { description: "The items of this page, without cursors." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Where this page sits in the list." })
    pageInfo!: PageInfo;

    @Field(() => NonNegativeIntResolver, {
      description: "How many items the whole list holds, counted in the database.",
    })
    totalCount!: number;
  }
  return Connection;
}
