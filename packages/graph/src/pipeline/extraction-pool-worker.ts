/**
 * Worker-thread entry of the extraction pool (bundled to dist/extraction-pool-worker.js beside the ingest CLI):
 * extracts the documents it is sent, one message each, for as long as the pool lives, so a bulk load pays for
 * a thread and extraction's warm-up once, not per document.
 */
import { parentPort } from 'node:worker_threads';
import { extractDocument, type DocumentInput } from '@newsgraph/extraction';

parentPort!.on('message', ({ id, input }: { id: number; input: DocumentInput }) => {
  try {
    parentPort!.postMessage({ id, ok: true, extraction: extractDocument(input) });
  } catch (error) {
    parentPort!.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
