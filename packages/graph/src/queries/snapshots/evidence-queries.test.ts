import { describe, expect, it } from 'vitest';
import { evidenceQueries } from '../evidence-queries.js';
import { expectBound } from './bound-params.js';

describe('evidence read queries', () => {
  it('one statement per kind of reference present, claim keys and event ids without repeats', () => {
    const queries = evidenceQueries([
      { kind: 'claim', key: 'HOLDS_ROLE|person:andy-jassy|company:amazon|ceo' },
      { kind: 'mention', sourceId: 'article:000', entityId: 'person:andy-jassy' },
      { kind: 'report', sourceId: 'article:000', eventId: 'event:amazon-layoff-14000' },
      { kind: 'event', eventId: 'event:amazon-layoff-14000' },
      { kind: 'claim', key: 'HOLDS_ROLE|person:andy-jassy|company:amazon|ceo' },
      { kind: 'event', eventId: 'event:amazon-layoff-14000' },
    ]);
    expect(queries.map(expectBound)).toMatchInlineSnapshot(`
      [
        {
          "cypher": "UNWIND $keys AS key
      OPTIONAL MATCH (c:Claim {key: key})
      WITH key, c ORDER BY c.sourceId
      RETURN 'claim:' + key AS ref, reduce(acc = [], c IN collect(c) | acc + [i IN range(0, size(c.starts) - 1) | {sourceId: c.sourceId, start: c.starts[i], end: c.ends[i], text: c.quotes[i]}])[0..$quotes] AS items",
          "params": {
            "keys": [
              "HOLDS_ROLE|person:andy-jassy|company:amazon|ceo",
            ],
            "quotes": 50,
          },
        },
        {
          "cypher": "UNWIND $pairs AS pair
      OPTIONAL MATCH (s:Node:Source {id: pair.sourceId})-[m:MENTIONS]->(:Node {id: pair.entityId})
      RETURN pair.ref AS ref, CASE WHEN m IS NULL THEN [] ELSE [i IN range(0, size(m.quoteStarts) - 1) | {sourceId: s.id, start: m.quoteStarts[i], end: m.quoteEnds[i], text: m.quotes[i]}][0..$quotes] END AS items",
          "params": {
            "pairs": [
              {
                "entityId": "person:andy-jassy",
                "ref": "mention:article:000|person:andy-jassy",
                "sourceId": "article:000",
              },
            ],
            "quotes": 50,
          },
        },
        {
          "cypher": "UNWIND $pairs AS pair
      OPTIONAL MATCH (s:Node:Source {id: pair.sourceId})-[r:REPORTS]->(:Node:Event {id: pair.eventId})
      RETURN pair.ref AS ref, CASE WHEN r IS NULL THEN [] ELSE [i IN range(0, size(r.starts) - 1) | {sourceId: s.id, start: r.starts[i], end: r.ends[i], text: r.quotes[i]}][0..$quotes] END AS items",
          "params": {
            "pairs": [
              {
                "eventId": "event:amazon-layoff-14000",
                "ref": "report:article:000|event:amazon-layoff-14000",
                "sourceId": "article:000",
              },
            ],
            "quotes": 50,
          },
        },
        {
          "cypher": "UNWIND $ids AS id
      OPTIONAL MATCH (s:Source)-[r:REPORTS]->(:Node:Event {id: id})
      WITH id, s, r ORDER BY coalesce(s.publishedAt, '') DESC, s.id
      RETURN 'event:' + id AS ref, reduce(acc = [], x IN collect(CASE WHEN r IS NULL THEN null ELSE {s: s, r: r} END) | acc + [i IN range(0, size(x.r.starts) - 1) | {sourceId: x.s.id, start: x.r.starts[i], end: x.r.ends[i], text: x.r.quotes[i]}])[0..$quotes] AS items",
          "params": {
            "ids": [
              "event:amazon-layoff-14000",
            ],
            "quotes": 50,
          },
        },
      ]
    `);
  });

  it('nothing to read for no references; only the kinds asked for', () => {
    expect(evidenceQueries([])).toEqual([]);
    const [only, ...rest] = evidenceQueries([{ kind: 'event', eventId: 'event:x' }]);
    expect(rest).toEqual([]);
    expect(only!.params).toEqual({ ids: ['event:x'], quotes: 50 });
  });
});
