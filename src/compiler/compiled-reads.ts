import DataLoader from "dataloader";
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from "graphql";
import type { ReadExecutor } from "../db/executor";
import { withIntegers } from "../db/statements";
import type { Logger } from "../shared/logger";
import { assemble, foundNothing, isCompiled } from "./assemble";
import { combinePlans, type Plan, type ReadCompiler, type RootRequest } from "./compile";

/** What a compiled root field needs of the request's context. */
export interface CompiledReadContext {
  reader: ReadExecutor;
  logger?: Logger;
}

/** Plans per operation node and variables: Apollo parses a known query once, so its nodes repeat. */
const PLANS_PER_NODE = 64;

/**
 * Puts the compiled read path into a built schema: a covered root field first tries to compile its
 * selection into one statement (else runs its resolver as before), and every other field hands back
 * what a compiled value already holds under its response key (proved first when empty, if its table
 * says how), or runs its resolver.
 */
export function withCompiledReads(schema: GraphQLSchema, compiler: ReadCompiler): GraphQLSchema {
  const plans = new WeakMap<object, Map<string, Plan | null>>();
  const planOf = (request: RootRequest): Plan | null => {
    const node = request.fieldNodes[0] as object;
    const byVariables = plans.get(node) ?? new Map<string, Plan | null>();
    plans.set(node, byVariables);
    const key = JSON.stringify(request.variableValues);
    if (!byVariables.has(key)) {
      if (byVariables.size >= PLANS_PER_NODE) byVariables.clear();
      byVariables.set(key, compiler.compile(request));
    }
    return byVariables.get(key) ?? null;
  };
  const queryType = schema.getQueryType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) {
      continue;
    }
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
        if (type === queryType) {
          if (compiler.covers(field.name)) {
            field.resolve = async (source, args, context, info) => {
              const plan = planOf({ ...info, responseKey: String(info.path.key) });
              if (!plan) {
                return resolve(source, args, context, info);
              }
              const value = await rootReads(context as CompiledReadContext).load({
                field: String(info.path.key),
                name: info.fieldName,
                plan,
              });
              // An empty answer is the resolver's to explain: an id naming nothing is NOT_FOUND there.
              return isEmpty(value) ? resolve(source, args, context, info) : assemble(plan.shape, value);
            };
          }
          continue;
        }
        const spec = compiler.specOf(type, field.name);
        const proveEmpty = spec && "fragment" in spec ? spec.proveEmpty : undefined;
        field.resolve = (source, args, context, info) => {
          if (!isCompiled(source)) {
            return resolve(source, args, context, info);
          }
          const value = source[info.path.key];
          // An empty nested answer is proved as its resolver would (an id naming nothing: NOT_FOUND).
          return proveEmpty && foundNothing(value)
            ? proveEmpty(args, (context as CompiledReadContext).reader).then(() => value)
            : value;
        };
      }
    } else if (isInterfaceType(type) || isUnionType(type)) {
      const resolveType = type.resolveType;
      type.resolveType = (value, context, info, abstractType) =>
        isCompiled(value) ? String(value.__typename) : resolveType?.(value, context, info, abstractType);
    }
  }
  return schema;
}

interface RootRead {
  /** The response key, which the logs name. */
  field: string;
  /** The root field's name, which names the round trip (the warm-up and the counting reader read it). */
  name: string;
  plan: Plan;
}

const readsOfRequest = new WeakMap<CompiledReadContext, DataLoader<RootRead, unknown>>();

/**
 * The compiled root fields of one request, read in one statement and one round trip: a dashboard's
 * charts, or a page beside a count, cost the database one transaction, not one each.
 */
function rootReads(context: CompiledReadContext): DataLoader<RootRead, unknown> {
  let loader = readsOfRequest.get(context);
  if (!loader) {
    loader = new DataLoader<RootRead, unknown>(
      async (reads) => {
        const { reader, logger } = context;
        if (reads.length === 1) {
          const [{ field, name, plan }] = reads as [RootRead];
          logger?.debug({ field, cypher: plan.statement, params: plan.params }, "compiled read");
          const [record] = await reader.query(`compiled:${name}`, plan.statement, withIntegers(plan.params));
          return [record?.get("value") ?? null];
        }
        const { statement, params } = combinePlans(reads.map((read) => read.plan));
        logger?.debug(
          { fields: reads.map((read) => read.field), cypher: statement, params },
          "compiled read",
        );
        const name = `compiled:${reads.map((read) => read.name).join("+")}`;
        const [record] = await reader.query(name, statement, withIntegers(params));
        const values = (record?.get("values") as unknown[] | undefined) ?? [];
        return reads.map((_, index) => values[index] ?? null);
      },
      { cache: false },
    );
    readsOfRequest.set(context, loader);
  }
  return loader;
}

/** Nothing found: null, an empty list, or a page without items. */
function isEmpty(value: unknown): boolean {
  if (value === null || (Array.isArray(value) && value.length === 0)) {
    return true;
  }
  const items = (value as { items?: unknown }).items;
  return Array.isArray(items) && items.length === 0;
}
