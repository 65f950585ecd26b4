import { LIST_CAPS } from '../list-caps.js';
import { cypher, type CypherQuery } from '../query.js';
import type { EvidenceRef } from '../records.js';

/** A stable string for an evidence reference (loader cache key). */
export function evidenceRefKey(ref: EvidenceRef): string {
  switch (ref.kind) {
    case 'claim':
      return `claim:${ref.key}`;
    case 'mention':
      return `mention:${ref.sourceId}|${ref.entityId}`;
    case 'report':
      return `report:${ref.sourceId}|${ref.eventId}`;
    case 'event':
      return `event:${ref.eventId}`;
  }
}

/** The reference to the evidence of a stored relationship, from its type, endpoints and key. */
export function evidenceRefFor(type: string, startId: string, endId: string, key: string | null): EvidenceRef {
  if (type === 'MENTIONS') return { kind: 'mention', sourceId: startId, entityId: endId };
  if (type === 'REPORTS') return { kind: 'report', sourceId: startId, eventId: endId };
  if (type === 'ORGANIZATION' || type === 'AFFECTS') return { kind: 'event', eventId: startId };
  return { kind: 'claim', key: key ?? '' };
}

const SPANS = (owner: string, source: string) =>
  `[i IN range(0, size(${owner}.starts) - 1) | {sourceId: ${source}, start: ${owner}.starts[i], end: ${owner}.ends[i], text: ${owner}.quotes[i]}]`;
const MENTION_SPANS = `[i IN range(0, size(m.quoteStarts) - 1)[0..$quotes] | {sourceId: s.id, start: m.quoteStarts[i], end: m.quoteEnds[i], text: m.quotes[i]}]`;

/**
 * Evidence for many references at once, one statement per reference kind present.
 * Each row: `{ ref: string (evidenceRefKey), items: EvidenceRecord[] }`.
 */
export function evidenceQueries(refs: EvidenceRef[]): CypherQuery[] {
  const byKind = { claim: [] as string[], mention: [] as object[], report: [] as object[], event: [] as string[] };
  for (const ref of refs) {
    if (ref.kind === 'claim') byKind.claim.push(ref.key);
    else if (ref.kind === 'mention')
      byKind.mention.push({ ref: evidenceRefKey(ref), sourceId: ref.sourceId, entityId: ref.entityId });
    else if (ref.kind === 'report')
      byKind.report.push({ ref: evidenceRefKey(ref), sourceId: ref.sourceId, eventId: ref.eventId });
    else byKind.event.push(ref.eventId);
  }
  const queries: CypherQuery[] = [];
  if (byKind.claim.length > 0) {
    queries.push({
      cypher: cypher`
        UNWIND $keys AS key
        OPTIONAL MATCH (c:Claim {key: key})
        WITH key, c ORDER BY c.sourceId
        RETURN 'claim:' + key AS ref, reduce(acc = [], c IN collect(c) | acc + SPANS)[0..$quotes] AS items`.replace(
        'SPANS',
        SPANS('c', 'c.sourceId'),
      ),
      params: { keys: [...new Set(byKind.claim)], quotes: LIST_CAPS.quotesPerEvidence },
    });
  }
  if (byKind.mention.length > 0) {
    queries.push({
      cypher: cypher`
        UNWIND $pairs AS pair
        OPTIONAL MATCH (s:Node:Source {id: pair.sourceId})-[m:MENTIONS]->(:Node {id: pair.entityId})
        RETURN pair.ref AS ref, CASE WHEN m IS NULL THEN [] ELSE MENTION_SPANS END AS items`.replace(
        'MENTION_SPANS',
        MENTION_SPANS,
      ),
      params: { pairs: byKind.mention, quotes: LIST_CAPS.quotesPerEvidence },
    });
  }
  if (byKind.report.length > 0) {
    queries.push({
      cypher: cypher`
        UNWIND $pairs AS pair
        OPTIONAL MATCH (s:Node:Source {id: pair.sourceId})-[r:REPORTS]->(:Node:Event {id: pair.eventId})
        RETURN pair.ref AS ref, CASE WHEN r IS NULL THEN [] ELSE SPANS[0..$quotes] END AS items`.replace(
        'SPANS',
        SPANS('r', 's.id'),
      ),
      params: { pairs: byKind.report, quotes: LIST_CAPS.quotesPerEvidence },
    });
  }
  if (byKind.event.length > 0) {
    queries.push({
      cypher: cypher`
        UNWIND $ids AS id
        OPTIONAL MATCH (s:Source)-[r:REPORTS]->(:Node:Event {id: id})
        WITH id, s, r ORDER BY coalesce(s.publishedAt, '') DESC, s.id
        RETURN 'event:' + id AS ref, reduce(acc = [], x IN collect(CASE WHEN r IS NULL THEN null ELSE {s: s, r: r} END) | acc + [i IN range(0, size(x.r.starts) - 1) | {sourceId: x.s.id, start: x.r.starts[i], end: x.r.ends[i], text: x.r.quotes[i]}])[0..$quotes] AS items`,
      params: { ids: [...new Set(byKind.event)], quotes: LIST_CAPS.quotesPerEvidence },
    });
  }
  return queries;
}
