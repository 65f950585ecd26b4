import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from '../graphql-js.js';
import { CITING_SOURCE_FIELDS, type CitingSourceField } from '@newsgraph/graph';

type Fragments = Record<string, FragmentDefinitionNode>;

/** Calls `visit` for every field directly inside `sets`, looking through inline fragments and fragment spreads (each named fragment once). */
function forEachField(
  sets: readonly SelectionSetNode[],
  fragments: Fragments,
  visit: (field: FieldNode) => void,
  expanded: Set<string> = new Set(),
): void {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) visit(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        forEachField([selection.selectionSet], fragments, visit, expanded);
      else {
        // Each fragment once: its fields are the same at every spread, and fragments that spread one another
        // twice per level would otherwise be walked 2^levels times.
        const fragment = fragments[selection.name.value];
        if (!fragment || expanded.has(selection.name.value)) continue;
        expanded.add(selection.name.value);
        forEachField([fragment.selectionSet], fragments, visit, expanded);
      }
    }
  }
}

/** The selection sets of the fields named `name` (whatever their alias) directly inside `sets`. */
function getChildSelections(sets: readonly SelectionSetNode[], name: string, fragments: Fragments): SelectionSetNode[] {
  const children: SelectionSetNode[] = [];
  forEachField(sets, fragments, (field) => {
    if (field.name.value === name && field.selectionSet) children.push(field.selectionSet);
  });
  return children;
}

/**
 * The source properties a `sourcesCiting` selection reads, under `source` and under `quotes.source`, so the
 * query fetches just those. Directives are ignored: a field under `@include(if: false)` is fetched anyway,
 * which costs a little and is never wrong.
 */
export function getCitedSourceFields(
  selections: readonly SelectionSetNode[],
  fragments: Fragments,
): CitingSourceField[] {
  const sourceSets = [
    ...getChildSelections(selections, 'source', fragments),
    ...getChildSelections(getChildSelections(selections, 'quotes', fragments), 'source', fragments),
  ];
  const names = new Set<string>();
  forEachField(sourceSets, fragments, (field) => names.add(field.name.value));
  return CITING_SOURCE_FIELDS.filter((field) => names.has(field));
}

/**
 * The fields read for each field node met alone: a node belongs to one document (cached by Apollo and the fast
 * path), so its selection and fragments, and so its answer, never change; the entry goes with the document.
 */
const citedFieldsByNode = new WeakMap<FieldNode, readonly CitingSourceField[]>();

/** `getCitedSourceFields` for the field being resolved, worked out once per field of a document. */
export function citedSourceFieldsOf(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): readonly CitingSourceField[] {
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  const known = node && citedFieldsByNode.get(node);
  if (known) return known;
  const selections = info.fieldNodes.flatMap((each) => (each.selectionSet ? [each.selectionSet] : []));
  const fields = getCitedSourceFields(selections, info.fragments);
  if (node) citedFieldsByNode.set(node, Object.freeze(fields));
  return fields;
}
