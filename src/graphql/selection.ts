import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

/**
 * Whether the field being resolved selects a sub-field at this dotted path ("totalCount",
 * "nodes.facts"), through fragments too. Repositories use it to leave out what nobody asked for:
 * counting a whole list reads every item, where a page reads only up to its last; the facts of a
 * page of partners are sent only when the client will show them.
 */
export function selects(info: GraphQLResolveInfo, path: string): boolean {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  const names = path.split(".");
  for (const [index, name] of names.entries()) {
    const fields = sets.flatMap((set) => fieldsNamed(info, set, name, new Set()));
    if (fields.length === 0) {
      return false;
    }
    if (index === names.length - 1) {
      return true;
    }
    sets = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return false;
}

/** The fields of a selection set with this name, looking into inline fragments and fragment spreads. */
function fieldsNamed(info: GraphQLResolveInfo, set: SelectionSetNode, name: string, visited: Set<string>) {
  return set.selections.flatMap((selection): Array<{ selectionSet?: SelectionSetNode }> => {
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.name.value === name ? [selection] : [];
      case Kind.INLINE_FRAGMENT:
        return fieldsNamed(info, selection.selectionSet, name, visited);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || visited.has(fragment.name.value)) {
          return [];
        }
        visited.add(fragment.name.value);
        return fieldsNamed(info, fragment.selectionSet, name, visited);
      }
      default:
        return [];
    }
  });
}
