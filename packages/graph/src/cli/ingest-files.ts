import { readFile } from 'node:fs/promises';
import type { DocumentInput } from '@newsgraph/extraction';
import type { IngestOutcome } from '../ingest/ingest-document.js';
import type { IngestProgress } from './progress.js';

/** Options of `ingestFiles`. */
export interface IngestFilesOptions {
  /** Ingests one document (normally `graph.ingestText`). */
  ingest: (input: DocumentInput) => Promise<IngestOutcome>;
  /** The `uri` recorded for a file; default its path as given. */
  uriFor?: (file: string) => string;
  /** Files in flight at once; default 4 (extraction is CPU-bound, the database write overlaps it). */
  concurrency?: number;
  onProgress?: (progress: IngestProgress) => void;
}

/** What `ingestFiles` did; a failed file never stops the others. */
export interface IngestFilesResult {
  progress: IngestProgress;
  failures: Array<{ file: string; message: string }>;
}

/** Reads and ingests each file (uri = `uriFor(file)`, default the path), reporting progress after each one. */
export async function ingestFiles(files: readonly string[], options: IngestFilesOptions): Promise<IngestFilesResult> {
  const started = performance.now();
  const progress: IngestProgress = { total: files.length, done: 0, changed: 0, unchanged: 0, failed: 0, elapsedMs: 0 };
  const failures: IngestFilesResult['failures'] = [];
  let next = 0;

  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      try {
        const text = await readFile(file, 'utf8');
        const outcome = await options.ingest({ text, uri: options.uriFor?.(file) ?? file });
        if (outcome.changed) progress.changed++;
        else progress.unchanged++;
      } catch (error) {
        progress.failed++;
        failures.push({ file, message: error instanceof Error ? error.message : String(error) });
      }
      progress.done++;
      progress.elapsedMs = performance.now() - started;
      options.onProgress?.({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, files.length)) }, worker));
  progress.elapsedMs = performance.now() - started;
  return { progress, failures };
}
