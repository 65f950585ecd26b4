/**
 * Worker-thread entry of the extraction pool (bundled to dist/extraction-pool-worker.js beside the CLI that uses
 * it: `extract`, `ingest`): extracts the documents it is sent, one message each, for as long as the pool lives,
 * so a bulk run pays for a thread and extraction's warm-up once, not per document. With `render` it sends back
 * the document as the extract CLI prints it (a string), not the extraction, so only text crosses the threads.
 */
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../extract-document.js';
import { renderDocument, type Rendering } from '../cli/render.js';
import type { DocumentInput } from '../types.js';

parentPort!.on('message', ({ id, input, render }: { id: number; input: DocumentInput; render?: Rendering }) => {
  try {
    const extraction = extractDocument(input);
    parentPort!.postMessage(
      render ? { id, ok: true, text: renderDocument(extraction, render) } : { id, ok: true, extraction },
    );
  } catch (error) {
    parentPort!.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
