/**
 * Worker-thread entry (bundled to dist/extraction-worker.js): extracts one document and posts the extraction
 * back. It runs off the API's event loop, so a slow document stalls nobody, and its thread can be terminated
 * when it runs past its time budget.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument, type DocumentInput } from '@newsgraph/extraction';

const input = workerData as DocumentInput;
try {
  parentPort!.postMessage({ ok: true, extraction: extractDocument(input) });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
