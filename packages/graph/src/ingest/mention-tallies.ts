import { cypher, cypherFragment as f, type CypherQuery } from '../query.js';
import type { PreparedDocument } from './prepare-document.js';
import { sumDeltas } from './sum-deltas.js';

/**
 * Counters per entity of its mentions (name spans) in all articles, so `Entity.mentionCount` reads a few nodes
 * instead of every MENTIONS of a hub. Each entity's count is split over this many `MentionTally` nodes
 * (`<entity id>|<shard>`); a transaction adds to one shard, picked at random, so concurrent batches naming the
 * same hub seldom wait on one node (the entity node itself is never written for a mention, see ingestStatement).
 */
export const MENTION_TALLY_SHARDS = 16;

/** The tally node ids of the entity whose id is `id`, one per shard (param `$lastShard`: MENTION_TALLY_SHARDS - 1). */
export const TALLY_IDS = f`[shard IN range(0, $lastShard) | id + '|' + shard]`;

/** How many mentions an entity gains (or, negative, loses) in one transaction. */
export interface TallyDelta {
  entityId: string;
  delta: number;
}

/** The mentions the documents write, per entity (one per name span, as `size(MENTIONS.starts)`). */
export function writtenMentions(docs: PreparedDocument[]): TallyDelta[] {
  return docs.flatMap((doc) => doc.entities.map((e) => ({ entityId: e.id, delta: e.mentions.starts.length })));
}

/** Sums deltas per entity, drops those that cancel out, and sorts by id (every transaction locks in one order). */
export function sumTallies(deltas: TallyDelta[]): TallyDelta[] {
  return sumDeltas(deltas, (tally) => tally.entityId);
}

/**
 * Adds the deltas to shard `shard` of each entity's tally. Meant as the transaction's last statement: its locks
 * are taken in id order after every other write, so two transactions cannot wait on each other through them.
 */
export function addMentionTalliesQuery(deltas: TallyDelta[], shard: number): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $tallies AS t
      MERGE (c:MentionTally {id: t.entityId + '|' + $shard})
      ON CREATE SET c.entityId = t.entityId, c.count = 0
      SET c.count = c.count + t.delta`,
    params: { tallies: deltas, shard },
  };
}

/**
 * Deletes every shard of the entities (`ids`: those that lost mentions) whose count is now zero in total, so a
 * graph emptied of articles keeps no tallies either.
 */
export function dropEmptyTalliesQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      CALL (id) {
        UNWIND ${TALLY_IDS} AS tallyId
        MATCH (t:MentionTally {id: tallyId}) USING INDEX t:MentionTally(id)
        RETURN collect(t) AS tallies, sum(t.count) AS total
      }
      WITH tallies WHERE total = 0
      FOREACH (t IN tallies | DELETE t)`,
    params: { ids, lastShard: MENTION_TALLY_SHARDS - 1 },
  };
}

/** A shard for one transaction, uniformly at random. */
export function pickTallyShard(): number {
  return Math.floor(Math.random() * MENTION_TALLY_SHARDS);
}
