import { cypher, type CypherQuery } from '../query.js';
import type { PreparedDocument } from './prepare-document.js';
import type { RemovedEvidence } from './remove-statements.js';
import { sumDeltas } from './sum-deltas.js';

/**
 * How many Claims a fact edge (PART_OF, HOLDS_ROLE, CITES, …) gains or, negative, loses in one transaction. The
 * edge keeps the number as `claims` (the sources asserting it), so the neighbourhood weighs a tie by one property
 * read instead of counting a hub edge's Claims; it is found by its ends and its key.
 */
export interface ClaimDelta {
  key: string;
  from: string;
  to: string;
  delta: number;
}

/** Each fact key's number of Claims among the documents (one per document asserting it). */
export function claimsPerKey(docs: readonly PreparedDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) for (const { key } of doc.relations) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * The Claims the documents write, one per document and fact, but for the keys in `settled`: the ingest statement
 * counted those itself, on the edge it merged because no Claim backed it yet (see ingestStatement).
 */
export function writtenClaims(docs: readonly PreparedDocument[], settled: ReadonlySet<string>): ClaimDelta[] {
  return docs.flatMap((doc) =>
    doc.relations
      .filter((relation) => !settled.has(relation.key))
      .map(({ key, from, to }) => ({ key, from, to, delta: 1 })),
  );
}

/** The Claims the removed sources took back, one per source and fact. */
export function removedClaims(removed: readonly Pick<RemovedEvidence, 'claims'>[]): ClaimDelta[] {
  return removed.flatMap((evidence) => evidence.claims.map(({ key, from, to }) => ({ key, from, to, delta: -1 })));
}

/** Sums deltas per fact key, drops those that cancel out, and sorts by key (every transaction locks in one order). */
export function sumClaimDeltas(deltas: readonly ClaimDelta[]): ClaimDelta[] {
  return sumDeltas(deltas, (delta) => delta.key);
}

/**
 * Adds the deltas to the edges' `claims`. Meant to run after every other write but the mention tallies, as the
 * tallies do: its locks (one per edge, a hub's PART_OF edge asserted by thousands of articles among them) are taken
 * in key order at the end of the transaction. An edge garbage collection deleted (no Claim left) is not found.
 */
export function addFactClaimsQuery(deltas: readonly ClaimDelta[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $facts AS f
      MATCH (:Node {id: f.from})-[edge {key: f.key}]->(:Node {id: f.to})
      SET edge.claims = coalesce(edge.claims, 0) + f.delta`,
    params: { facts: deltas },
  };
}
