import { cypher, type CypherQuery } from '../query.js';

/** Name of the full-text index over entity names and aliases (Lucene, standard analyzer without stop words). */
export const ENTITY_NAME_INDEX = 'entityNames';

/**
 * Constraints and indexes, all `IF NOT EXISTS` so applying them twice is harmless.
 * Every id-bearing node carries `:Node` (one unique id across entities, events and sources) plus its type label,
 * and every id lookup matches `:Node:<Type> {id}`, so the single `node_id` constraint serves them all. Per-label
 * id constraints (entity_id, source_id, event_id, created by earlier versions) only doubled the index writes and
 * uniqueness locks of every ingested node, so they are dropped.
 */
export function schemaStatements(): CypherQuery[] {
  const statements = [
    cypher`CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE`,
    cypher`DROP CONSTRAINT entity_id IF EXISTS`,
    cypher`DROP CONSTRAINT source_id IF EXISTS`,
    cypher`DROP CONSTRAINT event_id IF EXISTS`,
    // A Claim is found by its key (claim_key) or from its article (ASSERTS), never by an id: its unique id (one index
    // entry and one uniqueness check per Claim at every commit) is no longer written (Round 6).
    cypher`DROP CONSTRAINT claim_id IF EXISTS`,
    // Mention counts per entity kept by ingestion (ingest/mention-tallies.ts), and what migrations have run.
    cypher`CREATE CONSTRAINT mention_tally_id IF NOT EXISTS FOR (n:MentionTally) REQUIRE n.id IS UNIQUE`,
    cypher`CREATE CONSTRAINT schema_migration_id IF NOT EXISTS FOR (n:SchemaMigration) REQUIRE n.id IS UNIQUE`,
    // What `npm run ingest -- --feed … --watch` has seen, per feed (FeedItem.id = feed URL + '|' + item key).
    cypher`CREATE CONSTRAINT feed_item_id IF NOT EXISTS FOR (n:FeedItem) REQUIRE n.id IS UNIQUE`,
    cypher`CREATE INDEX feed_item_feed IF NOT EXISTS FOR (n:FeedItem) ON (n.feedUrl)`,
    // Syndication: lookup keys (exact text hash, LSH bands) and copy groups of republished copies.
    cypher`CREATE CONSTRAINT text_band_key IF NOT EXISTS FOR (n:TextBand) REQUIRE n.key IS UNIQUE`,
    cypher`CREATE CONSTRAINT copy_group_id IF NOT EXISTS FOR (n:CopyGroup) REQUIRE n.id IS UNIQUE`,
    cypher`CREATE INDEX claim_key IF NOT EXISTS FOR (n:Claim) ON (n.key)`,
    cypher`CREATE INDEX source_kind_published IF NOT EXISTS FOR (n:Source) ON (n.kind, n.publishedAt)`,
    cypher`CREATE INDEX source_uri IF NOT EXISTS FOR (n:Source) ON (n.uri)`,
    cypher`CREATE INDEX event_when IF NOT EXISTS FOR (n:Event) ON (n.when)`,
    cypher`CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind)`,
    // Stories: candidates of a new event by organization and kind; one lock node per root organization and kind.
    cypher`CREATE INDEX story_org_kind IF NOT EXISTS FOR (n:Story) ON (n.orgId, n.kind)`,
    cypher`CREATE CONSTRAINT story_lock_id IF NOT EXISTS FOR (n:StoryLock) REQUIRE n.id IS UNIQUE`,
    // Statements of a speaker, newest first, without reading the others.
    cypher`CREATE INDEX statement_speaker IF NOT EXISTS FOR (n:Statement) ON (n.speakerId, n.reportedAt)`,
    cypher`CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]`,
    // The node search (path picker) finds articles by title and cited sources by name.
    cypher`CREATE FULLTEXT INDEX sourceTitles IF NOT EXISTS FOR (n:Source) ON EACH [n.title]`,
    // Exact-name lookups (sourcesCiting) without a Lucene query; graphs written before nameKey existed get it here.
    cypher`CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey)`,
    cypher`MATCH (n:Entity) WHERE n.nameKey IS NULL AND n.name IS NOT NULL SET n.nameKey = toLower(n.name)`,
    // An entity's sources newest first, a page at a time, however many articles mention it (see MENTIONS_NEWEST):
    // the article id is in the index so the page is an ordered seek with no sort (mentions_order lacked it).
    cypher`DROP INDEX mentions_order IF EXISTS`,
    cypher`CREATE INDEX mentions_newest IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.entityId, m.publishedAt, m.sourceId)`,
  ];
  return statements.map((text) => ({ cypher: text, params: {} }));
}

/** Waits until every index is online (a fresh full-text index answers nothing until then). */
export function awaitIndexesStatement(timeoutSeconds = 120): CypherQuery {
  return { cypher: cypher`CALL db.awaitIndexes($timeoutSeconds)`, params: { timeoutSeconds } };
}

/** MENTIONS written before they carried their index keys, per transaction of `backfillMentionKeysStatement`. */
export const MENTION_BACKFILL_BATCH = 20_000;

/**
 * Gives MENTIONS written by earlier versions their `mentions_newest` keys (entity id, publication day or '', article
 * id), at most
 * MENTION_BACKFILL_BATCH per call so a large graph is migrated in bounded transactions. Row: `{ updated }`.
 */
export function backfillMentionKeysStatement(): CypherQuery {
  return {
    cypher: cypher`
      MATCH (s:Source)-[m:MENTIONS]->(n:Node)
      WHERE m.sourceId IS NULL
      WITH s, m, n LIMIT $batch
      SET m.entityId = n.id, m.publishedAt = coalesce(s.publishedAt, ''), m.sourceId = s.id
      RETURN count(*) AS updated`,
    params: { batch: MENTION_BACKFILL_BATCH },
  };
}
