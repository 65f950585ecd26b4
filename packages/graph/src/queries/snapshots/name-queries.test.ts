import { describe, expect, it } from 'vitest';
import { CITING_SOURCE_FIELDS, sourcesCitingExactQuery, sourcesCitingQuery } from '../citing-query.js';
import { searchQuery } from '../search.js';
import { expectBound } from './bound-params.js';

describe('name read queries', () => {
  it('search: prefix by default, types as a list or null, candidates at least 30', () => {
    expect(expectBound(searchQuery({ query: ' Andy Ja ', types: ['Person'], first: 5 })!)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: $candidates}) YIELD node, score
      WHERE $types IS NULL OR node.type IN $types
      WITH node, score, CASE WHEN toLower(node.name) = $lower THEN 2 WHEN any(a IN node.aliases WHERE toLower(a) = $lower) THEN 1 ELSE 0 END AS exact
      ORDER BY exact DESC, score DESC, node.id
      LIMIT $first
      RETURN node {.id, .type, .name, .aliases, .kind} AS entity",
        "params": {
          "candidates": 30,
          "first": 5,
          "lower": "andy ja",
          "lucene": ""andy ja"^4 OR (andy AND ja)^2 OR (andy AND ja*)",
          "types": [
            "Person",
          ],
        },
      }
    `);
    expect(searchQuery({ query: 'AWS', types: [], first: 50 }, 'fuzzy')!.params).toMatchObject({
      types: null,
      first: 50,
      candidates: 150,
    });
  });

  it('search: null when nothing is searchable', () => {
    expect(searchQuery({ query: '   ' })).toBeNull();
  });

  it('sourcesCiting by exact name: the name key index, only the source fields asked for', () => {
    expect(expectBound(sourcesCitingExactQuery(' Andy JASSY', 20, ['title', 'publishedAt']))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (node:Entity {nameKey: $lower})
      WITH node ORDER BY COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
      CALL (node) {
      WITH node AS n
      MATCH (item:Source)-[m:MENTIONS]->(n)
      USING INDEX SEEK m:MENTIONS(entityId, publishedAt, sourceId)
      WHERE m.entityId = n.id AND m.publishedAt >= '' AND m.sourceId >= ''
      WITH item, m ORDER BY m.entityId DESC, m.publishedAt DESC, m.sourceId DESC LIMIT $first
      RETURN collect([item.id, item.kind, [field IN $fields | item[field]], m.quoteStarts[0..$quotes], m.quoteEnds[0..$quotes], m.quotes[0..$quotes]]) AS citations
      }
      WITH node, citations WHERE size(citations) > 0
      RETURN node {.id, .type, .name, .aliases, .kind} AS entity, citations",
        "params": {
          "fields": [
            "title",
            "publishedAt",
          ],
          "first": 20,
          "lower": "andy jassy",
          "quotes": 50,
        },
      }
    `);
  });

  it('sourcesCiting through the full-text index when the name is no exact name', () => {
    expect(expectBound(sourcesCitingQuery('Jassy', 100, CITING_SOURCE_FIELDS)!)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: 20}) YIELD node, score
      WITH node, score, CASE WHEN toLower(node.name) = $lower THEN 2 WHEN any(a IN node.aliases WHERE toLower(a) = $lower) THEN 1 ELSE 0 END AS rank
      ORDER BY rank DESC, score DESC, node.id
      LIMIT 1
      CALL (node) {
      WITH node AS n
      MATCH (item:Source)-[m:MENTIONS]->(n)
      USING INDEX SEEK m:MENTIONS(entityId, publishedAt, sourceId)
      WHERE m.entityId = n.id AND m.publishedAt >= '' AND m.sourceId >= ''
      WITH item, m ORDER BY m.entityId DESC, m.publishedAt DESC, m.sourceId DESC LIMIT $first
      RETURN collect([item.id, item.kind, [field IN $fields | item[field]], m.quoteStarts[0..$quotes], m.quoteEnds[0..$quotes], m.quotes[0..$quotes]]) AS citations
      }
      WITH node, citations WHERE size(citations) > 0
      RETURN node {.id, .type, .name, .aliases, .kind} AS entity, citations",
        "params": {
          "fields": [
            "title",
            "uri",
            "publisher",
            "publishedAt",
            "contentHash",
          ],
          "first": 100,
          "lower": "jassy",
          "lucene": ""jassy"^4 OR (jassy)^2",
          "quotes": 50,
        },
      }
    `);
    expect(sourcesCitingQuery('Garmann', 100, [], 'fuzzy')!.params.lucene).toBe(
      '"garmann"^4 OR (garmann)^2 OR (garmann*) OR (garmann~1)',
    );
    expect(sourcesCitingQuery('  ', 100, [])).toBeNull();
  });
});
