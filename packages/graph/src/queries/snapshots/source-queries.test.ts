import { describe, expect, it } from 'vitest';
import {
  citationsQuery,
  factsOfQuery,
  mentionsInQuery,
  sourcesByIdsQuery,
  sourceTextsQuery,
} from '../source-queries.js';
import { expectBound } from './bound-params.js';

const ids = ['article:000', 'source:reuters'];

describe('source read queries', () => {
  it('sourcesByIds', () => {
    expect(expectBound(sourcesByIdsQuery(ids))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (s:Node:Source {id: id})
      RETURN s {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash} AS source",
        "params": {
          "ids": [
            "article:000",
            "source:reuters",
          ],
        },
      }
    `);
  });

  it('sourceTexts', () => {
    expect(expectBound(sourceTextsQuery(ids))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (s:Node:Source {id: id})
      RETURN id, s.text AS text",
        "params": {
          "ids": [
            "article:000",
            "source:reuters",
          ],
        },
      }
    `);
  });

  it('citations out (cites) and in (citedBy)', () => {
    expect(expectBound(citationsQuery(ids, 'out'))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (s:Node:Source {id: id})
      RETURN id, COLLECT {
      MATCH (s)-[:CITES]->(t:Node) WHERE t:Source OR t:Company
      RETURN DISTINCT CASE WHEN t:Source THEN t {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash} ELSE t {.id, .type, .name, .aliases, .kind} END AS t ORDER BY coalesce(t.title, t.name, t.id), t.id LIMIT $cap
      } AS items",
        "params": {
          "cap": 100,
          "ids": [
            "article:000",
            "source:reuters",
          ],
        },
      }
    `);
    expect(expectBound(citationsQuery(ids, 'in'))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (s:Node {id: id})
      RETURN id, COLLECT { MATCH (s)<-[:CITES]-(t:Source) RETURN DISTINCT t {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash} AS t ORDER BY coalesce(t.publishedAt, '') DESC, t.id LIMIT $cap } AS items",
        "params": {
          "cap": 100,
          "ids": [
            "article:000",
            "source:reuters",
          ],
        },
      }
    `);
  });

  it('mentionsIn', () => {
    expect(expectBound(mentionsInQuery(ids))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (s:Node:Source {id: id})
      RETURN id, COLLECT {
      MATCH (s)-[m:MENTIONS]->(e:Entity)
      UNWIND range(0, size(m.starts) - 1) AS i
      RETURN {entityId: e.id, start: m.starts[i], end: m.ends[i], text: m.names[i]} AS mention
      ORDER BY mention.start, mention.end
      LIMIT $cap
      } AS items",
        "params": {
          "cap": 1000,
          "ids": [
            "article:000",
            "source:reuters",
          ],
        },
      }
    `);
  });

  it('factsOf', () => {
    expect(expectBound(factsOfQuery(ids))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (s:Node:Source {id: id})
      RETURN id, COLLECT {
      MATCH (s)-[:ASSERTS]->(c:Claim)
      WHERE EXISTS { MATCH (:Node:Entity {id: c.from}) } AND EXISTS { MATCH (:Node:Entity {id: c.to}) }
      RETURN {type: c.type, fromId: c.from, toId: c.to, title: c.title,
      evidence: [i IN range(0, size(c.starts) - 1) | {sourceId: id, start: c.starts[i], end: c.ends[i], text: c.quotes[i]}][0..$quotes]} AS fact
      ORDER BY fact.evidence[0].start
      LIMIT $cap
      } AS items",
        "params": {
          "cap": 200,
          "ids": [
            "article:000",
            "source:reuters",
          ],
          "quotes": 50,
        },
      }
    `);
  });
});
