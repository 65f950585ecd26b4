import { isDocumentError, type ReadResult } from '@newsgraph/documents';
import { asError } from '../errors.js';
import type { IngestInput } from '../graph.js';
import { INGEST_BATCH_SIZE, type IngestResult } from '../ingest/ingest-document.js';
import type { IngestProgress } from './progress.js';

/** `CODE: message` for the reader's errors (the path is printed beside it already), the message otherwise. */
function failureMessage(error: Error): string {
  return isDocumentError(error) ? `${error.code}: ${error.message}` : error.message;
}

/** Options of ingestReadResults. */
export interface IngestRunOptions {
  /** Ingests a batch of documents, one result per input in order (normally `graph.ingestTexts`). */
  ingest: (inputs: IngestInput[]) => Promise<IngestResult[]>;
  /** Batches in flight at once; default 4 (extraction is CPU-bound, the database writes overlap it). */
  concurrency?: number;
  /** Documents per batch (one transaction each, see `ingestDocuments`); default INGEST_BATCH_SIZE. */
  batchSize?: number;
  /** Documents expected, when known up front (for the progress bar's ETA); null for streamed datasets and feeds. */
  total?: number | null;
  onProgress?: (progress: IngestProgress) => void;
  /** Called with each document written (or found unchanged), e.g. to remember feed items. */
  onIngested?: (where: string, input: IngestInput, result: IngestResult & { ok: true }) => void | Promise<void>;
}

/** What a run did; a failed document never stops the others. */
export interface IngestRunResult {
  progress: IngestProgress;
  failures: Array<{ file: string; message: string }>;
}

/**
 * The engine of `npm run ingest` and `npm start`'s seeding: pulls documents from the shared reader (read, guarded
 * and reduced already; see @newsgraph/documents), groups them in batches of `batchSize` and ingests `concurrency`
 * batches at a time; a document the reader refused, or that fails to extract or write, is counted and reported
 * with its code, and the rest goes on. Reads lazily: memory holds the batches in flight, not the input.
 */
export async function ingestReadResults(
  results: AsyncIterable<ReadResult>,
  options: IngestRunOptions,
): Promise<IngestRunResult> {
  const started = performance.now();
  const progress: IngestProgress = {
    total: options.total ?? null,
    done: 0,
    changed: 0,
    unchanged: 0,
    failed: 0,
    elapsedMs: 0,
  };
  const failures: IngestRunResult['failures'] = [];
  const batchSize = Math.max(1, options.batchSize ?? INGEST_BATCH_SIZE);
  const iterator = results[Symbol.asyncIterator]();
  let exhausted = false;
  let pulling: Promise<unknown> = Promise.resolve();
  const report = (where: string, result: IngestResult) => {
    if (!result.ok) {
      progress.failed++;
      failures.push({ file: where, message: failureMessage(result.error) });
    } else if (result.outcome.changed) progress.changed++;
    else progress.unchanged++;
    progress.done++;
    progress.elapsedMs = performance.now() - started;
    options.onProgress?.({ ...progress });
  };
  /** Takes the next batch off the reader; pulls are serialised so batches never interleave. */
  const nextBatch = (): Promise<ReadResult[]> => {
    const batch = pulling.then(async () => {
      const items: ReadResult[] = [];
      while (!exhausted && items.length < batchSize) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else items.push(next.value);
      }
      return items;
    });
    pulling = batch;
    return batch;
  };
  const worker = async () => {
    for (let batch = await nextBatch(); batch.length > 0; batch = await nextBatch()) {
      const readable = batch.filter((item): item is ReadResult & { document: IngestInput } => 'document' in item);
      let written: IngestResult[];
      try {
        written = await options.ingest(readable.map((item) => item.document));
      } catch (error) {
        written = readable.map(() => ({ ok: false, error: asError(error) }));
      }
      let r = 0;
      for (const item of batch) {
        if ('error' in item) {
          report(item.where, { ok: false, error: item.error });
          continue;
        }
        const result = written[r++]!;
        if (result.ok) await options.onIngested?.(item.where, item.document, result);
        report(item.where, result);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  progress.elapsedMs = performance.now() - started;
  if (progress.total === null) progress.total = progress.done;
  return { progress, failures };
}
