import {
  Kind,
  getNamedType,
  isCompositeType,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationContext,
} from '../graphql-js.js';

/** A field of a selection set, with the type it is selected on and its definition (null for unknown fields). */
export interface SelectedField {
  node: FieldNode;
  definition: GraphQLField<unknown, unknown> | null;
  /** The composite type its sub-selection is on, if any. */
  childType: GraphQLCompositeType | null;
}

/**
 * The fields of a selection set with fragments spread and inline fragments flattened, skipping introspection
 * fields (`__schema`, `__type`, `__typename`): tools need those and they are cheap. Fragment cycles are cut
 * (graphql-js reports them separately).
 */
export function selectedFields(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType | null,
  visiting: Set<string> = new Set(),
): SelectedField[] {
  const fields: SelectedField[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const definition =
        parentType && 'getFields' in parentType ? (parentType.getFields()[selection.name.value] ?? null) : null;
      const named = definition ? getNamedType(definition.type) : null;
      fields.push({ node: selection, definition, childType: named && isCompositeType(named) ? named : null });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? context.getSchema().getType(selection.typeCondition.name.value)
        : parentType;
      fields.push(
        ...selectedFields(context, selection.selectionSet, type && isCompositeType(type) ? type : parentType, visiting),
      );
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      if (!fragment || visiting.has(name)) continue;
      const type = context.getSchema().getType(fragment.typeCondition.name.value);
      fields.push(
        ...selectedFields(
          context,
          fragment.selectionSet,
          type && isCompositeType(type) ? type : parentType,
          new Set([...visiting, name]),
        ),
      );
    }
  }
  return fields;
}

/** The root type an operation starts from. */
export function rootTypeOf(
  context: ValidationContext,
  operation: 'query' | 'mutation' | 'subscription',
): GraphQLCompositeType | null {
  return context.getSchema().getRootType(operation as never) ?? null;
}
