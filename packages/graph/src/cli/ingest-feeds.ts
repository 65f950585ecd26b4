import {
  DocumentError,
  readFeed,
  readUrl,
  type DocumentLimits,
  type Feed,
  type FeedItem,
  type Fetcher,
  type ReadResult,
} from '@newsgraph/documents';
import type { Graph } from '../graph.js';
import type { FeedItemMemory } from '../feeds/feed-memory.js';
import { ingestReadResults, type IngestRunOptions, type IngestRunResult } from './ingest-run.js';
import { orderedMap } from './ordered-map.js';

/** Failures worth another try at the next poll (the page may answer then); anything else is remembered as failed. */
const TRANSIENT = new Set(['E_TIMEOUT', 'E_NETWORK', 'E_HTTP_STATUS']);

/** Options of ingestFeed. */
export interface IngestFeedOptions extends Omit<IngestRunOptions, 'total' | 'onIngested'> {
  fetcher: Fetcher;
  limits: DocumentLimits;
  /** Pages fetched ahead of extraction; default 4 (the fetcher still sends at most 2 per host). */
  prefetch?: number;
}

/** What one poll of one feed did. */
export interface FeedRunResult extends IngestRunResult {
  feed: string;
  /** Items in the feed, and those new or changed since the last poll (the ones fetched). */
  listed: number;
  fresh: number;
}

/**
 * One poll of a feed: reads it, keeps the items that are new or whose fingerprint changed since the last poll
 * (the memory is in Neo4j, see FeedMemory), fetches each item's page and ingests it through the same engine as
 * files. An item without a link is reported (E_NO_LINK) and remembered; a refused page is remembered as failed;
 * a timeout, network error or HTTP error is retried at the next poll. Items gone from the feed are left alone.
 * A feed that cannot be read is one failure of the run, not an exception.
 */
export async function ingestFeed(graph: Graph, feedUrl: string, options: IngestFeedOptions): Promise<FeedRunResult> {
  let feed: Feed;
  try {
    feed = await readFeed(feedUrl, options.fetcher);
  } catch (error) {
    const e = error as DocumentError;
    return {
      feed: feedUrl,
      listed: 0,
      fresh: 0,
      progress: { total: 1, done: 1, changed: 0, unchanged: 0, failed: 1, elapsedMs: 0 },
      failures: [{ file: feedUrl, message: `${e.code}: ${e.message}` }],
    };
  }
  const seen = await graph.feeds.seen(feed.url);
  const fresh = feed.items.filter((item) => seen.get(item.key) !== item.fingerprint);
  const byWhere = new Map<string, FeedItem>();
  const remembered: FeedItemMemory[] = [];
  const results = async function* (): AsyncGenerator<ReadResult> {
    yield* orderedMap(fresh, options.prefetch ?? 4, async (item): Promise<ReadResult> => {
      if (!item.link) {
        const where = `${feed.url} item ${item.key}`;
        byWhere.set(where, item);
        return { where, error: new DocumentError('E_NO_LINK', where, `item "${item.title ?? item.key}" has no link`) };
      }
      byWhere.set(item.link, item);
      return readUrl(item.link, options.fetcher, options.limits, {
        title: item.title,
        publishedAt: item.publishedAt,
        publisher: feed.title,
      });
    });
  };
  const run = await ingestReadResults(results(), {
    ...options,
    total: fresh.length,
    onIngested: (where, _input, result) => {
      const item = byWhere.get(where);
      if (item)
        remembered.push({
          key: item.key,
          fingerprint: item.fingerprint,
          sourceId: result.outcome.sourceId,
          failure: null,
        });
    },
  });
  for (const failure of run.failures) {
    const item = byWhere.get(failure.file);
    // Only the reader's refusals are remembered; a database failure (no code) is retried at the next poll.
    const code = /^E_[A-Z_]+/.exec(failure.message)?.[0];
    if (item && code && !TRANSIENT.has(code))
      remembered.push({ key: item.key, fingerprint: item.fingerprint, sourceId: null, failure: code });
  }
  await graph.feeds.remember(feed.url, remembered);
  return { ...run, feed: feed.url, listed: feed.items.length, fresh: fresh.length };
}
