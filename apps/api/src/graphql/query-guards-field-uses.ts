/**
 * How many times an operation names given fields ("Query.trend"), counting
 * aliases and every expansion of every fragment. Each fragment is counted once
 * and its counts remembered, so a fragment spread twice by a fragment spread
 * twice by … costs one pass over the text, not 2^levels.
 */
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export type FieldUses = Map<string, number>;

function add(into: FieldUses, from: FieldUses): void {
  for (const [coordinate, times] of from) into.set(coordinate, (into.get(coordinate) ?? 0) + times);
}

export function countFieldUses(schema: GraphQLSchema, document: DocumentNode, coordinates: readonly string[]): (operation: OperationDefinitionNode) => FieldUses {
  const wanted = new Set(coordinates);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // null while a fragment is being counted: a cycle (refused by NoFragmentCycles) counts nothing more.
  const fragmentUses = new Map<string, FieldUses | null>();

  const usesOfFragment = (name: string): FieldUses => {
    const known = fragmentUses.get(name);
    if (known !== undefined) return known ?? new Map();
    const fragment = fragments.get(name);
    if (!fragment) return new Map();
    fragmentUses.set(name, null);
    const uses = new Map();
    usesIn(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), uses);
    fragmentUses.set(name, uses);
    return uses;
  };

  // Unknown types and fields are skipped: the standard rules refuse them.
  function usesIn(selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined, into: FieldUses): void {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        add(into, usesOfFragment(selection.name.value));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        usesIn(selection.selectionSet, type, into);
      } else if (parent && (isObjectType(parent) || isInterfaceType(parent))) {
        const coordinate = `${parent.name}.${selection.name.value}`;
        if (wanted.has(coordinate)) into.set(coordinate, (into.get(coordinate) ?? 0) + 1);
        const field = parent.getFields()[selection.name.value];
        if (selection.selectionSet && field) usesIn(selection.selectionSet, getNamedType(field.type), into);
      }
    }
  }

  return (operation) => {
    const uses: FieldUses = new Map();
    usesIn(operation.selectionSet, schema.getRootType(operation.operation), uses);
    return uses;
  };
}
