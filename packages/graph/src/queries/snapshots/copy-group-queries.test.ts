import { describe, expect, it } from 'vitest';
import { copyGroupsOfQuery, independentSourceCountsQuery } from '../copy-group-queries.js';
import { expectBound } from './bound-params.js';

describe('copy-group read queries (syndicated copies)', () => {
  it('copyGroupsOf', () => {
    expect(expectBound(copyGroupsOfQuery(['article:000', 'article:001']))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (:Node:Source {id: id})-[:IN_COPY_GROUP]->(g:CopyGroup)
      RETURN id, COLLECT {
      MATCH (g)<-[:IN_COPY_GROUP]-(m:Node:Source)
      RETURN m {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash} AS m
      ORDER BY coalesce(m.publishedAt, '9999'), m.id
      LIMIT $cap
      } AS items",
        "params": {
          "cap": 100,
          "ids": [
            "article:000",
            "article:001",
          ],
        },
      }
    `);
  });

  it('independentSourceCounts', () => {
    expect(expectBound(independentSourceCountsQuery(['event:000']))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (ev:Node:Event {id: id})
      RETURN id, COUNT {
      MATCH (ev)<-[:REPORTS]-(s:Source)
      OPTIONAL MATCH (s)-[:IN_COPY_GROUP]->(g:CopyGroup)
      RETURN DISTINCT coalesce(g.id, s.id) AS origin
      } AS count",
        "params": {
          "ids": [
            "event:000",
          ],
        },
      }
    `);
  });
});
