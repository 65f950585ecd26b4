import {
  GraphQLError,
  type DocumentNode,
  type ASTVisitor,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
} from '../graphql-js.js';
import { ErrorCode } from '../errors.js';
import { maxListSize } from './list-sizes.js';
import { fragmentType, getSelectionParts, memoByFragment, rootTypeOf, sumByType } from './operation-fields.js';

/** The price the rule computed for each validated document (its costliest operation), for heavyQueryGatePlugin. */
const documentCosts = new WeakMap<DocumentNode, number>();

/** The cost the rule computed for `document`, if it validated it. */
export const costOfDocument = (document: DocumentNode | undefined): number | undefined =>
  document ? documentCosts.get(document) : undefined;

/** Options of `costLimitRule`. */
export interface CostOptions {
  /** Most objects an operation may return (scalars are free). */
  maxCost: number;
}

/**
 * Rejects operations that could return more than `maxCost` objects. Each object-typed field costs the most items
 * it can return (list-sizes.ts: a page's `first`, a list's cap in the graph) times (1 + the cost of its
 * selection), so costs multiply down the tree as the work does. Below an interface, parts for different object
 * types are not added up (an entity is a Company or a Person): the largest counts. Each named fragment is costed once per document
 * and its figure reused at every spread: the walk is linear in the document, whatever the fragments spread.
 */
export function costLimitRule(options: CostOptions) {
  return (context: ValidationContext): ASTVisitor => {
    const costOf = (selectionSet: SelectionSetNode, type: GraphQLCompositeType | null): number => {
      const { fields, spreads } = getSelectionParts(context, selectionSet, type);
      const items: Array<{ onlyOn?: string | null; value: number }> = [];
      for (const field of fields) {
        if (!field.node.selectionSet) continue;
        // Priced on the type it is selected on: below a union or interface, the inline fragment's type.
        const size = maxListSize(field.parentType ?? type?.name ?? '', field);
        items.push({ onlyOn: field.onlyOn, value: size * (1 + costOf(field.node.selectionSet, field.childType)) });
      }
      for (const spread of spreads) items.push({ onlyOn: spread.onlyOn, value: fragmentCost(spread.fragment) });
      return sumByType(items);
    };
    const fragmentCost = memoByFragment(
      (fragment) => costOf(fragment.selectionSet, fragmentType(context, fragment)),
      0,
    );
    return {
      OperationDefinition(operation) {
        const cost = costOf(operation.selectionSet, rootTypeOf(context, operation.operation));
        const document = context.getDocument();
        documentCosts.set(document, Math.max(cost, documentCosts.get(document) ?? 0));
        if (cost <= options.maxCost) return;
        context.reportError(
          new GraphQLError(
            `The query could return up to ${Number.isFinite(cost) ? Math.round(cost) : 'unbounded'} objects; the limit is ${options.maxCost}. Ask for fewer (smaller "first", fewer nested lists).`,
            {
              nodes: [operation],
              extensions: {
                code: ErrorCode.QUERY_TOO_COMPLEX,
                cost: Number.isFinite(cost) ? cost : null,
                maxCost: options.maxCost,
              },
            },
          ),
        );
      },
    };
  };
}
