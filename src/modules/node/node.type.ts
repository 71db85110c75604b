import { Field, ID, InterfaceType } from "type-graphql";

/** Resolves an interface to the object type named by the entity's `typename`. */
export const byTypename = (value: { typename: string }) => value.typename;

@InterfaceType({
  description:
    'Anything with a global id: ids are stable and readable ("province:son-la", "locality:la-luang-prabang"); node(id) fetches any of them.',
  resolveType: byTypename,
})
export abstract class Node {
  @Field(() => ID, { description: "Global, stable id; its prefix says the kind of thing." })
  id!: string;
}
