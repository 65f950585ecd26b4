import { request } from 'node:http';
import { Worker } from 'node:worker_threads';

/** One request's outcome; `error` is a socket-level failure (refused, reset) instead of an HTTP answer. */
export interface Outcome {
  started: number;
  ended: number;
  status: number;
  /** `errors[0].extensions.code` of a GraphQL answer, if any. */
  code?: string;
  error?: string;
}

/** POSTs a GraphQL query on a connection of its own (no keep-alive, so a refused connection is never a cut request). */
export function postOnce(url: string, body: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', connection: 'close' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let code: string | undefined;
          try {
            code = (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions
              ?.code;
          } catch {
            code = 'NOT_JSON';
          }
          resolve({ started, ended: performance.now(), status: res.statusCode ?? 0, code });
        });
        res.on('error', (error) => resolve({ started, ended: performance.now(), status: 0, error: error.message }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ started, ended: performance.now(), status: 0, error: error.code ?? error.message }),
    );
    req.end(body);
  });
}

/** Options of `runLoad`. */
export interface LoadOptions {
  url: string;
  clients: number;
  /** The next request body for a client (round-robin over a mixed set of queries). */
  nextBody: () => string;
  /** Keeps going while this is true. */
  running: () => boolean;
}

/** `clients` concurrent loops, each sending its next request as soon as the last one answered. */
export async function runLoad(options: LoadOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (options.running()) {
        const outcome = await postOnce(options.url, options.nextBody());
        outcomes.push(outcome);
        if (outcome.error === 'ECONNREFUSED') await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }),
  );
  return outcomes;
}

/** The poller's code: plain JavaScript for a worker thread (no TypeScript loader there). */
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const outcomes = [];
let running = true;
parentPort.on('message', () => { running = false; });
(async () => {
  while (running) {
    const started = performance.timeOrigin + performance.now();
    try {
      const response = await fetch(workerData.url, { signal: AbortSignal.timeout(10000) });
      await response.body?.cancel();
      outcomes.push({ started, ended: performance.timeOrigin + performance.now(), status: response.status });
    } catch (error) {
      outcomes.push({ started, ended: performance.timeOrigin + performance.now(), status: 0, error: String(error) });
    }
    await new Promise((resolve) => setTimeout(resolve, workerData.everyMs));
  }
  parentPort.postMessage(outcomes);
})();
`;

/**
 * Polls a health URL every `everyMs` until `stop()`, recording each answer's latency and status (times on this
 * thread's `performance.now()` clock). The poller runs on a thread of its own, so its figures are the server's
 * latency, not how far behind the load generator's own event loop is.
 */
export function pollHealth(url: string, everyMs: number): { stop(): Promise<Outcome[]> } {
  const worker = new Worker(POLLER, { eval: true, workerData: { url, everyMs } });
  return {
    async stop() {
      const done = new Promise<Outcome[]>((resolve) => worker.once('message', resolve));
      worker.postMessage('stop');
      const outcomes = await done;
      await worker.terminate();
      const origin = performance.timeOrigin;
      return outcomes.map((o) => ({ ...o, started: o.started - origin, ended: o.ended - origin }));
    },
  };
}

/** The q-quantile of sorted numbers. */
export const quantile = (sorted: number[], q: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Latency figures of some outcomes, in ms. */
export function latencies(outcomes: Outcome[]) {
  const sorted = outcomes.map((o) => o.ended - o.started).sort((a, b) => a - b);
  return { count: sorted.length, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? 0 };
}
