export { probeWithin, type ProbeResult } from './ping.js';
export { createGraph, pageMetaOf, type Graph, type GraphOptions, type IngestInput } from './graph.js';
export type { Neo4jConnection } from './connection.js';
export { GraphError, GraphErrorCode, isUnavailable, toGraphError } from './errors.js';
export { toCypherParams, type Executor, type ExecutorOptions, type WriteTransaction } from './executor.js';
export type { CypherQuery } from './query.js';
export {
  INGEST_BATCH_SIZE,
  type ExtractedDocument,
  type IngestOutcome,
  type IngestResult,
} from './ingest/ingest-document.js';
export { MAX_DOCUMENT_BYTES, type PageMeta } from './ingest/prepare-document.js';
export { MAX_QUOTES_PER_LINK, QUOTE_MAX_CHARS, QUOTE_WINDOW_CHARS } from './ingest/quote-bounds.js';
export type { Extract } from './ingest/extractor.js';
export type { ReadModel } from './read-model.js';
export type * from './records.js';
export { decodeCursor, encodeCursor, type CursorKey } from './keyset-cursor.js';
export type * from './story-records.js';
export type { StoryReadModel } from './story-read-model.js';
export { STORY_KINDS, STORY_ORDER, storiesPageQuery, type StoryFilter } from './queries/story-queries.js';
export { totalsQuery, type TotalsGroupBy } from './queries/totals-query.js';
export { statementsByQuery } from './queries/statement-queries.js';
export { isPartialDate, rangeOf } from './stories/story-dates.js';
export { preferenceReason, BASIS_RANK, type ClaimBasis } from './stories/preference.js';
export { clampFirst, searchQuery, type SearchArgs } from './queries/search.js';
export {
  CITING_SOURCE_FIELDS,
  sourcesCitingExactQuery,
  sourcesCitingQuery,
  type CitingSourceField,
} from './queries/citing-query.js';
export {
  neighbourhoodQuery,
  EDGES_PER_NODE,
  NEIGHBOURHOOD_LIMIT,
  NEIGHBOURHOOD_MAX_NODES,
  type NeighbourhoodView,
} from './queries/neighbourhood-query.js';
export { MAX_PATH_HOPS } from './queries/path-query.js';
export { LIST_CAPS } from './list-caps.js';
export { evidenceRefKey } from './queries/evidence-queries.js';
export {
  EVENT_ORDERS,
  SOURCE_ORDERS,
  type EventFilter,
  type EventOrder,
  type PageWindow,
  type SourceOrder,
} from './queries/page-queries.js';
export type { PageReadModel } from './page-read-model.js';
export type { Period } from './queries/event-periods-query.js';
export { escapeLucene } from './queries/lucene.js';
export { ingestReadResults, type IngestRunOptions, type IngestRunResult } from './cli/ingest-run.js';
export type { FeedItemMemory, FeedMemory } from './feeds/feed-memory.js';
