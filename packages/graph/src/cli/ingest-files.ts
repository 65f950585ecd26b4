import { readFile } from 'node:fs/promises';
import type { DocumentInput } from '@newsgraph/extraction';
import { asError } from '../errors.js';
import { INGEST_BATCH_SIZE, type IngestResult } from '../ingest/ingest-document.js';
import type { IngestProgress } from './progress.js';

/** Options of `ingestFiles`. */
export interface IngestFilesOptions {
  /** Ingests a batch of documents, one result per input in order (normally `graph.ingestTexts`). */
  ingest: (inputs: DocumentInput[]) => Promise<IngestResult[]>;
  /** The `uri` recorded for a file; default its path as given. */
  uriFor?: (file: string) => string;
  /** Batches in flight at once; default 4 (extraction is CPU-bound, the database writes overlap it). */
  concurrency?: number;
  /** Files per batch (one transaction each, see `ingestDocuments`); default INGEST_BATCH_SIZE. */
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
}

/** What `ingestFiles` did; a failed file never stops the others. */
export interface IngestFilesResult {
  progress: IngestProgress;
  failures: Array<{ file: string; message: string }>;
}

/** Reads and ingests files in batches (uri = `uriFor(file)`, default the path), reporting progress after each file. */
export async function ingestFiles(files: readonly string[], options: IngestFilesOptions): Promise<IngestFilesResult> {
  const started = performance.now();
  const progress: IngestProgress = { total: files.length, done: 0, changed: 0, unchanged: 0, failed: 0, elapsedMs: 0 };
  const failures: IngestFilesResult['failures'] = [];
  const batchSize = Math.max(1, options.batchSize ?? INGEST_BATCH_SIZE);
  let next = 0;

  const report = (file: string, result: IngestResult) => {
    if (!result.ok) {
      progress.failed++;
      failures.push({ file, message: result.error.message });
    } else if (result.outcome.changed) progress.changed++;
    else progress.unchanged++;
    progress.done++;
    progress.elapsedMs = performance.now() - started;
    options.onProgress?.({ ...progress });
  };

  const worker = async () => {
    while (next < files.length) {
      const batch = files.slice(next, next + batchSize);
      next += batch.length;
      const read = await Promise.all(
        batch.map(async (file): Promise<{ file: string; input?: DocumentInput; error?: Error }> => {
          try {
            return { file, input: { text: await readFile(file, 'utf8'), uri: options.uriFor?.(file) ?? file } };
          } catch (error) {
            return { file, error: asError(error) };
          }
        }),
      );
      const inputs = read.flatMap((item) => (item.input ? [item.input] : []));
      let results: IngestResult[];
      try {
        results = await options.ingest(inputs);
      } catch (error) {
        results = inputs.map(() => ({ ok: false, error: asError(error) }));
      }
      let r = 0;
      for (const item of read) report(item.file, item.input ? results[r++]! : { ok: false, error: item.error! });
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, Math.ceil(files.length / batchSize)));
  await Promise.all(Array.from({ length: workers }, worker));
  progress.elapsedMs = performance.now() - started;
  return { progress, failures };
}
