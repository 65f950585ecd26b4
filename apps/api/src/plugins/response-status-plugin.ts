import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context.js';
import { ErrorCode } from '../errors.js';

/** Seconds a client is asked to wait before retrying during a Neo4j outage. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Gives responses the HTTP status that says what happened:
 * - a request that ran out of budget (too large a response) is answered by one error, `RESPONSE_TOO_LARGE`, 400,
 *   instead of the thousands of field errors and partial data it would otherwise carry;
 * - an answer with a `SERVICE_UNAVAILABLE` error (Neo4j unreachable) is 503 with `Retry-After`, not 200.
 */
export function responseStatusPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const stopped = contextValue.budget?.stopped;
          if (stopped) {
            response.body.singleResult = { errors: [{ message: stopped.message, extensions: { code: stopped.code } }] };
            response.http.status = stopped.code === ErrorCode.TIMEOUT ? 504 : 400;
            return;
          }
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
