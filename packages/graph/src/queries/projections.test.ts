import { describe, expect, it } from 'vitest';
import { cypherFragment as f } from '../query.js';
import type { EntityRecord, EventRecord, EvidenceRecord, RoleRecord, SourceRecord } from '../records.js';
import type { RawNode, RawRel } from './graph-node.js';
import {
  entityProjection,
  eventProjection,
  mentionQuoteSpans,
  quoteSpans,
  rawNodeProjection,
  relationshipProjection,
  roleProjection,
  sourceProjection,
} from './projections.js';

/** Top-level keys of a Cypher map projection or map literal (`.key` shorthands and `key:` entries). */
function keysOf(text: string): string[] {
  const body = text.slice(text.indexOf('{') + 1, text.lastIndexOf('}'));
  const keys: string[] = [];
  let depth = 0;
  let entry = '';
  for (const char of `${body},`) {
    if ('([{'.includes(char)) depth++;
    if (')]}'.includes(char)) depth--;
    if (char === ',' && depth === 0) {
      const match = /^\s*(?:\.(\w+)|(\w+)\s*:)/.exec(entry);
      if (match) keys.push(match[1] ?? match[2]!);
      entry = '';
    } else entry += char;
  }
  return keys.sort();
}

/** Every key of T, listed once: the compiler rejects a missing or unknown key, so the list stays the record's. */
const keysOfRecord = <T>(keys: Record<keyof T, true>) => Object.keys(keys).sort();

const x = f`x`;

describe('projections yield exactly the keys of their record types', () => {
  it('entity, source and event', () => {
    expect(keysOf(entityProjection(x).text)).toEqual(
      keysOfRecord<EntityRecord>({ id: true, type: true, name: true, aliases: true, kind: true }),
    );
    expect(keysOf(sourceProjection(x).text)).toEqual(
      keysOfRecord<SourceRecord>({
        id: true,
        kind: true,
        title: true,
        uri: true,
        publisher: true,
        publishedAt: true,
        contentHash: true,
      }),
    );
    expect(keysOf(eventProjection(x).text)).toEqual(
      keysOfRecord<EventRecord>({
        id: true,
        kind: true,
        count: true,
        countText: true,
        percent: true,
        when: true,
        status: true,
        cumulative: true,
        organizationId: true,
      }),
    );
  });

  it('graph nodes, relationships and roles', () => {
    expect(keysOf(rawNodeProjection(x).text)).toEqual(
      keysOfRecord<RawNode>({
        id: true,
        type: true,
        name: true,
        title: true,
        kind: true,
        count: true,
        countText: true,
        when: true,
        labels: true,
      }),
    );
    expect(keysOf(relationshipProjection(x).text)).toEqual(
      keysOfRecord<RawRel>({ type: true, startId: true, endId: true, key: true, title: true }),
    );
    expect(keysOf(roleProjection(f`p`, f`r`, f`o`).text)).toEqual(
      keysOfRecord<RoleRecord>({ personId: true, organizationId: true, title: true, key: true }),
    );
  });

  it('quotes as evidence records (the source is resolved later)', () => {
    const evidence = keysOfRecord<Omit<EvidenceRecord, 'source'>>({
      sourceId: true,
      start: true,
      end: true,
      text: true,
    });
    const inner = (text: string) => text.slice(text.indexOf('|') + 1, -1);
    expect(keysOf(inner(quoteSpans(x, f`s.id`).text))).toEqual(evidence);
    expect(keysOf(inner(mentionQuoteSpans(x, f`s.id`).text))).toEqual(evidence);
  });
});
