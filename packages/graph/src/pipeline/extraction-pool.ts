import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentExtraction, DocumentInput } from '@newsgraph/extraction';

/** Options of `createExtractionPool`. */
export interface ExtractionPoolOptions {
  /** Worker threads; default the number of cores (extraction is CPU-bound, the main thread mostly waits on Neo4j). */
  threads?: number;
}

/** Extraction on long-lived worker threads: many documents at once, off the thread that talks to Neo4j. */
export interface ExtractionPool {
  readonly threads: number;
  extract(input: DocumentInput): Promise<DocumentExtraction>;
  /** Stops the threads; extractions still waiting reject. */
  close(): Promise<void>;
}

type Reply = { id: number; ok: true; extraction: DocumentExtraction } | { id: number; ok: false; message: string };

/**
 * The worker's file: the bundle beside the running code (dist/extraction-pool-worker.js, written by
 * `npm run build -w @newsgraph/graph`), else the TypeScript source run through tsx (tests, `tsx bench/…`).
 */
function workerEntry(): { file: string; bootstrap: boolean } {
  const bundled = fileURLToPath(new URL('./extraction-pool-worker.js', import.meta.url));
  if (existsSync(bundled)) return { file: bundled, bootstrap: false };
  return { file: fileURLToPath(new URL('./extraction-pool-worker.ts', import.meta.url)), bootstrap: true };
}

/** Loads a TypeScript worker through tsx's loader (only when no bundle is there; tsx is a dev dependency). */
const tsxBootstrap = () => `
import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
import { workerData } from 'node:worker_threads';
register();
await import(workerData.entry);
`;

/**
 * Starts `threads` extraction threads. Each document goes to the thread with the fewest documents queued, so a
 * long article does not hold up the short ones behind it on another thread.
 */
export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const entry = workerEntry();
  const pending = new Map<number, { resolve: (e: DocumentExtraction) => void; reject: (e: Error) => void }>();
  const load: number[] = [];
  let nextId = 0;
  let closed = false;

  const workers = Array.from({ length: threads }, (_, index) => {
    const worker = entry.bootstrap
      ? new Worker(new URL(`data:text/javascript,${encodeURIComponent(tsxBootstrap())}`), {
          workerData: { entry: new URL(`file://${entry.file}`).href },
        })
      : new Worker(entry.file);
    load[index] = 0;
    worker.on('message', (reply: Reply) => {
      load[index]!--;
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiter) return;
      if (reply.ok) waiter.resolve(reply.extraction);
      else waiter.reject(new Error(reply.message));
    });
    worker.on('error', (error: Error) => {
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    });
    return worker;
  });

  return {
    threads,
    extract(input) {
      if (closed) return Promise.reject(new Error('The extraction pool is closed.'));
      let index = 0;
      for (let i = 1; i < threads; i++) if (load[i]! < load[index]!) index = i;
      load[index]!++;
      const id = nextId++;
      return new Promise<DocumentExtraction>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // Only what extraction reads crosses to the thread (a page's other metadata stays here for the write).
        const { text, uri, title, publisher, publishedAt } = input;
        workers[index]!.postMessage({ id, input: { text, uri, title, publisher, publishedAt } });
      });
    },
    async close() {
      closed = true;
      for (const waiter of pending.values()) waiter.reject(new Error('The extraction pool is closed.'));
      pending.clear();
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
