import { GraphQLError, type ASTVisitor, type ValidationContext } from '../graphql-js.js';
import { ErrorCode } from '../errors.js';

/** Rejects documents with more than `maxAliases` aliased fields (aliases multiply work without nesting). */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases++;
      },
      Document: {
        leave(node) {
          if (aliases > maxAliases) {
            context.reportError(
              new GraphQLError(`The query uses ${aliases} aliases; the limit is ${maxAliases}.`, {
                nodes: [node],
                extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
              }),
            );
          }
        },
      },
    };
  };
}
