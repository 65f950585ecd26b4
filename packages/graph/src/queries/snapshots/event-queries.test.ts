import { describe, expect, it } from 'vitest';
import { eventDivisionsQuery, eventsByIdsQuery, eventSourcesQuery, eventsOfQuery } from '../event-queries.js';
import { expectBound } from './bound-params.js';

const ids = ['event:amazon-layoff-14000'];

describe('event read queries', () => {
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
      RETURN id, COLLECT { MATCH (ev)-[:AFFECTS]->(d:Entity) RETURN d {.id, .type, .name, .aliases, .kind} AS d ORDER BY d.name LIMIT $cap } AS items",
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
