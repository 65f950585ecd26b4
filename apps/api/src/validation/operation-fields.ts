import {
  Kind,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationContext,
} from '../graphql-js.js';

/** A field of a selection set, with its definition (null for unknown fields) and the type of its sub-selection. */
export interface SelectedField {
  node: FieldNode;
  /** The object type an inline fragment or spread restricts it to, below an interface; null when it always applies. */
  onlyOn?: string | null;
  /** The type it is selected on: an inline fragment's type (`... on Source { supports }`), else the set's own. */
  parentType?: string | null;
  definition: GraphQLField<unknown, unknown> | null;
  /** The composite type its sub-selection is on, if any. */
  childType: GraphQLCompositeType | null;
}

/** What a selection set holds one level down: its fields (inline fragments flattened) and its named spreads. */
export interface SelectionParts {
  fields: SelectedField[];
  /** Fragments spread directly in the set (or in its inline fragments), each once per spread. */
  spreads: Array<{ fragment: FragmentDefinitionNode; onlyOn: string | null }>;
}

/**
 * The fields and fragment spreads of one selection set, without expanding the spreads: the rules cost each
 * named fragment once and reuse the figure (a document whose fragments spread one another twice per level
 * would otherwise be walked 2^levels times). Introspection fields (`__schema`, `__type`, `__typename`) are
 * skipped: tools need them and they are cheap. Unknown fragments are skipped (graphql-js reports them).
 */
export function getSelectionParts(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType | null,
): SelectionParts {
  const parts: SelectionParts = { fields: [], spreads: [] };
  // Below an interface, a fragment on one of its object types applies only to objects of that type.
  const narrow = (type: GraphQLCompositeType | null, onlyOn: string | null) =>
    type && isObjectType(type) && parentType && isAbstractType(parentType) ? type.name : onlyOn;
  const visit = (set: SelectionSetNode, type: GraphQLCompositeType | null, onlyOn: string | null) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const definition = type && 'getFields' in type ? (type.getFields()[selection.name.value] ?? null) : null;
        const named = definition ? getNamedType(definition.type) : null;
        parts.fields.push({
          node: selection,
          definition,
          childType: named && isCompositeType(named) ? named : null,
          onlyOn,
          parentType: type?.name ?? null,
        });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? context.getSchema().getType(selection.typeCondition.name.value)
          : type;
        const inner = condition && isCompositeType(condition) ? condition : type;
        visit(selection.selectionSet, inner, narrow(inner, onlyOn));
      } else {
        const fragment = context.getFragment(selection.name.value);
        if (fragment) parts.spreads.push({ fragment, onlyOn: narrow(fragmentType(context, fragment), onlyOn) });
      }
    }
  };
  visit(selectionSet, parentType, null);
  return parts;
}

/** The composite type a fragment applies to (null when unknown). */
export function fragmentType(
  context: ValidationContext,
  fragment: FragmentDefinitionNode,
): GraphQLCompositeType | null {
  const type = context.getSchema().getType(fragment.typeCondition.name.value);
  return type && isCompositeType(type) ? type : null;
}

/**
 * Computes a value per named fragment once per document, with cycles cut (a fragment met again while being
 * computed counts as `onCycle`; graphql-js reports the cycle itself).
 */
export function memoByFragment<T>(compute: (fragment: FragmentDefinitionNode) => T, onCycle: T) {
  const done = new Map<string, T>();
  const inProgress = new Set<string>();
  return (fragment: FragmentDefinitionNode): T => {
    const name = fragment.name.value;
    const known = done.get(name);
    if (known !== undefined) return known;
    if (inProgress.has(name)) return onCycle;
    inProgress.add(name);
    const value = compute(fragment);
    inProgress.delete(name);
    done.set(name, value);
    return value;
  };
}

/**
 * Adds up per-item figures of a selection below an interface: what always applies, plus the largest total of
 * the parts that apply to one object type only (an object has one type, so only one such part applies).
 */
export function sumByType(
  items: Array<{ onlyOn?: string | null; value: number }>,
  combine = (a: number, b: number) => a + b,
): number {
  let always = 0;
  const byType = new Map<string, number>();
  for (const { onlyOn, value } of items) {
    if (!onlyOn) always = combine(always, value);
    else byType.set(onlyOn, combine(byType.get(onlyOn) ?? 0, value));
  }
  return combine(always, Math.max(0, ...byType.values()));
}

/** The root type an operation starts from. */
export function rootTypeOf(
  context: ValidationContext,
  operation: 'query' | 'mutation' | 'subscription',
): GraphQLCompositeType | null {
  return context.getSchema().getRootType(operation as never) ?? null;
}
