import { asError } from '../errors.js';
import { pageMetaOf, type Graph, type IngestInput } from '../graph.js';
import type { ExtractedDocument, IngestResult } from '../ingest/ingest-document.js';
import type { ExtractionPool } from '@newsgraph/extraction/pool';

/**
 * `graph.ingestTexts` with extraction on the pool's threads: a batch's documents are extracted in parallel, off
 * the main thread, then written by `ingestDocuments` (each document all or nothing, unchanged ones skipped). With
 * several batches in flight (`ingestReadResults`' concurrency), the next batches extract while one is written, so
 * extraction and Neo4j's work overlap. A document that fails extraction fails alone. Results in input order.
 */
export function createPooledIngest(
  graph: Pick<Graph, 'ingestDocuments'>,
  pool: ExtractionPool,
  batchSize?: number,
): (inputs: IngestInput[]) => Promise<IngestResult[]> {
  return async (inputs) => {
    const results = new Array<IngestResult>(inputs.length);
    const settled = await Promise.allSettled(inputs.map((input) => pool.extract(input)));
    const extracted: Array<{ index: number; document: ExtractedDocument }> = [];
    settled.forEach((outcome, index) => {
      const input = inputs[index]!;
      if (outcome.status === 'fulfilled')
        extracted.push({ index, document: { extraction: outcome.value, text: input.text, page: pageMetaOf(input) } });
      else results[index] = { ok: false, error: asError(outcome.reason) };
    });
    const written = await graph.ingestDocuments(
      extracted.map((item) => item.document),
      batchSize,
    );
    extracted.forEach((item, i) => (results[item.index] = written[i]!));
    return results;
  };
}
