import { cypherFragment as f, type CypherFragment } from '../query.js';

/**
 * The map projection of each record type, written once. Each takes the variable the node (or relationship) is
 * bound to in the statement; the keys are those of the record in records.ts (projections.test.ts checks them).
 */

/** An `:Entity` node → EntityRecord (`kind` is null but on a company cited as an outlet). */
export const entityProjection = (n: CypherFragment) => f`${n} {.id, .type, .name, .aliases, .kind}`;

/** A `:Source` node → SourceRecord (the title may be null: the API shows the id then). */
export const sourceProjection = (s: CypherFragment) =>
  f`${s} {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash}`;

/**
 * A node an article cites or a statement came through → CitedRecord: a `:Source` as SourceRecord, anything else
 * (a company: a named outlet) as EntityRecord.
 */
export const citedProjection = (n: CypherFragment) =>
  f`CASE WHEN ${n}:Source THEN ${sourceProjection(n)} ELSE ${entityProjection(n)} END`;

/** An `:Event` node → EventRecord: `cumulative` false when unset, its organization's id or null. */
export const eventProjection = (ev: CypherFragment) =>
  f`${ev} {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(${ev}.cumulative, false), organizationId: head([(${ev})-[:ORGANIZATION]->(o) | o.id])}`;

/** Any `:Node` → RawNode (graph-node.ts), the properties `toGraphNode` labels it from. */
export const rawNodeProjection = (n: CypherFragment) =>
  f`${n} {.id, .type, .name, .title, .kind, .count, .countText, .when, labels: labels(${n})}`;

/** A relationship → RawRel (graph-node.ts): its type, end ids and the key and title fact edges carry. */
export const relationshipProjection = (r: CypherFragment) =>
  f`{type: type(${r}), startId: startNode(${r}).id, endId: endNode(${r}).id, key: ${r}.key, title: ${r}.title}`;

/** `(p:Person)-[r:HOLDS_ROLE]->(o)` → RoleRecord. */
export const roleProjection = (p: CypherFragment, r: CypherFragment, o: CypherFragment) =>
  f`{personId: ${p}.id, organizationId: ${o}.id, title: ${r}.title, key: ${r}.key}`;

/**
 * The quotes stored on `owner` (a Claim or a REPORTS relationship: parallel `starts`, `ends`, `quotes` lists) →
 * EvidenceRecord[], each naming `sourceId`.
 */
export const quoteSpans = (owner: CypherFragment, sourceId: CypherFragment) =>
  f`[i IN range(0, size(${owner}.starts) - 1) | {sourceId: ${sourceId}, start: ${owner}.starts[i], end: ${owner}.ends[i], text: ${owner}.quotes[i]}]`;

/** The sentences a MENTIONS relationship `m` keeps as its quotes (`quoteStarts`, `quoteEnds`, `quotes`) → EvidenceRecord[]. */
export const mentionQuoteSpans = (m: CypherFragment, sourceId: CypherFragment) =>
  f`[i IN range(0, size(${m}.quoteStarts) - 1) | {sourceId: ${sourceId}, start: ${m}.quoteStarts[i], end: ${m}.quoteEnds[i], text: ${m}.quotes[i]}]`;
