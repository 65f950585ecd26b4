import type { ApolloServerPlugin } from '@apollo/server';
import { isUnavailable, toGraphError } from '@newsgraph/graph';
import { GraphQLError } from '../graphql-js.js';
import { BudgetExceededError } from '../request-budget.js';

/** Options of `errorLogPlugin`. */
export interface ErrorLogOptions {
  log: (message: string, error: unknown) => void;
  /** Called instead of logging when Neo4j was unreachable (neo4j-status.ts logs that once per outage). */
  onUnavailable: (error: unknown) => void;
}

/**
 * Logs failures clients cannot see in full (resolver errors other than deliberate client errors), since
 * responses carry only a masked message. Parse/validation errors, our coded GraphQLErrors and spent budgets are
 * not logged; Neo4j being unreachable goes to `onUnavailable` (one line per outage, not a stack per request).
 */
export function errorLogPlugin(options: ErrorLogOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = error.originalError;
            if (!original || original instanceof GraphQLError || original instanceof BudgetExceededError) continue;
            if (isUnavailable(toGraphError(original))) {
              options.onUnavailable(original);
              continue;
            }
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
