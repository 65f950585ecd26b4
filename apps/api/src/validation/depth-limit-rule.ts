import {
  GraphQLError,
  type ASTVisitor,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
} from '../graphql-js.js';
import { ErrorCode } from '../errors.js';
import { fragmentType, getSelectionParts, memoByFragment, rootTypeOf } from './operation-fields.js';

/**
 * Rejects operations nested deeper than `maxDepth` fields (introspection fields excluded). A named fragment's
 * depth is computed once per document and reused at each spread, so the walk is linear in the document.
 */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const depthOf = (selectionSet: SelectionSetNode, type: GraphQLCompositeType | null): number => {
      const { fields, spreads } = getSelectionParts(context, selectionSet, type);
      let deepest = 0;
      for (const field of fields) {
        const below = field.node.selectionSet ? depthOf(field.node.selectionSet, field.childType) : 0;
        deepest = Math.max(deepest, 1 + below);
      }
      for (const spread of spreads) deepest = Math.max(deepest, fragmentDepth(spread.fragment));
      return deepest;
    };
    const fragmentDepth = memoByFragment(
      (fragment) => depthOf(fragment.selectionSet, fragmentType(context, fragment)),
      0,
    );
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, rootTypeOf(context, operation.operation));
        if (depth <= maxDepth) return;
        context.reportError(
          new GraphQLError(`The query is nested more than ${maxDepth} levels deep; the limit is ${maxDepth}.`, {
            nodes: [operation],
            extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
          }),
        );
      },
    };
  };
}
