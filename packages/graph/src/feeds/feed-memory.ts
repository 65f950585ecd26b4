import type { Executor } from '../executor.js';
import { cypher, type CypherQuery } from '../query.js';

/** What is remembered of one feed item: the fingerprint it had when handled, and the article it became (if any). */
export interface FeedItemMemory {
  key: string;
  fingerprint: string;
  /** The article's id, or null when the item failed for good (no link, refused page). */
  sourceId: string | null;
  /** The failure's code when it failed for good. */
  failure: string | null;
}

/** Fingerprints of the items of `feedUrl` seen before, by item key. */
export function seenFeedItemsQuery(feedUrl: string): CypherQuery {
  return {
    cypher: cypher`
      MATCH (i:FeedItem {feedUrl: $feedUrl})
      RETURN i.key AS key, i.fingerprint AS fingerprint`,
    params: { feedUrl },
  };
}

/**
 * Remembers handled items of `feedUrl` (MERGE by feed and key): their fingerprint, when they were seen, and the
 * article they became (`(:FeedItem)-[:BECAME]->(:Source)`; replaced when the item changes).
 */
export function rememberFeedItemsQuery(feedUrl: string, items: FeedItemMemory[], seenAt: string): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $items AS item
      MERGE (i:FeedItem {id: $feedUrl + '|' + item.key})
      SET i.feedUrl = $feedUrl, i.key = item.key, i.fingerprint = item.fingerprint, i.seenAt = $seenAt,
          i.failure = item.failure
      WITH i, item
      OPTIONAL MATCH (i)-[old:BECAME]->()
      DELETE old
      WITH DISTINCT i, item
      OPTIONAL MATCH (s:Node:Source {id: item.sourceId})
      FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (i)-[:BECAME]->(s))`,
    params: { feedUrl, items, seenAt },
  };
}

/** Reads and writes the feed memory of `npm run ingest -- --feed … --watch`: in Neo4j, so it survives restarts. */
export function createFeedMemory(executor: Executor) {
  return {
    /** Fingerprint by item key of every item of the feed handled before. */
    async seen(feedUrl: string): Promise<Map<string, string>> {
      const rows = await executor.read<{ key: string; fingerprint: string }>(seenFeedItemsQuery(feedUrl));
      return new Map(rows.map((row) => [row.key, row.fingerprint]));
    },
    /** Records items as handled (one transaction). */
    async remember(feedUrl: string, items: FeedItemMemory[]): Promise<void> {
      if (items.length === 0) return;
      await executor.write((tx) => tx.run(rememberFeedItemsQuery(feedUrl, items, new Date().toISOString())));
    },
  };
}

/** The feed memory's interface (see createFeedMemory). */
export type FeedMemory = ReturnType<typeof createFeedMemory>;
