import { GraphQLError, type ASTVisitor, type ValidationContext } from '../graphql-js.js';
import { ErrorCode } from '../errors.js';
import { rootTypeOf, selectedFields } from './operation-fields.js';

/** Rejects operations nested deeper than `maxDepth` fields (introspection fields excluded). */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depthOf = (
        selectionSet: typeof operation.selectionSet,
        type: ReturnType<typeof rootTypeOf>,
        depth: number,
      ): number => {
        if (depth > maxDepth) return depth; // deep enough to fail; stop walking
        let deepest = depth;
        for (const field of selectedFields(context, selectionSet, type)) {
          const below = field.node.selectionSet
            ? depthOf(field.node.selectionSet, field.childType, depth + 1)
            : depth + 1;
          deepest = Math.max(deepest, below);
        }
        return deepest;
      };
      const depth = depthOf(operation.selectionSet, rootTypeOf(context, operation.operation), 0);
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`The query is nested more than ${maxDepth} levels deep; the limit is ${maxDepth}.`, {
            nodes: [operation],
            extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
          }),
        );
      }
    },
  });
}
