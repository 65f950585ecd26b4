/**
 * `@newsgraph/extraction/pool`: extraction on long-lived worker threads, shared by `extract --threads` and the
 * ingest pipeline of @newsgraph/graph. Each thread loads the extractor once and then takes one document per
 * message; what comes back is the extraction, or the document already printed as the extract CLI prints it.
 */
import { existsSync } from 'node:fs';
import { getCompileCacheDir } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Rendering } from '../cli/render.js';
import type { DocumentExtraction, DocumentInput } from '../types.js';

/**
 * Most threads started by default: each thread holds its own extractor, lexicons and heap (peak RSS of `extract`
 * on the generated corpus: ~200 MB on the main thread, +~65 MB with one thread, +~30 MB for a second), and one
 * thread reading and writing for all of them cannot feed many more.
 */
export const MAX_DEFAULT_THREADS = 8;

/** The default thread count: one per available core, at most MAX_DEFAULT_THREADS. */
export function defaultExtractionThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_THREADS));
}

/** Options of `createExtractionPool`. */
export interface ExtractionPoolOptions {
  /**
   * Worker threads at most (default `defaultExtractionThreads()`): the first starts with the pool, each other one
   * when every running thread is busy.
   */
  threads?: number;
}

/** Extraction on long-lived worker threads: many documents at once, off the calling thread. */
export interface ExtractionPool {
  readonly threads: number;
  extract(input: DocumentInput): Promise<DocumentExtraction>;
  /** The document extracted and printed on a thread (`renderDocument` of src/cli/render.ts): only text crosses back. */
  extractRendered(input: DocumentInput, as: Rendering): Promise<string>;
  /** Stops the threads; extractions still waiting reject. */
  close(): Promise<void>;
}

type Reply =
  { id: number; ok: true; extraction?: DocumentExtraction; text?: string } | { id: number; ok: false; message: string };
type Done = Extract<Reply, { ok: true }>;

interface Slot {
  worker: Worker;
  /** Documents sent to this thread and not answered yet. */
  load: number;
}

interface Job {
  slot: Slot;
  resolve: (reply: Done) => void;
  reject: (error: Error) => void;
}

/**
 * The worker's file: the bundle beside the running code (dist/extraction-pool-worker.js, written by the build of
 * the CLI that bundles this module), else the TypeScript source run through tsx (tests, `tsx bench/…`, `tsx bin/…`).
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
 * Starts a bundled worker with the main thread's compile cache (`module.enableCompileCache`, as the extract CLI's
 * launcher enables it), which a worker does not inherit: each thread then loads the extractor's compiled code
 * from disk instead of compiling the 2 MB bundle again (~0.1 s of CPU per thread).
 */
const cachedBootstrap = () => `
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';
enableCompileCache(workerData.cacheDir);
await import(workerData.entry);
`;

const closedError = () => new Error('The extraction pool is closed.');

/** Only what extraction reads crosses to the thread, and no field that is not set. */
function message(id: number, input: DocumentInput, render: Rendering | undefined) {
  const sent: DocumentInput = { text: input.text };
  if (input.uri !== undefined) sent.uri = input.uri;
  if (input.title !== undefined) sent.title = input.title;
  if (input.publisher !== undefined) sent.publisher = input.publisher;
  if (input.publishedAt !== undefined) sent.publishedAt = input.publishedAt;
  return render ? { id, input: sent, render } : { id, input: sent };
}

/**
 * A pool of up to `threads` extraction threads. Each document goes to the thread with the fewest documents
 * queued, so a long article does not hold up the short ones behind it on another thread. The first thread starts
 * with the pool (its warm-up overlaps the caller's reading), another only when every running one is busy (a
 * single document never starts them all). A thread that dies (an
 * uncaught error, out of memory) fails only its own documents and is replaced by the next document's.
 * Extraction's V8 flags (`--no-regexp-tier-up`, `--max-semi-space-size`) are the process's, so threads share them.
 */
export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const threads = Math.max(1, options.threads ?? defaultExtractionThreads());
  const entry = workerEntry();
  const slots: Array<Slot | undefined> = [];
  const jobs = new Map<number, Job>();
  let nextId = 0;
  let closed = false;

  const cacheDir = entry.bootstrap ? undefined : getCompileCacheDir();
  const start = (index: number): Slot => {
    const worker = entry.bootstrap
      ? new Worker(new URL(`data:text/javascript,${encodeURIComponent(tsxBootstrap())}`), {
          workerData: { entry: new URL(`file://${entry.file}`).href },
        })
      : cacheDir
        ? new Worker(new URL(`data:text/javascript,${encodeURIComponent(cachedBootstrap())}`), {
            workerData: { entry: new URL(`file://${entry.file}`).href, cacheDir },
          })
        : new Worker(entry.file);
    const slot: Slot = { worker, load: 0 };
    let failure: Error | undefined;
    worker.on('message', (reply: Reply) => {
      const job = jobs.get(reply.id);
      if (!job) return;
      jobs.delete(reply.id);
      slot.load--;
      if (reply.ok) job.resolve(reply);
      else job.reject(new Error(reply.message));
    });
    worker.on('error', (error: Error) => (failure = error));
    worker.on('exit', (code) => {
      if (slots[index] === slot) slots[index] = undefined;
      const error = closed
        ? closedError()
        : (failure ?? new Error(`An extraction thread stopped (exit code ${code}).`));
      for (const [id, job] of jobs)
        if (job.slot === slot) {
          jobs.delete(id);
          job.reject(error);
        }
    });
    slots[index] = slot;
    return slot;
  };

  const pick = (): Slot => {
    let best: Slot | undefined;
    let free = -1;
    for (let i = 0; i < threads; i++) {
      const slot = slots[i];
      if (!slot) {
        if (free < 0) free = i;
      } else if (!best || slot.load < best.load) best = slot;
    }
    return free >= 0 && (!best || best.load > 0) ? start(free) : best!;
  };

  const send = (input: DocumentInput, render?: Rendering): Promise<Done> => {
    if (closed) return Promise.reject(closedError());
    const slot = pick();
    slot.load++;
    const id = nextId++;
    return new Promise<Done>((resolve, reject) => {
      jobs.set(id, { slot, resolve, reject });
      try {
        slot.worker.postMessage(message(id, input, render));
      } catch (error) {
        // A field that cannot be copied to the thread (a DataCloneError): the document fails alone, and neither its
        // job nor its place in the thread's load stays behind to skew where the next documents go.
        jobs.delete(id);
        slot.load--;
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  };

  // The first thread starts now, so its warm-up overlaps the caller's reading or fetching (a watch's next poll,
  // a single document); the others when they are needed.
  start(0);

  return {
    threads,
    extract: (input) => send(input).then((reply) => reply.extraction!),
    extractRendered: (input, as) => send(input, as).then((reply) => reply.text!),
    async close() {
      closed = true;
      for (const job of jobs.values()) job.reject(closedError());
      jobs.clear();
      await Promise.all(slots.flatMap((slot) => (slot ? [slot.worker.terminate()] : [])));
    },
  };
}
