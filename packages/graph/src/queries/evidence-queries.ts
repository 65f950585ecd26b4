import { LIST_CAPS } from '../list-caps.js';
import { cypher, cypherFragment as f, type CypherQuery } from '../query.js';
import { mentionQuoteSpans, quoteSpans } from './projections.js';
import type { EvidenceRef } from '../records.js';
import { attributionEvidenceQueries } from './attribution-evidence.js';

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
    case 'statement':
      return `statement:${ref.statementId}`;
    case 'support':
      return `support:${ref.fromId}|${ref.toId}`;
    case 'story':
      return `story:${ref.storyId}`;
  }
}

/** The reference to the evidence of a stored relationship, from its type, endpoints and key. */
export function evidenceRefFor(type: string, startId: string, endId: string, key: string | null): EvidenceRef {
  if (type === 'MENTIONS') return { kind: 'mention', sourceId: startId, entityId: endId };
  if (type === 'REPORTS') return { kind: 'report', sourceId: startId, eventId: endId };
  if (type === 'ORGANIZATION' || type === 'AFFECTS' || type === 'PERSON' || type === 'IN_STORY')
    return { kind: 'event', eventId: startId };
  if (type === 'QUOTES') return { kind: 'statement', statementId: endId };
  if (type === 'SPOKEN_BY' || type === 'VIA') return { kind: 'statement', statementId: startId };
  if (type === 'SUPPORTS') return { kind: 'support', fromId: startId, toId: endId };
  if (type === 'ABOUT') return { kind: 'story', storyId: startId };
  return { kind: 'claim', key: key ?? '' };
}

const [c, m, r] = [f`c`, f`m`, f`r`];
/** Quotes per evidence list (LIST_CAPS). */
const QUOTES = LIST_CAPS.quotesPerEvidence;

const CLAIM_EVIDENCE = cypher`
  UNWIND $keys AS key
  OPTIONAL MATCH (c:Claim {key: key})
  WITH key, c ORDER BY c.sourceId
  RETURN 'claim:' + key AS ref, reduce(acc = [], c IN collect(c) | acc + ${quoteSpans(c, f`c.sourceId`)})[0..$quotes] AS items`;

const MENTION_EVIDENCE = cypher`
  UNWIND $pairs AS pair
  OPTIONAL MATCH (s:Node:Source {id: pair.sourceId})-[m:MENTIONS]->(:Node {id: pair.entityId})
  RETURN pair.ref AS ref, CASE WHEN m IS NULL THEN [] ELSE ${mentionQuoteSpans(m, f`s.id`)}[0..$quotes] END AS items`;

const REPORT_EVIDENCE = cypher`
  UNWIND $pairs AS pair
  OPTIONAL MATCH (s:Node:Source {id: pair.sourceId})-[r:REPORTS]->(:Node:Event {id: pair.eventId})
  RETURN pair.ref AS ref, CASE WHEN r IS NULL THEN [] ELSE ${quoteSpans(r, f`s.id`)}[0..$quotes] END AS items`;

const EVENT_EVIDENCE = cypher`
  UNWIND $ids AS id
  OPTIONAL MATCH (s:Source)-[r:REPORTS]->(:Node:Event {id: id})
  WITH id, s, r ORDER BY coalesce(s.publishedAt, '') DESC, s.id
  RETURN 'event:' + id AS ref, reduce(acc = [], x IN collect(CASE WHEN r IS NULL THEN null ELSE {s: s, r: r} END) | acc + ${quoteSpans(f`x.r`, f`x.s.id`)})[0..$quotes] AS items`;

/**
 * Evidence for many references at once, one statement per reference kind present.
 * Each row: `{ ref: string (evidenceRefKey), items: EvidenceRecord[] }`.
 */
export function evidenceQueries(refs: EvidenceRef[]): CypherQuery[] {
  const byKind = { claim: [] as string[], mention: [] as object[], report: [] as object[], event: [] as string[] };
  const attributions: EvidenceRef[] = [];
  for (const ref of refs) {
    if (ref.kind === 'statement' || ref.kind === 'support' || ref.kind === 'story') attributions.push(ref);
    else if (ref.kind === 'claim') byKind.claim.push(ref.key);
    else if (ref.kind === 'mention')
      byKind.mention.push({ ref: evidenceRefKey(ref), sourceId: ref.sourceId, entityId: ref.entityId });
    else if (ref.kind === 'report')
      byKind.report.push({ ref: evidenceRefKey(ref), sourceId: ref.sourceId, eventId: ref.eventId });
    else byKind.event.push(ref.eventId);
  }
  const queries: CypherQuery[] = [];
  if (byKind.claim.length > 0)
    queries.push({ cypher: CLAIM_EVIDENCE, params: { keys: [...new Set(byKind.claim)], quotes: QUOTES } });
  if (byKind.mention.length > 0)
    queries.push({ cypher: MENTION_EVIDENCE, params: { pairs: byKind.mention, quotes: QUOTES } });
  if (byKind.report.length > 0)
    queries.push({ cypher: REPORT_EVIDENCE, params: { pairs: byKind.report, quotes: QUOTES } });
  if (byKind.event.length > 0)
    queries.push({ cypher: EVENT_EVIDENCE, params: { ids: [...new Set(byKind.event)], quotes: QUOTES } });
  return [...queries, ...attributionEvidenceQueries(attributions)];
}
