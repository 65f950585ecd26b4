import { describe, expect, it } from 'vitest';
import { NEIGHBOURHOOD_LIMIT, NEIGHBOURHOOD_MAX_NODES, neighbourhoodQuery } from '../neighbourhood-query.js';
import { pathQuery } from '../path-query.js';
import { statsQuery } from '../stats-query.js';
import { expectBound } from './bound-params.js';

describe('graph view read queries', () => {
  it('path: 4 hops by default', () => {
    expect(expectBound(pathQuery('person:andy-jassy', 'division:aws', null))).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (a:Node {id: $from})
      OPTIONAL MATCH (b:Node {id: $to})
      OPTIONAL MATCH p = shortestPath((a)-[*..4]-(b))
      WHERE a <> b
      RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
      [n IN nodes(p) | n {.id, .type, .name, .title, .kind, .count, .countText, .when, labels: labels(n)}] AS nodes,
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

  it('neighbourhood: depth 1 or 2, the strongest `limit` neighbours per node, as params', () => {
    expect(expectBound(neighbourhoodQuery('division:aws', null, null, { from: '2023' }))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (c:Node {id: $id})
      CALL (c) {
      // The ties first, then (while the scan allows) the articles that mention the focus: a hub's 100,000 mentions
      // must not crowd out its divisions and events. The ties that weigh nothing and the mentions are read up to
      // $candidates (a few per neighbour shown), not $scan: they rank below the facts (a mention weighs 1 or more),
      // and a person named by 2,000 articles, each with a statement of theirs, read all 4,000 to show 99.
      CALL (c) {
      MATCH (c)-[r:PART_OF|HOLDS_ROLE|CITES|ORGANIZATION|AFFECTS|REPORTS]-(x)
      RETURN r, x, type(r) AS t, x.id AS xid LIMIT $scan
      UNION ALL
      MATCH (c)-[r:PERSON|IN_STORY|QUOTES|SPOKEN_BY|VIA|ABOUT|SUPPORTS]-(x)
      RETURN r, x, type(r) AS t, x.id AS xid LIMIT $candidates
      UNION ALL
      MATCH (item)-[m:MENTIONS]->(c)
      USING INDEX SEEK m:MENTIONS(entityId, publishedAt, sourceId)
      WHERE m.entityId = c.id AND m.publishedAt >= '' AND m.sourceId >= ''
      WITH m, item ORDER BY m.entityId DESC, m.publishedAt DESC, m.sourceId DESC LIMIT $candidates
      RETURN m AS r, item AS x, 'MENTIONS' AS t, m.sourceId AS xid
      UNION ALL
      MATCH (c)-[r:MENTIONS]->(x)
      RETURN r, x, 'MENTIONS' AS t, x.id AS xid LIMIT $candidates
      }
      WITH r, x, t, xid LIMIT $scan
      WITH r, x, t, xid WHERE any(tt IN [CASE WHEN x:Event THEN ['Event', x.when] WHEN x:Source THEN ['Source', x.publishedAt] ELSE [x.type, null] END] WHERE CASE
      WHEN $types IS NOT NULL AND NOT coalesce(tt[0] IN $types, false) THEN false
      WHEN tt[1] IS NULL THEN true
      ELSE ($from IS NULL OR tt[1] >= left($from, size(tt[1]))) AND ($toMax IS NULL OR tt[1] <= $toMax) END)
      WITH x, xid, r, t, CASE WHEN t IN ['ORGANIZATION', 'AFFECTS'] THEN startNode(r) END AS ev
      WITH x, xid, sum(CASE t
      WHEN 'MENTIONS' THEN size(r.starts)
      WHEN 'REPORTS' THEN 1
      WHEN 'ORGANIZATION' THEN COUNT { (ev)<-[:REPORTS]-() }
      WHEN 'AFFECTS' THEN COUNT { (ev)<-[:REPORTS]-() }
      ELSE CASE WHEN t IN ['PERSON', 'IN_STORY', 'QUOTES', 'SPOKEN_BY', 'VIA', 'ABOUT', 'SUPPORTS'] THEN 0 ELSE coalesce(r.claims, 0) END END) AS strength
      ORDER BY strength DESC, xid
      WITH collect({node: x, id: xid, strength: strength}) AS ranked
      WITH [e IN ranked WHERE $after IS NULL OR e.strength < $after[0] OR (e.strength = $after[0] AND e.id > $after[1])] AS rest
      RETURN rest[0..$limit] AS ring1, size(rest) > $limit AS more
      }
      CALL (c, ring1) {
      UNWIND CASE WHEN $depth >= 2 THEN ring1 ELSE [] END AS e
      WITH e.node AS x
      CALL (c, x) {
      MATCH (x)-[r:PART_OF|HOLDS_ROLE|CITES|ORGANIZATION|AFFECTS|PERSON|REPORTS|IN_STORY|QUOTES|SPOKEN_BY|VIA|ABOUT|SUPPORTS]-(y)
      WHERE y <> c
      WITH r, y LIMIT $scan
      WITH r, y, type(r) AS t WHERE any(tt IN [CASE WHEN y:Event THEN ['Event', y.when] WHEN y:Source THEN ['Source', y.publishedAt] ELSE [y.type, null] END] WHERE CASE
      WHEN $types IS NOT NULL AND NOT coalesce(tt[0] IN $types, false) THEN false
      WHEN tt[1] IS NULL THEN true
      ELSE ($from IS NULL OR tt[1] >= left($from, size(tt[1]))) AND ($toMax IS NULL OR tt[1] <= $toMax) END)
      WITH y, r, t, CASE WHEN t IN ['ORGANIZATION', 'AFFECTS'] THEN startNode(r) END AS ev
      WITH y, sum(CASE t
      WHEN 'MENTIONS' THEN size(r.starts)
      WHEN 'REPORTS' THEN 1
      WHEN 'ORGANIZATION' THEN COUNT { (ev)<-[:REPORTS]-() }
      WHEN 'AFFECTS' THEN COUNT { (ev)<-[:REPORTS]-() }
      ELSE CASE WHEN t IN ['PERSON', 'IN_STORY', 'QUOTES', 'SPOKEN_BY', 'VIA', 'ABOUT', 'SUPPORTS'] THEN 0 ELSE coalesce(r.claims, 0) END END) AS strength
      ORDER BY strength DESC, y.id
      LIMIT $limit
      RETURN collect({node: y, strength: strength}) AS top
      }
      UNWIND range(0, size(top) - 1) AS rank
      WITH top[rank] AS t, rank
      WHERE NOT t.node IN [e IN ring1 | e.node]
      WITH t.node AS y, min(rank) AS rank, max(t.strength) AS strength
      ORDER BY rank, strength DESC, y.id
      RETURN collect(y) AS ring2
      }
      WITH c, ring1, more, ring2[0..CASE WHEN $maxNodes - 1 - size(ring1) < 0 THEN 0 ELSE $maxNodes - 1 - size(ring1) END] AS ring2
      WITH c, ring1, more, ([c] + [e IN ring1 | e.node] + ring2)[0..$maxNodes] AS shown
      CALL (shown) {
      UNWIND shown AS a
      MATCH (a)-[r:PART_OF|HOLDS_ROLE|CITES|ORGANIZATION|AFFECTS|PERSON|REPORTS|IN_STORY|QUOTES|SPOKEN_BY|VIA|ABOUT|SUPPORTS|MENTIONS]->(b)
      WHERE b IN shown
      WITH r LIMIT $maxEdges
      RETURN collect(r) AS rels
      }
      CALL (shown) {
      UNWIND shown AS n
      WITH n, size(COLLECT {
      MATCH (n)-[:PART_OF|HOLDS_ROLE|CITES|ORGANIZATION|AFFECTS|PERSON|REPORTS|IN_STORY|QUOTES|SPOKEN_BY|VIA|ABOUT|SUPPORTS]-(y)
      WHERE any(tt IN [CASE WHEN y:Event THEN ['Event', y.when] WHEN y:Source THEN ['Source', y.publishedAt] ELSE [y.type, null] END] WHERE CASE
      WHEN $types IS NOT NULL AND NOT coalesce(tt[0] IN $types, false) THEN false
      WHEN tt[1] IS NULL THEN true
      ELSE ($from IS NULL OR tt[1] >= left($from, size(tt[1]))) AND ($toMax IS NULL OR tt[1] <= $toMax) END)
      RETURN y LIMIT $scan
      UNION
      MATCH (n)-[:MENTIONS]-(y)
      WHERE any(tt IN [CASE WHEN y:Event THEN ['Event', y.when] WHEN y:Source THEN ['Source', y.publishedAt] ELSE [y.type, null] END] WHERE CASE
      WHEN $types IS NOT NULL AND NOT coalesce(tt[0] IN $types, false) THEN false
      WHEN tt[1] IS NULL THEN true
      ELSE ($from IS NULL OR tt[1] >= left($from, size(tt[1]))) AND ($toMax IS NULL OR tt[1] <= $toMax) END)
      RETURN y LIMIT $scan
      }) AS degree
      RETURN collect([n.id, CASE WHEN degree > $scan THEN $scan ELSE degree END]) AS degrees
      }
      RETURN [n IN shown | n {.id, .type, .name, .title, .kind, .count, .countText, .when, labels: labels(n)}] AS nodes,
      [r IN rels | {type: type(r), startId: startNode(r).id, endId: endNode(r).id, key: r.key, title: r.title}] AS rels,
      degrees,
      CASE WHEN more THEN [last(ring1).strength, last(ring1).id] END AS next",
        "params": {
          "after": null,
          "candidates": 300,
          "depth": 1,
          "from": "2023",
          "id": "division:aws",
          "limit": 100,
          "maxEdges": 300,
          "maxNodes": 100,
          "scan": 2000,
          "toMax": null,
          "types": null,
        },
      }
    `);
    expect(neighbourhoodQuery('x', 5, 10_000).params).toMatchObject({ depth: 2, limit: NEIGHBOURHOOD_LIMIT.max });
    expect(neighbourhoodQuery('x', 0, 0).params).toMatchObject({ depth: 1, limit: 1 });
  });

  it('neighbourhood: a view without type or date filters sends the same statement minus the filter', () => {
    const unfiltered = expectBound(neighbourhoodQuery('division:aws', null, null));
    const filtered = expectBound(neighbourhoodQuery('division:aws', null, null, { types: ['Person'] }));
    expect(unfiltered.cypher).not.toMatch(/\$types|\$from|\$toMax/);
    expect(unfiltered.cypher.match(/WHERE true/g)).toHaveLength(2);
    // The rings are the same statement; only edges and degrees are read otherwise (the filtered view filters each).
    const rings = (text: string) => text.slice(0, text.indexOf('CALL (shown)'));
    expect(rings(unfiltered.cypher).replace(/\btrue\b/g, 'F')).toEqual(
      rings(filtered.cypher).replace(/any\(tt IN \[[\s\S]*?<= \$toMax\) END\)/g, 'F'),
    );
  });

  it("neighbourhood: an unfiltered view counts a node's many mentions and reports in the degree store, not by reading them", () => {
    const { cypher } = neighbourhoodQuery('company:quillo-robotics', 2, null);
    // A COUNT of one relationship type with no WHERE is what Neo4j answers with getDegree.
    expect(cypher).toContain('COUNT { (n)-[:MENTIONS]-() } AS mentioned');
    expect(cypher).toContain('COUNT { (n)<-[:REPORTS]-() } AS reported');
    expect(cypher).toContain('mentioned > $walked OR spoken > $walked OR reported > $reportedShare');
    // A speaker's statements (one SPOKEN_BY each) are counted too, not read (issue 17).
    expect(cypher).toContain('COUNT { (n)<-[:SPOKEN_BY]-() } AS spoken');
    // At $scan counted neighbours the degree is capped whatever the ties: none is read.
    expect(cypher).toMatch(/WHERE countable AND counted > \$walked AND counted >= \$scan\s+RETURN \$scan AS degree/);
    expect(neighbourhoodQuery('company:quillo-robotics', 2, null).params).toMatchObject({
      walked: 50,
      reportedShare: 4,
    });
    // A view without MENTIONS still counts an event's reports.
    const ties = neighbourhoodQuery('company:quillo-robotics', 2, null, { mentions: false }).cypher;
    expect(ties).toContain('COUNT { (n)<-[:REPORTS]-() } AS reported, 0 AS mentioned');
    expect(ties).not.toContain('[:MENTIONS]');
    // A filtered view still reads each neighbour to filter it.
    expect(neighbourhoodQuery('company:quillo-robotics', 2, null, { types: ['Event'] }).cypher).not.toContain(
      'AS mentioned',
    );
  });

  it("neighbourhood: the focus's mentioning articles are read newest first from the mentions index", () => {
    const { cypher } = neighbourhoodQuery('company:quillo-robotics', 1, null);
    expect(cypher).toContain('USING INDEX SEEK m:MENTIONS(entityId, publishedAt, sourceId)');
    expect(cypher).toContain("RETURN m AS r, item AS x, 'MENTIONS' AS t, m.sourceId AS xid");
  });

  it("neighbourhood: the focus's mentions and weightless ties are read a few per neighbour shown, not up to the scan", () => {
    const { cypher } = neighbourhoodQuery('person:ines-quillo', 1, null);
    expect(cypher).toMatch(/LIMIT \$candidates\s+RETURN m AS r/);
    expect(cypher).toMatch(
      /\[r:PERSON\|IN_STORY\|QUOTES\|SPOKEN_BY\|VIA\|ABOUT\|SUPPORTS\]-\(x\)\s+RETURN r, x, type\(r\) AS t, x.id AS xid LIMIT \$candidates/,
    );
    expect(neighbourhoodQuery('x', 1, null).params).toMatchObject({ candidates: 300, scan: 2_000 });
    expect(neighbourhoodQuery('x', 1, 500).params).toMatchObject({ candidates: 1_500 });
    expect(neighbourhoodQuery('x', 1, 20).params).toMatchObject({ candidates: 100 }); // the explorer's step
  });

  it("neighbourhood: an unfiltered view reads a small node's edges and neighbours in one walk", () => {
    const { cypher } = neighbourhoodQuery('person:ines-quillo', 2, null);
    expect(cypher).toContain('WITH n, shown WHERE relationships <= $walked');
    expect(cypher).toContain('collect(CASE WHEN startNode(r) = n AND y IN shown THEN r END) AS out');
    expect(cypher.match(/MATCH \(a\)-\[r:/g)).toBeNull();
    // A filtered view expands the shown nodes for their edges as before.
    expect(neighbourhoodQuery('person:ines-quillo', 2, null, { from: '2024' }).cypher).toContain('UNWIND shown AS a');
  });

  it('neighbourhood: a view without mentions sends a statement that never follows MENTIONS', () => {
    for (const view of [{ mentions: false }, { mentions: false, types: ['Person'] }]) {
      const query = expectBound(neighbourhoodQuery('company:quillo-robotics', 2, null, view));
      expect(query.cypher).not.toMatch(/[:|]MENTIONS\b/);
      expect(query.params).not.toHaveProperty('mentions');
    }
  });

  it('neighbourhood view: filters and the cursor as params, maxEdges from maxNodes, depth 1 when paging on', () => {
    const view = {
      maxNodes: 50,
      after: [3, 'event:b'],
      types: ['Event'],
      from: '2023',
      to: '2024-06',
      mentions: false,
    };
    expect(expectBound(neighbourhoodQuery('company:amazon', 2, 20, view)).params).toEqual({
      id: 'company:amazon',
      depth: 1,
      limit: 20,
      maxNodes: 50,
      maxEdges: 150,
      scan: 2_000,
      candidates: 100,
      after: [3, 'event:b'],
      types: ['Event'],
      from: '2023',
      toMax: '2024-06\uffff',
    });
    const emptyTypes = neighbourhoodQuery('x', 2, 20, { maxNodes: 10_000, types: [] });
    expect(emptyTypes.params).toMatchObject({ depth: 2, maxNodes: NEIGHBOURHOOD_MAX_NODES.max });
    expect(emptyTypes.params).not.toHaveProperty('types'); // no types is no filter: the unfiltered statement
    expect(emptyTypes.cypher).toBe(neighbourhoodQuery('x', 2, 20).cypher);
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
