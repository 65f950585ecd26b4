import autocannon from 'autocannon';
import type { LoadResult } from './load-direct.js';

/**
 * GraphQL load with autocannon: `connections` concurrent clients POST `query` to `url` for `durationSeconds`,
 * each request with the next variables from `nextVariables`. Non-2xx answers count as errors.
 */
export async function loadGraphQL(
  url: string,
  query: string,
  nextVariables: () => Record<string, unknown>,
  connections: number,
  durationSeconds: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify({ query, variables: nextVariables() }) }),
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
