import { describe, expect, it } from 'vitest';
import {
  eventDivisionsQuery,
  eventsByIdsQuery,
  eventSourcesQuery,
  eventsOfQuery,
  eventsPageQuery,
} from '../event-queries.js';
import { expectBound } from './bound-params.js';

const ids = ['event:amazon-layoff-14000'];

describe('event read queries', () => {
  it('eventsPage in each order, filters as params (to as an inclusive prefix)', () => {
    const filter = { kind: 'layoff', organization: 'company:amazon', from: '2023' };
    expect(eventsPageQuery({ to: '2025-10' }, 'WHEN_ASC', 0, 20).params.to).toBe('2025-10\uffff');
    expect(expectBound(eventsPageQuery(filter, 'WHEN_ASC', 0, 20))).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (root:Node {id: $organization})
      WITH CASE WHEN root IS NULL THEN [$organization] ELSE [root.id] + CASE WHEN $includeUnits
      THEN COLLECT { MATCH (u:Node)-[:PART_OF*1..3]->(root) RETURN DISTINCT u.id } ELSE [] END END AS orgs
      MATCH (ev:Event)
      WHERE ($kind IS NULL OR ev.kind = $kind)
      AND ($organization IS NULL OR EXISTS { (ev)-[:ORGANIZATION|AFFECTS]->(o:Node) WHERE o.id IN orgs })
      AND ($asOf IS NULL OR EXISTS { (ev)<-[r:REPORTS]-() WHERE r.reportedAt <= $asOf })
      WITH ev, CASE WHEN ev.when IS NOT NULL OR ($from IS NULL AND $to IS NULL) THEN ev.when
      ELSE reduce(m = null, day IN [(ev)<-[r:REPORTS]-() | r.reportedAt] | CASE WHEN m IS NULL OR day < m THEN day ELSE m END) END AS placed
      WHERE ($from IS NULL OR placed >= $from) AND ($to IS NULL OR placed <= $to)
      WITH ev ORDER BY ev.when IS NULL, ev.when, ev.id
      WITH collect(ev) AS events
      RETURN size(events) AS totalCount, [ev IN events[$offset..($offset + $first)] | ev {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(ev.cumulative, false), organizationId: head([(ev)-[:ORGANIZATION]->(o) | o.id])}] AS items",
        "params": {
          "asOf": null,
          "first": 20,
          "from": "2023",
          "includeUnits": true,
          "kind": "layoff",
          "offset": 0,
          "organization": "company:amazon",
          "to": null,
        },
      }
    `);
    expect(expectBound(eventsPageQuery({}, 'WHEN_DESC', 40, 20))).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (root:Node {id: $organization})
      WITH CASE WHEN root IS NULL THEN [$organization] ELSE [root.id] + CASE WHEN $includeUnits
      THEN COLLECT { MATCH (u:Node)-[:PART_OF*1..3]->(root) RETURN DISTINCT u.id } ELSE [] END END AS orgs
      MATCH (ev:Event)
      WHERE ($kind IS NULL OR ev.kind = $kind)
      AND ($organization IS NULL OR EXISTS { (ev)-[:ORGANIZATION|AFFECTS]->(o:Node) WHERE o.id IN orgs })
      AND ($asOf IS NULL OR EXISTS { (ev)<-[r:REPORTS]-() WHERE r.reportedAt <= $asOf })
      WITH ev, CASE WHEN ev.when IS NOT NULL OR ($from IS NULL AND $to IS NULL) THEN ev.when
      ELSE reduce(m = null, day IN [(ev)<-[r:REPORTS]-() | r.reportedAt] | CASE WHEN m IS NULL OR day < m THEN day ELSE m END) END AS placed
      WHERE ($from IS NULL OR placed >= $from) AND ($to IS NULL OR placed <= $to)
      WITH ev ORDER BY coalesce(ev.when, '') DESC, ev.id
      WITH collect(ev) AS events
      RETURN size(events) AS totalCount, [ev IN events[$offset..($offset + $first)] | ev {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(ev.cumulative, false), organizationId: head([(ev)-[:ORGANIZATION]->(o) | o.id])}] AS items",
        "params": {
          "asOf": null,
          "first": 20,
          "from": null,
          "includeUnits": true,
          "kind": null,
          "offset": 40,
          "organization": null,
          "to": null,
        },
      }
    `);
    expect(expectBound(eventsPageQuery({}, 'COUNT_DESC', 0, 5))).toMatchInlineSnapshot(`
      {
        "cypher": "OPTIONAL MATCH (root:Node {id: $organization})
      WITH CASE WHEN root IS NULL THEN [$organization] ELSE [root.id] + CASE WHEN $includeUnits
      THEN COLLECT { MATCH (u:Node)-[:PART_OF*1..3]->(root) RETURN DISTINCT u.id } ELSE [] END END AS orgs
      MATCH (ev:Event)
      WHERE ($kind IS NULL OR ev.kind = $kind)
      AND ($organization IS NULL OR EXISTS { (ev)-[:ORGANIZATION|AFFECTS]->(o:Node) WHERE o.id IN orgs })
      AND ($asOf IS NULL OR EXISTS { (ev)<-[r:REPORTS]-() WHERE r.reportedAt <= $asOf })
      WITH ev, CASE WHEN ev.when IS NOT NULL OR ($from IS NULL AND $to IS NULL) THEN ev.when
      ELSE reduce(m = null, day IN [(ev)<-[r:REPORTS]-() | r.reportedAt] | CASE WHEN m IS NULL OR day < m THEN day ELSE m END) END AS placed
      WHERE ($from IS NULL OR placed >= $from) AND ($to IS NULL OR placed <= $to)
      WITH ev ORDER BY coalesce(ev.count, -1) DESC, ev.id
      WITH collect(ev) AS events
      RETURN size(events) AS totalCount, [ev IN events[$offset..($offset + $first)] | ev {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(ev.cumulative, false), organizationId: head([(ev)-[:ORGANIZATION]->(o) | o.id])}] AS items",
        "params": {
          "asOf": null,
          "first": 5,
          "from": null,
          "includeUnits": true,
          "kind": null,
          "offset": 0,
          "organization": null,
          "to": null,
        },
      }
    `);
  });

  it('eventsByIds', () => {
    expect(expectBound(eventsByIdsQuery(ids))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (ev:Node:Event {id: id})
      RETURN ev {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(ev.cumulative, false), organizationId: head([(ev)-[:ORGANIZATION]->(o) | o.id])} AS event",
        "params": {
          "ids": [
            "event:amazon-layoff-14000",
          ],
        },
      }
    `);
  });

  it('eventsOf an organization and of a source', () => {
    expect(expectBound(eventsOfQuery(['company:amazon'], 'organization'))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Node {id: id})
      RETURN id, COLLECT { MATCH (ev)-[:ORGANIZATION|AFFECTS]->(:Node)-[:PART_OF*0..3]->(n) WITH DISTINCT ev ORDER BY ev.when IS NULL, ev.when, ev.id LIMIT $cap RETURN ev {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(ev.cumulative, false), organizationId: head([(ev)-[:ORGANIZATION]->(o) | o.id])} AS event } AS items",
        "params": {
          "cap": 200,
          "ids": [
            "company:amazon",
          ],
        },
      }
    `);
    expect(expectBound(eventsOfQuery(['article:000'], 'source'))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Node {id: id})
      RETURN id, COLLECT { MATCH (n)-[:REPORTS]->(ev) WITH DISTINCT ev ORDER BY ev.when IS NULL, ev.when, ev.id LIMIT $cap RETURN ev {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(ev.cumulative, false), organizationId: head([(ev)-[:ORGANIZATION]->(o) | o.id])} AS event } AS items",
        "params": {
          "cap": 100,
          "ids": [
            "article:000",
          ],
        },
      }
    `);
  });

  it('eventDivisions', () => {
    expect(expectBound(eventDivisionsQuery(ids))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (ev:Node:Event {id: id})
      RETURN id, COLLECT { MATCH (ev)-[:AFFECTS]->(d:Entity) RETURN d {.id, .type, .name, .aliases} AS d ORDER BY d.name LIMIT $cap } AS items",
        "params": {
          "cap": 50,
          "ids": [
            "event:amazon-layoff-14000",
          ],
        },
      }
    `);
  });

  it('eventSources', () => {
    expect(expectBound(eventSourcesQuery(ids))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (ev:Node:Event {id: id})
      RETURN id, COLLECT {
      MATCH (ev)<-[:REPORTS]-(s:Source)
      RETURN s {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash} AS s ORDER BY coalesce(s.publishedAt, '') DESC, s.id
      LIMIT $cap
      } AS items",
        "params": {
          "cap": 100,
          "ids": [
            "event:amazon-layoff-14000",
          ],
        },
      }
    `);
  });
});
