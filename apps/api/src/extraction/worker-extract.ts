import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { findRepoRoot } from '@newsgraph/config';
import type { DocumentExtraction, DocumentInput } from '@newsgraph/extraction';
import type { Extract } from '@newsgraph/graph';
import { ErrorCode, userError } from '../errors.js';

/** Where the compiled worker is (`npm run build` writes it beside the API's main.js). */
export const EXTRACTION_WORKER_PATH = join(findRepoRoot(), 'apps', 'api', 'dist', 'extraction-worker.js');

/** Options of `createWorkerExtract`. */
export interface WorkerExtractOptions {
  /** Longest one document's extraction may take, in ms; then EXTRACTION_TIMEOUT and the thread is terminated. */
  timeoutMs: number;
  /** Extractions running at once (each on its own thread); more wait their turn. Default 2. */
  concurrency?: number;
}

/**
 * The `ingestDocument` mutation's extractor: each document is extracted on a worker thread of its own with a time
 * budget, so the event loop keeps serving other clients and a hostile document costs at most `timeoutMs` of one
 * thread. A document over budget fails with EXTRACTION_TIMEOUT (422) before anything is written.
 */
export function createWorkerExtract(options: WorkerExtractOptions): Extract {
  const slots = options.concurrency ?? 2;
  let running = 0;
  const waiting: Array<() => void> = [];
  const acquire = () =>
    running < slots ? (running++, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve));
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  const extractOnce = (input: DocumentInput) =>
    new Promise<DocumentExtraction>((resolve, reject) => {
      if (!existsSync(EXTRACTION_WORKER_PATH)) {
        return reject(new Error(`${EXTRACTION_WORKER_PATH} is missing: run npm run build.`));
      }
      const worker = new Worker(EXTRACTION_WORKER_PATH, { workerData: input });
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(
          userError(
            `Extraction took longer than ${options.timeoutMs} ms; nothing was written. Send a shorter document.`,
            ErrorCode.EXTRACTION_TIMEOUT,
            422,
          ),
        );
      }, options.timeoutMs);
      worker.once(
        'message',
        (message: { ok: true; extraction: DocumentExtraction } | { ok: false; message: string }) => {
          clearTimeout(timer);
          void worker.terminate();
          if (message.ok) resolve(message.extraction);
          else reject(new Error(message.message));
        },
      );
      worker.once('error', (error: Error) => {
        clearTimeout(timer);
        reject(error);
      });
    });

  return async (input) => {
    await acquire();
    try {
      return await extractOnce({ ...input });
    } finally {
      release();
    }
  };
}
