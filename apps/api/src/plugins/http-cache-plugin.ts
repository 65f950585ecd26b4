import { OperationTypeNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context.js';

/** Options of `httpCachePlugin`. */
export interface HttpCacheOptions {
  /** How long a shared cache (CDN, reverse proxy) may serve a successful GET query; 0 turns caching off. */
  maxAgeSeconds: number;
}

/**
 * HTTP caching for a CDN in front of the API: a query sent as GET (persisted or not) that succeeded is
 * `Cache-Control: public, max-age=N`; everything else — POSTs, mutations, answers with any error (a timeout, an
 * outage, an unknown persisted query) — is `no-store`, so a cache never keeps a failure or a partial answer.
 * Reads do not depend on who asks (mutations alone are authenticated), so a public cache is safe; `Vary: Origin`
 * (set by the CORS layer) keeps answers to different origins apart. One header per response, instead of
 * Apollo's per-field cache hints (its cache-control plugin stays off: per-field work we do not need).
 */
export function httpCachePlugin(options: HttpCacheOptions): ApolloServerPlugin<ApiContext> {
  const cacheable = `public, max-age=${options.maxAgeSeconds}`;
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, operation }) {
          const ok =
            options.maxAgeSeconds > 0 &&
            request.http?.method === 'GET' &&
            operation?.operation === OperationTypeNode.QUERY &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors?.length &&
            (response.http.status ?? 200) === 200;
          response.http.headers.set('cache-control', ok ? cacheable : 'no-store');
        },
      };
    },
  };
}
