import { cypher, cypherFragment as f, type CypherFragment } from '../query.js';
import { keysetOrder } from './keyset.js';

/**
 * How an entity's mentioning articles are read, newest first: through the `mentions_newest` relationship index
 * (entity id, publication day or '', article id), from its end, so Neo4j stops after the page. The index holds the
 * whole sort key, so the ordered seek needs no sort operator at all (a plain `Limit`); with the article id outside
 * the index (`mentions_order`, before) the page needed a PartialTop, and a plan that sorts every mention of a hub
 * (a seek without order, then `Top`) costs about the same to the planner on some statistics — main read all of a
 * hub's mentions that way in two runs. The ORDER BY names `m.entityId` (equal on every row) so the planner sees
 * the index's order; the hint keeps it from expanding a hub's every MENTIONS instead (and needs a predicate on
 * every key: `>= ''` holds for every MENTIONS). The hint says SEEK: `USING INDEX` alone is also met by a scan of
 * the whole index from its end, filtering on the entity — a plan chosen after a replan on some statistics (CI,
 * hub-reads.int.test.ts: 680 db hits for a page that costs 340 by a seek, growing with every mention of every
 * entity whose id sorts after this one's). Expects the entity bound as `n`, the article as `item`, its MENTIONS as
 * `m`.
 */
export const MENTIONS_NEWEST = f`MATCH (item:Source)-[m:MENTIONS]->(n)
    USING INDEX SEEK m:MENTIONS(entityId, publishedAt, sourceId)
    WHERE m.entityId = n.id AND m.publishedAt >= '' AND m.sourceId >= ''`;

/**
 * `ORDER BY` of MENTIONS_NEWEST: newest first, articles of one day by id descending — the index's order. (The
 * articles list, SOURCE_ORDERS.NEWEST, breaks ties by id ascending: its cursors have the same shape, not the
 * same order.)
 */
export const MENTIONS_NEWEST_ORDER = f`ORDER BY m.entityId DESC, m.publishedAt DESC, m.sourceId DESC`;

/** An entity's sources newest first as a keyset order (`[publishedAt, article id]`), compared on index values. */
export const MENTION_KEYSET = keysetOrder([
  { expr: f`m.publishedAt`, desc: true },
  { expr: f`m.sourceId`, desc: true },
]);

/**
 * The mentions after `$cursor` (newest first) as a range the index seeks, `publishedAt <= $cursor[0]`, and a `CASE`
 * for the cursor's own day. Not `MENTION_KEYSET.after`: its `OR` (an earlier day, or the same day and a smaller id)
 * is planned as a union of two seeks, which loses the index order and sorts every older mention of a hub (`Top`;
 * 6,016 db hits for page 2 at 12,000 mentions in hub-reads.int.test.ts). A `CASE` is no disjunction to the planner:
 * one ordered seek, a filter, a `Limit`.
 */
const MENTIONS_AFTER_CURSOR = f` AND m.publishedAt <= $cursor[0]
      AND CASE WHEN m.publishedAt = $cursor[0] THEN m.sourceId < $cursor[1] ELSE true END`;

/** The two statements of a mention page: the first page, and a page after a cursor. */
export interface MentionPageStatements {
  /** `$ids`, `$first`: no cursor, so nothing in it depends on one (`beyond` is false). */
  first: string;
  /** `$ids`, `$cursor`, `$first`. */
  next: string;
}

/**
 * One page forwards of each entity's mentioning articles, bounded however many articles mention it: the total is
 * the entity's MENTIONS degree (one read, kept by Neo4j for dense nodes), the page an ordered index range from the
 * cursor's day and a `Limit`. Row per id: `{ id, totalCount, rows: [[projection, key]], beyond }`, as
 * keysetPageStatement's.
 *
 * Two statements, so neither has a branch the planner could cost as reading every mention. One statement with
 * `$cursor IS NULL OR …` and `$cursor IS NOT NULL AND EXISTS { … }` (before) was planned once for both kinds of
 * page, and its `EXISTS` ran for the first page too (an `EXISTS` in a projection is planned as a `LetSemiApply`
 * that runs for every row, whatever the `AND` before it); on some statistics it was a seek over all of a hub's
 * mentions. Whether items precede the cursor (`beyond`) is now the entity's newest mention compared with the
 * cursor: the same ordered seek with `LIMIT 1`, not a range whose length depends on the store. The cursor page's
 * range has no `OR` either (MENTIONS_AFTER_CURSOR).
 */
export function mentionPageStatements(projection: CypherFragment): MentionPageStatements {
  const page = (cursorFilter: CypherFragment) => f`
    CALL (n) {
      ${MENTIONS_NEWEST}${cursorFilter}
      WITH item, m ${MENTIONS_NEWEST_ORDER}
      LIMIT $first + 1
      RETURN collect([${projection}, ${MENTION_KEYSET.key}]) AS rows
    }`;
  const parent = f`UNWIND $ids AS id
    MATCH (n:Node {id: id})`;
  const total = f`COUNT { (n)<-[:MENTIONS]-() } AS totalCount`;
  return {
    first: cypher`
    ${parent}
    ${page(f``)}
    RETURN id, ${total}, rows, false AS beyond`,
    next: cypher`
    ${parent}
    ${page(MENTIONS_AFTER_CURSOR)}
    CALL (n) {
      ${MENTIONS_NEWEST}
      WITH m ${MENTIONS_NEWEST_ORDER}
      LIMIT 1
      RETURN collect(NOT ${MENTION_KEYSET.after}) AS newest
    }
    RETURN id, ${total}, rows, coalesce(newest[0], false) AS beyond`,
  };
}
