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
        "cypher": "MATCH (ev:Event)
      WHERE ($kind IS NULL OR ev.kind = $kind)
      AND ($organization IS NULL OR EXISTS { (ev)-[:ORGANIZATION|AFFECTS]->(:Node {id: $organization}) })
      AND ($from IS NULL OR ev.when >= $from)
      AND ($to IS NULL OR ev.when <= $to)
      WITH ev ORDER BY ev.when IS NULL, ev.when, ev.id
      WITH collect(ev) AS events
      RETURN size(events) AS totalCount, [ev IN events[$offset..($offset + $first)] | ev {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(ev.cumulative, false), organizationId: head([(ev)-[:ORGANIZATION]->(o) | o.id])}] AS items",
        "params": {
          "first": 20,
          "from": "2023",
          "kind": "layoff",
          "offset": 0,
          "organization": "company:amazon",
          "to": null,
        },
      }
    `);
    expect(expectBound(eventsPageQuery({}, 'WHEN_DESC', 40, 20))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (ev:Event)
      WHERE ($kind IS NULL OR ev.kind = $kind)
      AND ($organization IS NULL OR EXISTS { (ev)-[:ORGANIZATION|AFFECTS]->(:Node {id: $organization}) })
      AND ($from IS NULL OR ev.when >= $from)
      AND ($to IS NULL OR ev.when <= $to)
      WITH ev ORDER BY coalesce(ev.when, '') DESC, ev.id
      WITH collect(ev) AS events
      RETURN size(events) AS totalCount, [ev IN events[$offset..($offset + $first)] | ev {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(ev.cumulative, false), organizationId: head([(ev)-[:ORGANIZATION]->(o) | o.id])}] AS items",
        "params": {
          "first": 20,
          "from": null,
          "kind": null,
          "offset": 40,
          "organization": null,
          "to": null,
        },
      }
    `);
    expect(expectBound(eventsPageQuery({}, 'COUNT_DESC', 0, 5))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (ev:Event)
      WHERE ($kind IS NULL OR ev.kind = $kind)
      AND ($organization IS NULL OR EXISTS { (ev)-[:ORGANIZATION|AFFECTS]->(:Node {id: $organization}) })
      AND ($from IS NULL OR ev.when >= $from)
      AND ($to IS NULL OR ev.when <= $to)
      WITH ev ORDER BY coalesce(ev.count, -1) DESC, ev.id
      WITH collect(ev) AS events
      RETURN size(events) AS totalCount, [ev IN events[$offset..($offset + $first)] | ev {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(ev.cumulative, false), organizationId: head([(ev)-[:ORGANIZATION]->(o) | o.id])}] AS items",
        "params": {
          "first": 5,
          "from": null,
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
      RETURN id, COLLECT { MATCH (ev)-[:ORGANIZATION|AFFECTS]->(n) WITH DISTINCT ev ORDER BY ev.when IS NULL, ev.when, ev.id LIMIT $cap RETURN ev {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(ev.cumulative, false), organizationId: head([(ev)-[:ORGANIZATION]->(o) | o.id])} AS event } AS items",
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
