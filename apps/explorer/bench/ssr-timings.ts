import type { ExplorerRoute } from '../e2e/support/routes';

/** Server-render time of one route: the whole HTML document fetched N times, in milliseconds. */
export interface SsrTiming {
  name: string;
  path: string;
  status: number;
  bytes: number;
  p50: number;
  p95: number;
  mean: number;
  runs: number;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

async function timeOnce(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const start = performance.now();
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status, bytes: body.byteLength };
}

/**
 * Fetches each route's HTML `runs` times one after another (after `warmup` untimed fetches) and reports p50/p95:
 * the time to the last byte of the streamed document, i.e. the server render including its API calls.
 */
export async function measureSsr(
  baseUrl: string,
  routes: ExplorerRoute[],
  { runs = 40, warmup = 5 } = {},
): Promise<SsrTiming[]> {
  const results: SsrTiming[] = [];
  for (const route of routes) {
    const url = `${baseUrl}${route.path}`;
    for (let i = 0; i < warmup; i++) await timeOnce(url);
    const samples: number[] = [];
    let last = { status: 0, bytes: 0 };
    for (let i = 0; i < runs; i++) {
      const { ms, ...rest } = await timeOnce(url);
      samples.push(ms);
      last = rest;
    }
    samples.sort((a, b) => a - b);
    results.push({
      name: route.name,
      path: route.path,
      ...last,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      mean: samples.reduce((a, b) => a + b, 0) / samples.length,
      runs,
    });
  }
  return results;
}
