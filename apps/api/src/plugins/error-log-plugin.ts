import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from '../graphql-js.js';

/**
 * Logs failures clients cannot see in full (resolver errors other than deliberate client errors), since
 * responses carry only a masked message. Parse/validation errors and our coded GraphQLErrors are not logged.
 */
export function errorLogPlugin(options: { log: (message: string, error: unknown) => void }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = error.originalError;
            if (!original || original instanceof GraphQLError) continue;
            options.log(
              `GraphQL ${operationName ?? 'operation'} failed at ${error.path?.join('.') ?? '?'}: ${original.message}`,
              original,
            );
          }
        },
      };
    },
  };
}
