import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { createGraph, type Graph } from '../graph.js';
import { buildExtraction } from '../testing/build-extraction.js';

// Invented words only: three blocks, so that "one" (A+B) and "two" (B+C) are not copies of each other (estimated
// similarity ~0.6) but "three" (A+B+C) is a near copy of both (~0.86 and ~0.75): it bridges their copy groups.
const block = (stem: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) => `${stem}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
  ).join(' ');
const [A, B, C] = [block('norr', 15), block('vessla', 70), block('kest', 15)];
const TEXTS = { one: `${A} ${B}`, two: `${B} ${C}`, three: `${A} ${B} ${C}` };
const doc = (id: string, text: string) => ({ extraction: buildExtraction({ id, text, entities: [] }), text });
const articles = [
  doc('article:one-a', TEXTS.one),
  doc('article:one-b', TEXTS.one),
  doc('article:two-a', TEXTS.two),
  doc('article:two-b', TEXTS.two),
  doc('article:three', TEXTS.three),
];

let graph: Graph;

async function copyGroups(): Promise<Array<{ id: string; members: string[] }>> {
  return graph.executor.read({
    cypher:
      'MATCH (g:CopyGroup) RETURN g.id AS id, COLLECT { MATCH (s)-[:IN_COPY_GROUP]->(g) RETURN s.id AS m ORDER BY m } AS members ORDER BY id',
    params: {},
  });
}

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
});
afterAll(() => graph.close());

describe('copy groups', () => {
  it('puts a copy in its original’s group, and merges two groups a new copy bridges into the smaller id', async () => {
    for (const article of articles.slice(0, 4)) await graph.ingestDocument(article.extraction, article.text);
    expect(await copyGroups()).toEqual([
      { id: 'copy-group:article:one-a', members: ['article:one-a', 'article:one-b'] },
      { id: 'copy-group:article:two-a', members: ['article:two-a', 'article:two-b'] },
    ]);
    await graph.ingestDocument(articles[4]!.extraction, articles[4]!.text);
    const all = articles.map((a) => a.extraction.source.id).sort();
    expect(await copyGroups()).toEqual([{ id: 'copy-group:article:one-a', members: all }]);
    expect(
      (await graph.copyGroupsOf(['article:two-b']))
        .get('article:two-b')!
        .map((s) => s.id)
        .sort(),
    ).toEqual(all);
  });

  it('gives the same groups when the same articles come in one batch', async () => {
    await graph.deleteAll();
    await graph.applySchema();
    const results = await graph.ingestDocuments(articles);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await copyGroups()).toEqual([
      { id: 'copy-group:article:one-a', members: articles.map((a) => a.extraction.source.id).sort() },
    ]);
  });

  it('joins a copy to an existing group when its original is written in an earlier batch', async () => {
    await graph.deleteAll();
    await graph.applySchema();
    await graph.ingestDocuments(articles.slice(0, 2));
    await graph.ingestDocuments([articles[2]!, articles[3]!]);
    await graph.ingestDocuments([doc('article:one-c', TEXTS.one)]);
    expect(await copyGroups()).toEqual([
      { id: 'copy-group:article:one-a', members: ['article:one-a', 'article:one-b', 'article:one-c'] },
      { id: 'copy-group:article:two-a', members: ['article:two-a', 'article:two-b'] },
    ]);
  });
});
