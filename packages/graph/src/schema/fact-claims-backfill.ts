import type { Executor } from '../executor.js';
import { cypher, type CypherQuery } from '../query.js';
import { migrateOnce } from './schema-migration.js';

/** Claims read per transaction of the backfill (their fact keys' edges are then counted whole). */
export const FACT_CLAIMS_BACKFILL_BATCH = 5_000;

/**
 * Sets `claims` on the edges of the fact keys of the next FACT_CLAIMS_BACKFILL_BATCH Claims after key `after`, in
 * key order through `claim_key`: the number of Claims with the edge's key, counted whole (a key the batch ends in
 * is not read again by the next one, which starts past it). Row: `{ last }` (null when no Claim is left).
 */
function countFactClaimsQuery(after: string): CypherQuery {
  return {
    cypher: cypher`
      MATCH (c:Claim) WHERE c.key > $after
      WITH c.key AS key, c.from AS from, c.to AS to ORDER BY key LIMIT $batch
      WITH DISTINCT key, from, to
      CALL (key, from, to) {
        MATCH (:Node {id: from})-[edge {key: key}]->(:Node {id: to})
        SET edge.claims = COUNT { MATCH (claim:Claim {key: key}) }
      }
      RETURN max(key) AS last`,
    params: { after, batch: FACT_CLAIMS_BACKFILL_BATCH },
  };
}

/**
 * Gives the fact edges of a graph written before they counted their Claims their `claims` (see
 * ingest/fact-claims.ts), once, in bounded transactions; exact whatever counts are there.
 */
export async function backfillFactClaims(executor: Executor): Promise<void> {
  await migrateOnce(executor, 'fact-claims', countFactClaimsQuery);
}
