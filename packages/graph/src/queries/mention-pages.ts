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
 * every key: `>= ''` holds for every MENTIONS). Expects the entity bound as `n`, the article as `item`, its
 * MENTIONS as `m`.
 */
export const MENTIONS_NEWEST = f`MATCH (item:Source)-[m:MENTIONS]->(n)
    USING INDEX m:MENTIONS(entityId, publishedAt, sourceId)
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
 * One page forwards of each entity's mentioning articles (`$ids`, `$cursor`, `$first`), bounded however many
 * articles mention it: the total is the entity's MENTIONS degree (one read, kept by Neo4j for dense nodes), the
 * page an index range from the cursor's day, and `beyond` one index probe. Row per id:
 * `{ id, totalCount, rows: [[projection, key]], beyond }`, as keysetPageStatement's.
 */
export function mentionPageStatement(projection: CypherFragment): string {
  return cypher`
    UNWIND $ids AS id
    MATCH (n:Node {id: id})
    CALL (n) {
      ${MENTIONS_NEWEST} AND m.publishedAt <= coalesce($cursor[0], '\uffff')
        AND ($cursor IS NULL OR ${MENTION_KEYSET.after})
      WITH item, m ${MENTIONS_NEWEST_ORDER}
      LIMIT $first + 1
      RETURN collect([${projection}, ${MENTION_KEYSET.key}]) AS rows
    }
    RETURN id, COUNT { (n)<-[:MENTIONS]-() } AS totalCount, rows,
      $cursor IS NOT NULL AND EXISTS { ${MENTIONS_NEWEST} AND m.publishedAt >= $cursor[0] AND NOT ${MENTION_KEYSET.after} } AS beyond`;
}
