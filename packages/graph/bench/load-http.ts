import autocannon from 'autocannon';
import { quantile, type LoadResult } from './load-direct.js';

/** Seconds each GraphQL run opens its connections and gets going before latencies count (see loadGraphQL). */
export const RAMP_UP_SECONDS = 1;

/**
 * GraphQL load with autocannon: `connections` concurrent clients POST `query` to `url`, each request with the next
 * variables from `nextVariables`, for RAMP_UP_SECONDS and then `durationSeconds` more. Only requests started after
 * the ramp-up count: autocannon opens new connections on every run, and their set-up (and, with API_WORKERS > 1,
 * the hand-over of each new connection to a worker) would otherwise land in the tail, while the direct side's
 * driver connections are pooled and warm. Non-2xx answers count as errors.
 */
export async function loadGraphQL(
  url: string,
  query: string,
  nextVariables: () => Record<string, unknown>,
  connections: number,
  durationSeconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  const started = performance.now();
  const countFrom = started + RAMP_UP_SECONDS * 1000;
  const run = autocannon({
    url,
    connections,
    duration: RAMP_UP_SECONDS + durationSeconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify({ query, variables: nextVariables() }) }),
      },
    ],
  });
  // `on` returns the instance, which is the promise awaited below, not a new one.
  void run.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (performance.now() - responseTime < countFrom) return;
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode > 299) non2xx++;
  });
  const result = await run;
  const measuredSeconds = (performance.now() - countFrom) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / measuredSeconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    requests: latencies.length,
    totalRequests: result.requests.total,
    errors: result.errors + result.timeouts + non2xx,
  };
}
