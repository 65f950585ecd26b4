import { cypher, cypherFragment as f, type CypherFragment } from '../query.js';
import { keysetOrder } from './keyset.js';

/**
 * How an entity's mentioning articles are read, newest first: through the `mentions_order` relationship index
 * (entity id, publication day or '') from the newest, so Neo4j stops after the page (`PartialTop`: only the last
 * day's ties are sorted by id). The ORDER BY names `m.entityId` (equal on every row) because that is what lets the
 * planner see the index's order; the hint keeps it from expanding a hub's every MENTIONS instead (and needs a
 * predicate on both keys: `publishedAt >= ''` holds for every MENTIONS). Expects the
 * entity bound as `n`, the article as `item`, its MENTIONS as `m`.
 */
export const MENTIONS_NEWEST = f`MATCH (item:Source)-[m:MENTIONS]->(n)
    USING INDEX m:MENTIONS(entityId, publishedAt)
    WHERE m.entityId = n.id AND m.publishedAt >= ''`;

/** `ORDER BY` of MENTIONS_NEWEST: newest first, then id (the order of SOURCE_ORDERS.NEWEST). */
export const MENTIONS_NEWEST_ORDER = f`ORDER BY m.entityId DESC, m.publishedAt DESC, item.id`;

/** An entity's sources newest first as a keyset order; the key equals SOURCE_ORDERS.NEWEST's, so cursors carry over. */
export const MENTION_KEYSET = keysetOrder([{ expr: f`m.publishedAt`, desc: true }, { expr: f`item.id` }]);

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
