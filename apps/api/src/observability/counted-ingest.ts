import type { Graph } from '@newsgraph/graph';
import type { ApiMetrics } from './metrics.js';

/**
 * The graph with `ingestDocument` counted in `newsgraph_ingest_articles_total{result}`: 'ingested' (written),
 * 'unchanged' (the same revision was already stored) or 'failed' (the write threw).
 */
export function countedIngest(graph: Graph, metrics: ApiMetrics): Graph {
  return {
    ...graph,
    async ingestDocument(extraction, text, page) {
      try {
        const outcome = await graph.ingestDocument(extraction, text, page);
        metrics.countIngest(outcome.changed ? 'ingested' : 'unchanged');
        return outcome;
      } catch (error) {
        metrics.countIngest('failed');
        throw error;
      }
    },
  };
}
