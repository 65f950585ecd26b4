import { describe, expect, it } from 'vitest';
import {
  citationsPageQuery,
  eventsPageQuery,
  mentioningSourcesPageQuery,
  organizationEventsPageQuery,
  sourcesPageQuery,
} from '../page-queries.js';
import { expectBound } from './bound-params.js';

const window = { first: 20, cursor: null };

describe('keyset page queries', () => {
  it('sourcesPage: newest first, the cursor a WHERE on the key (no SKIP), one more row than the page', () => {
    expect(expectBound(sourcesPageQuery('article', 'NEWEST', window))).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () { MATCH (item:Source {kind: $kind}) WHERE (true) WITH DISTINCT item RETURN count(item) AS totalCount }
      CALL () {
      MATCH (item:Source {kind: $kind}) WHERE (true) AND ($cursor IS NULL OR ((coalesce(item.publishedAt, '') < $cursor[0]) OR (coalesce(item.publishedAt, '') = $cursor[0] AND item.id > $cursor[1])))
      WITH DISTINCT item ORDER BY coalesce(item.publishedAt, '') DESC, item.id
      LIMIT $first + 1
      RETURN collect([item {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash}, [coalesce(item.publishedAt, ''), item.id]]) AS rows
      }
      RETURN totalCount, rows, $cursor IS NOT NULL AND EXISTS { MATCH (item:Source {kind: $kind}) WHERE (true) AND NOT ((coalesce(item.publishedAt, '') < $cursor[0]) OR (coalesce(item.publishedAt, '') = $cursor[0] AND item.id > $cursor[1])) } AS beyond",
        "params": {
          "cursor": null,
          "first": 20,
          "kind": "article",
        },
      }
    `);
  });

  it('sourcesPage read backwards: the order reversed, the items before the cursor', () => {
    const query = sourcesPageQuery('article', 'OLDEST', {
      first: 10,
      cursor: [0, '2025-10-28', 'article:a'],
      backward: true,
    });
    expect(expectBound(query)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () { MATCH (item:Source {kind: $kind}) WHERE (true) WITH DISTINCT item RETURN count(item) AS totalCount }
      CALL () {
      MATCH (item:Source {kind: $kind}) WHERE (true) AND ($cursor IS NULL OR ((CASE WHEN item.publishedAt IS NULL THEN 1 ELSE 0 END < $cursor[0]) OR (CASE WHEN item.publishedAt IS NULL THEN 1 ELSE 0 END = $cursor[0] AND coalesce(item.publishedAt, '') < $cursor[1]) OR (CASE WHEN item.publishedAt IS NULL THEN 1 ELSE 0 END = $cursor[0] AND coalesce(item.publishedAt, '') = $cursor[1] AND item.id < $cursor[2])))
      WITH DISTINCT item ORDER BY CASE WHEN item.publishedAt IS NULL THEN 1 ELSE 0 END DESC, coalesce(item.publishedAt, '') DESC, item.id DESC
      LIMIT $first + 1
      RETURN collect([item {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash}, [CASE WHEN item.publishedAt IS NULL THEN 1 ELSE 0 END, coalesce(item.publishedAt, ''), item.id]]) AS rows
      }
      RETURN totalCount, rows, $cursor IS NOT NULL AND EXISTS { MATCH (item:Source {kind: $kind}) WHERE (true) AND NOT ((CASE WHEN item.publishedAt IS NULL THEN 1 ELSE 0 END < $cursor[0]) OR (CASE WHEN item.publishedAt IS NULL THEN 1 ELSE 0 END = $cursor[0] AND coalesce(item.publishedAt, '') < $cursor[1]) OR (CASE WHEN item.publishedAt IS NULL THEN 1 ELSE 0 END = $cursor[0] AND coalesce(item.publishedAt, '') = $cursor[1] AND item.id < $cursor[2])) } AS beyond",
        "params": {
          "cursor": [
            0,
            "2025-10-28",
            "article:a",
          ],
          "first": 10,
          "kind": "article",
        },
      }
    `);
  });

  it('sourcesPage by title', () => {
    expect(sourcesPageQuery('article', 'TITLE', window).cypher).toContain(
      'ORDER BY toLower(coalesce(item.title, item.id)), item.id',
    );
  });

  it('eventsPage: filters as params (to as an inclusive prefix), each order its own key', () => {
    const filter = { kind: 'layoff', organization: 'company:amazon', from: '2023', to: '2025-10', cumulative: false };
    expect(expectBound(eventsPageQuery(filter, 'WHEN_ASC', window))).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () { MATCH (item:Event) WHERE (($kind IS NULL OR item.kind = $kind)
      AND ($organization IS NULL OR EXISTS { (item)-[:ORGANIZATION|AFFECTS]->(o:Node) WHERE o.id = $organization
      OR ($includeUnits AND EXISTS { (o)-[:PART_OF*1..3]->(:Node {id: $organization}) }) })
      AND ($asOf IS NULL OR EXISTS { (item)<-[r:REPORTS]-() WHERE r.reportedAt <= $asOf })
      AND ($from IS NULL OR coalesce(item.when, reduce(m = null, day IN [(item)<-[r:REPORTS]-() | r.reportedAt] | CASE WHEN m IS NULL OR day < m THEN day ELSE m END)) >= $from)
      AND ($to IS NULL OR coalesce(item.when, reduce(m = null, day IN [(item)<-[r:REPORTS]-() | r.reportedAt] | CASE WHEN m IS NULL OR day < m THEN day ELSE m END)) <= $to)
      AND ($cumulative IS NULL OR coalesce(item.cumulative, false) = $cumulative)) WITH DISTINCT item RETURN count(item) AS totalCount }
      CALL () {
      MATCH (item:Event) WHERE (($kind IS NULL OR item.kind = $kind)
      AND ($organization IS NULL OR EXISTS { (item)-[:ORGANIZATION|AFFECTS]->(o:Node) WHERE o.id = $organization
      OR ($includeUnits AND EXISTS { (o)-[:PART_OF*1..3]->(:Node {id: $organization}) }) })
      AND ($asOf IS NULL OR EXISTS { (item)<-[r:REPORTS]-() WHERE r.reportedAt <= $asOf })
      AND ($from IS NULL OR coalesce(item.when, reduce(m = null, day IN [(item)<-[r:REPORTS]-() | r.reportedAt] | CASE WHEN m IS NULL OR day < m THEN day ELSE m END)) >= $from)
      AND ($to IS NULL OR coalesce(item.when, reduce(m = null, day IN [(item)<-[r:REPORTS]-() | r.reportedAt] | CASE WHEN m IS NULL OR day < m THEN day ELSE m END)) <= $to)
      AND ($cumulative IS NULL OR coalesce(item.cumulative, false) = $cumulative)) AND ($cursor IS NULL OR ((CASE WHEN item.when IS NULL THEN 1 ELSE 0 END > $cursor[0]) OR (CASE WHEN item.when IS NULL THEN 1 ELSE 0 END = $cursor[0] AND coalesce(item.when, '') > $cursor[1]) OR (CASE WHEN item.when IS NULL THEN 1 ELSE 0 END = $cursor[0] AND coalesce(item.when, '') = $cursor[1] AND item.id > $cursor[2])))
      WITH DISTINCT item ORDER BY CASE WHEN item.when IS NULL THEN 1 ELSE 0 END, coalesce(item.when, ''), item.id
      LIMIT $first + 1
      RETURN collect([item {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(item.cumulative, false), organizationId: head([(item)-[:ORGANIZATION]->(o) | o.id])}, [CASE WHEN item.when IS NULL THEN 1 ELSE 0 END, coalesce(item.when, ''), item.id]]) AS rows
      }
      RETURN totalCount, rows, $cursor IS NOT NULL AND EXISTS { MATCH (item:Event) WHERE (($kind IS NULL OR item.kind = $kind)
      AND ($organization IS NULL OR EXISTS { (item)-[:ORGANIZATION|AFFECTS]->(o:Node) WHERE o.id = $organization
      OR ($includeUnits AND EXISTS { (o)-[:PART_OF*1..3]->(:Node {id: $organization}) }) })
      AND ($asOf IS NULL OR EXISTS { (item)<-[r:REPORTS]-() WHERE r.reportedAt <= $asOf })
      AND ($from IS NULL OR coalesce(item.when, reduce(m = null, day IN [(item)<-[r:REPORTS]-() | r.reportedAt] | CASE WHEN m IS NULL OR day < m THEN day ELSE m END)) >= $from)
      AND ($to IS NULL OR coalesce(item.when, reduce(m = null, day IN [(item)<-[r:REPORTS]-() | r.reportedAt] | CASE WHEN m IS NULL OR day < m THEN day ELSE m END)) <= $to)
      AND ($cumulative IS NULL OR coalesce(item.cumulative, false) = $cumulative)) AND NOT ((CASE WHEN item.when IS NULL THEN 1 ELSE 0 END > $cursor[0]) OR (CASE WHEN item.when IS NULL THEN 1 ELSE 0 END = $cursor[0] AND coalesce(item.when, '') > $cursor[1]) OR (CASE WHEN item.when IS NULL THEN 1 ELSE 0 END = $cursor[0] AND coalesce(item.when, '') = $cursor[1] AND item.id > $cursor[2])) } AS beyond",
        "params": {
          "asOf": null,
          "cumulative": false,
          "cursor": null,
          "first": 20,
          "from": "2023",
          "includeUnits": true,
          "kind": "layoff",
          "organization": "company:amazon",
          "to": "2025-10￿",
        },
      }
    `);
    expect(eventsPageQuery({}, 'COUNT_DESC', window).cypher).toContain(
      'ORDER BY coalesce(item.count, -1) DESC, item.id',
    );
    expect(eventsPageQuery({}, 'WHEN_DESC', window).cypher).toContain("ORDER BY coalesce(item.when, '') DESC, item.id");
  });

  it('citationsPage: per entity, newest first, with the sentences of each MENTIONS; the first page has no cursor in it', () => {
    expect(expectBound(citationsPageQuery(['person:andy-jassy'], window))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Node {id: id})
      CALL (n) {
      MATCH (item:Source)-[m:MENTIONS]->(n)
      USING INDEX SEEK m:MENTIONS(entityId, publishedAt, sourceId)
      WHERE m.entityId = n.id AND m.publishedAt >= '' AND m.sourceId >= ''
      WITH item, m ORDER BY m.entityId DESC, m.publishedAt DESC, m.sourceId DESC
      LIMIT $first + 1
      RETURN collect([{source: item {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash}, entity: n {.id, .type, .name, .aliases, .kind}, quotes: [i IN range(0, size(m.quoteStarts) - 1) | {sourceId: item.id, start: m.quoteStarts[i], end: m.quoteEnds[i], text: m.quotes[i]}][0..$quotes]}, [m.publishedAt, m.sourceId]]) AS rows
      }
      RETURN id, COUNT { (n)<-[:MENTIONS]-() } AS totalCount, rows, false AS beyond",
        "params": {
          "first": 20,
          "ids": [
            "person:andy-jassy",
          ],
          "quotes": 50,
        },
      }
    `);
    expect(expectBound(citationsPageQuery(['person:andy-jassy'], { first: 20, cursor: ['2024-05-01', 'article:x'] })))
      .toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Node {id: id})
      CALL (n) {
      MATCH (item:Source)-[m:MENTIONS]->(n)
      USING INDEX SEEK m:MENTIONS(entityId, publishedAt, sourceId)
      WHERE m.entityId = n.id AND m.publishedAt >= '' AND m.sourceId >= '' AND m.publishedAt <= $cursor[0]
      AND CASE WHEN m.publishedAt = $cursor[0] THEN m.sourceId < $cursor[1] ELSE true END
      WITH item, m ORDER BY m.entityId DESC, m.publishedAt DESC, m.sourceId DESC
      LIMIT $first + 1
      RETURN collect([{source: item {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash}, entity: n {.id, .type, .name, .aliases, .kind}, quotes: [i IN range(0, size(m.quoteStarts) - 1) | {sourceId: item.id, start: m.quoteStarts[i], end: m.quoteEnds[i], text: m.quotes[i]}][0..$quotes]}, [m.publishedAt, m.sourceId]]) AS rows
      }
      CALL (n) {
      MATCH (item:Source)-[m:MENTIONS]->(n)
      USING INDEX SEEK m:MENTIONS(entityId, publishedAt, sourceId)
      WHERE m.entityId = n.id AND m.publishedAt >= '' AND m.sourceId >= ''
      WITH m ORDER BY m.entityId DESC, m.publishedAt DESC, m.sourceId DESC
      LIMIT 1
      RETURN collect(NOT ((m.publishedAt < $cursor[0]) OR (m.publishedAt = $cursor[0] AND m.sourceId < $cursor[1]))) AS newest
      }
      RETURN id, COUNT { (n)<-[:MENTIONS]-() } AS totalCount, rows, coalesce(newest[0], false) AS beyond",
        "params": {
          "cursor": [
            "2024-05-01",
            "article:x",
          ],
          "first": 20,
          "ids": [
            "person:andy-jassy",
          ],
          "quotes": 50,
        },
      }
    `);
  });

  it('mentioningSourcesPage and organizationEventsPage: per parent', () => {
    expect(expectBound(mentioningSourcesPageQuery(['company:amazon'], window)).cypher).toContain('UNWIND $ids AS id');
    expect(expectBound(organizationEventsPageQuery(['company:amazon'], window))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Node {id: id})
      CALL (n) { MATCH (item:Event)-[:ORGANIZATION|AFFECTS]->(:Node)-[:PART_OF*0..3]->(n) WHERE (true) WITH DISTINCT item RETURN count(item) AS totalCount }
      CALL (n) {
      MATCH (item:Event)-[:ORGANIZATION|AFFECTS]->(:Node)-[:PART_OF*0..3]->(n) WHERE (true) AND ($cursor IS NULL OR ((CASE WHEN item.when IS NULL THEN 1 ELSE 0 END > $cursor[0]) OR (CASE WHEN item.when IS NULL THEN 1 ELSE 0 END = $cursor[0] AND coalesce(item.when, '') > $cursor[1]) OR (CASE WHEN item.when IS NULL THEN 1 ELSE 0 END = $cursor[0] AND coalesce(item.when, '') = $cursor[1] AND item.id > $cursor[2])))
      WITH DISTINCT item ORDER BY CASE WHEN item.when IS NULL THEN 1 ELSE 0 END, coalesce(item.when, ''), item.id
      LIMIT $first + 1
      RETURN collect([item {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(item.cumulative, false), organizationId: head([(item)-[:ORGANIZATION]->(o) | o.id])}, [CASE WHEN item.when IS NULL THEN 1 ELSE 0 END, coalesce(item.when, ''), item.id]]) AS rows
      }
      RETURN id, totalCount, rows, $cursor IS NOT NULL AND EXISTS { MATCH (item:Event)-[:ORGANIZATION|AFFECTS]->(:Node)-[:PART_OF*0..3]->(n) WHERE (true) AND NOT ((CASE WHEN item.when IS NULL THEN 1 ELSE 0 END > $cursor[0]) OR (CASE WHEN item.when IS NULL THEN 1 ELSE 0 END = $cursor[0] AND coalesce(item.when, '') > $cursor[1]) OR (CASE WHEN item.when IS NULL THEN 1 ELSE 0 END = $cursor[0] AND coalesce(item.when, '') = $cursor[1] AND item.id > $cursor[2])) } AS beyond",
        "params": {
          "cursor": null,
          "first": 20,
          "ids": [
            "company:amazon",
          ],
        },
      }
    `);
  });
});
