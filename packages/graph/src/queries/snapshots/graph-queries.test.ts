import { describe, expect, it } from 'vitest';
import { NEIGHBOURHOOD_LIMIT, neighbourhoodQuery } from '../neighbourhood-query.js';
import { pathQuery } from '../path-query.js';
import { statsQuery } from '../stats-query.js';
import { expectBound } from './bound-params.js';

describe('graph view read queries', () => {
  it('path: 4 hops by default', () => {
    expect(expectBound(pathQuery('person:andy-jassy', 'division:aws', null))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (a:Node {id: $from})
      MATCH (b:Node {id: $to})
      MATCH p = shortestPath((a)-[*..4]-(b))
      RETURN [n IN nodes(p) | n {.id, .type, .name, .title, .kind, .count, .countText, .when, labels: labels(n)}] AS nodes,
      [r IN relationships(p) | {type: type(r), startId: startNode(r).id, endId: endNode(r).id, key: r.key, title: r.title}] AS rels",
        "params": {
          "from": "person:andy-jassy",
          "to": "division:aws",
        },
      }
    `);
  });

  it('path: the hop bound is part of the text (it cannot be a parameter), clamped to 1..6', () => {
    const bound = (maxHops: number | null) => /\[\*\.\.(\d+)\]/.exec(pathQuery('a', 'b', maxHops).cypher)?.[1];
    expect([0, 1, 2, 3, 4, 5, 6, 7, 2.9].map(bound)).toEqual(['1', '1', '2', '3', '4', '5', '6', '6', '2']);
    const texts = [1, 2, 3, 4, 5, 6].map((hops) => pathQuery('a', 'b', hops).cypher);
    expect(texts.map((text) => text.replace(/\[\*\.\.\d\]/, '[*..N]'))).toEqual(
      Array(6).fill(texts[0]!.replace(/\[\*\.\.\d\]/, '[*..N]')),
    );
  });

  it('neighbourhood: depth 1 or 2 and a per-hop limit, as params', () => {
    expect(expectBound(neighbourhoodQuery('division:aws', null, null))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (c:Node {id: $id})
      CALL (c) {
      OPTIONAL MATCH (c)-[r:!ASSERTS]-(x:Node)
      WITH r, x LIMIT $limit
      RETURN collect(r) AS rels1, collect(DISTINCT x) AS ring1
      }
      CALL (c, ring1) {
      UNWIND CASE WHEN $depth >= 2 THEN ring1 ELSE [] END AS x
      MATCH (x)-[r:!ASSERTS]-(y:Node)
      WHERE y <> c
      WITH r, y LIMIT $limit
      RETURN collect(r) AS rels2, collect(DISTINCT y) AS ring2
      }
      RETURN [n IN [c] + ring1 + ring2 | n {.id, .type, .name, .title, .kind, .count, .countText, .when, labels: labels(n)}] AS nodes,
      [r IN rels1 + rels2 | {type: type(r), startId: startNode(r).id, endId: endNode(r).id, key: r.key, title: r.title}] AS rels",
        "params": {
          "depth": 1,
          "id": "division:aws",
          "limit": 100,
        },
      }
    `);
    expect(neighbourhoodQuery('x', 5, 10_000).params).toEqual({ id: 'x', depth: 2, limit: NEIGHBOURHOOD_LIMIT.max });
    expect(neighbourhoodQuery('x', 0, 0).params).toEqual({ id: 'x', depth: 1, limit: 1 });
  });

  it('stats', () => {
    expect(expectBound(statsQuery())).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () { MATCH (n:Company) RETURN count(n) AS companies }
      CALL () { MATCH (n:Division) RETURN count(n) AS divisions }
      CALL () { MATCH (n:Person) RETURN count(n) AS people }
      CALL () { MATCH (n:Product) RETURN count(n) AS products }
      CALL () { MATCH (n:Event) RETURN count(n) AS events }
      CALL () { MATCH (n:Source) RETURN count(n) AS sources }
      CALL () { MATCH (n:Source {kind: 'article'}) RETURN count(n) AS articles }
      CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
      RETURN [
      {type: 'Company', count: companies}, {type: 'Division', count: divisions}, {type: 'Person', count: people},
      {type: 'Product', count: products}, {type: 'Event', count: events}, {type: 'Source', count: sources},
      {type: 'Article', count: articles}, {type: 'Claim', count: claims}
      ] AS counts",
        "params": {},
      }
    `);
  });
});
