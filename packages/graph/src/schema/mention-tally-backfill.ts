import type { Executor } from '../executor.js';
import { MENTION_TALLY_SHARDS, TALLY_IDS } from '../ingest/mention-tallies.js';
import { cypher, type CypherQuery } from '../query.js';
import { migrateOnce } from './schema-migration.js';

/** Entities whose tallies are recomputed per transaction of the backfill. */
export const TALLY_BACKFILL_BATCH = 2_000;

/**
 * Recomputes the tallies of the next TALLY_BACKFILL_BATCH entities after `after` (by id) from their MENTIONS: the
 * old shards go, shard 0 holds the total. Row: `{ last }` (null when no entity is left).
 */
function recomputeTalliesQuery(after: string): CypherQuery {
  return {
    cypher: cypher`
      MATCH (n:Node:Entity) WHERE n.id > $after
      WITH n ORDER BY n.id LIMIT $batch
      CALL (n) {
        WITH n.id AS id
        MATCH (t:MentionTally) WHERE t.id IN ${TALLY_IDS}
        DELETE t
      }
      CALL (n) {
        MERGE (t:MentionTally {id: n.id + '|0'})
        SET t.entityId = n.id,
            t.count = reduce(total = 0, size IN COLLECT { MATCH (n)<-[m:MENTIONS]-() RETURN size(m.starts) } | total + size)
      }
      RETURN max(n.id) AS last`,
    params: { after, batch: TALLY_BACKFILL_BATCH, lastShard: MENTION_TALLY_SHARDS - 1 },
  };
}

/**
 * Gives a graph written before mention tallies existed its tallies, once, in bounded transactions. Recomputing is
 * exact whatever tallies exist, so a graph emptied and refilled without the marker is simply recounted.
 */
export async function backfillMentionTallies(executor: Executor): Promise<void> {
  await migrateOnce(executor, 'mention-tallies', recomputeTalliesQuery);
}
