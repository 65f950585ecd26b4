import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from '../graphql-js.js';
import type { ApiContext } from '../context.js';
import { ErrorCode, userError } from '../errors.js';

/**
 * Refuses every mutation unless the request carried the API token (see `isAuthorized` in context.ts),
 * before any resolver runs: `didResolveOperation` fires once the operation type is known.
 * Answers 401 with code UNAUTHENTICATED; when no token is configured every mutation is refused.
 */
export function mutationAuthPlugin(options: { tokenConfigured: boolean }): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== OperationTypeNode.MUTATION || contextValue.authorized) return;
          throw userError(
            options.tokenConfigured
              ? 'Mutations require the header "Authorization: Bearer <NEWSGRAPH_API_TOKEN>".'
              : 'Mutations are disabled: the server has no NEWSGRAPH_API_TOKEN.',
            ErrorCode.UNAUTHENTICATED,
            401,
          );
        },
      };
    },
  };
}
