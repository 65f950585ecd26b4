import { describe, expect, it } from 'vitest';
import {
  divisionsOfQuery,
  entitiesByIdsQuery,
  mentionCountsQuery,
  parentsOfQuery,
  rolesQuery,
  sourcesMentioningQuery,
} from '../entity-queries.js';
import { expectBound } from './bound-params.js';

const ids = ['company:amazon', 'division:aws'];

describe('entity read queries', () => {
  it('entitiesByIds', () => {
    expect(expectBound(entitiesByIdsQuery(ids))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Node:Entity {id: id})
      RETURN n {.id, .type, .name, .aliases, .kind} AS entity",
        "params": {
          "ids": [
            "company:amazon",
            "division:aws",
          ],
        },
      }
    `);
  });

  it('mentionCounts', () => {
    expect(expectBound(mentionCountsQuery(ids))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Node:Entity {id: id}) USING INDEX SEEK n:Node(id)
      RETURN id, COLLECT {
      UNWIND [shard IN range(0, $lastShard) | id + '|' + shard] AS tallyId
      MATCH (t:MentionTally {id: tallyId}) USING INDEX t:MentionTally(id)
      RETURN t.count
      } AS sizes",
        "params": {
          "ids": [
            "company:amazon",
            "division:aws",
          ],
          "lastShard": 15,
        },
      }
    `);
  });

  it('sourcesMentioning', () => {
    expect(expectBound(sourcesMentioningQuery(ids, 5))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (n:Node:Entity {id: id})
      CALL (n) {
      MATCH (item:Source)-[m:MENTIONS]->(n)
      USING INDEX SEEK m:MENTIONS(entityId, publishedAt, sourceId)
      WHERE m.entityId = n.id AND m.publishedAt >= '' AND m.sourceId >= ''
      WITH item, m ORDER BY m.entityId DESC, m.publishedAt DESC, m.sourceId DESC LIMIT $first
      RETURN collect(item {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash}) AS items
      }
      RETURN id, items",
        "params": {
          "first": 5,
          "ids": [
            "company:amazon",
            "division:aws",
          ],
        },
      }
    `);
  });

  it('divisionsOf', () => {
    expect(expectBound(divisionsOfQuery(ids))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (o:Node {id: id})
      RETURN id, COLLECT {
      MATCH (d:Division)-[:PART_OF]->(o)
      RETURN DISTINCT d {.id, .type, .name, .aliases, .kind} AS division ORDER BY division.name
      LIMIT $cap
      } AS items",
        "params": {
          "cap": 100,
          "ids": [
            "company:amazon",
            "division:aws",
          ],
        },
      }
    `);
  });

  it('parentsOf', () => {
    expect(expectBound(parentsOfQuery(ids))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (d:Node:Division {id: id})-[r:PART_OF]->(p:Entity)
      RETURN id, p {.id, .type, .name, .aliases, .kind} AS parent, r.key AS key
      ORDER BY id, r.claims DESC",
        "params": {
          "ids": [
            "company:amazon",
            "division:aws",
          ],
        },
      }
    `);
  });

  it('roles at an organization and of a person', () => {
    expect(expectBound(rolesQuery(ids, 'organization'))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Node {id: id})
      RETURN id, collect({personId: p.id, organizationId: o.id, title: r.title, key: r.key})[0..$cap] AS items",
        "params": {
          "cap": 100,
          "ids": [
            "company:amazon",
            "division:aws",
          ],
        },
      }
    `);
    expect(expectBound(rolesQuery(['person:andy-jassy'], 'person'))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (p:Node:Person {id: id})-[r:HOLDS_ROLE]->(o:Node)
      RETURN id, collect({personId: p.id, organizationId: o.id, title: r.title, key: r.key})[0..$cap] AS items",
        "params": {
          "cap": 100,
          "ids": [
            "person:andy-jassy",
          ],
        },
      }
    `);
  });
});
