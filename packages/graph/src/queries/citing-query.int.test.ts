import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { createGraph, type Graph } from '../graph.js';
import { buildExtraction } from '../testing/build-extraction.js';
import { extractionA, extractionB, TEXT_A, TEXT_B } from '../testing/sample-documents.js';

let graph: Graph;

/** An article naming a second, different "Matt Garman" (another company's executive). */
const TEXT_C = 'Globex hired Matt Garman as finance chief. Matt Garman joins in May.';
function extractionC(id: string) {
  return buildExtraction({
    id,
    text: TEXT_C,
    publishedAt: '2025-11-02',
    entities: [{ id: 'person:matt-garman-globex', type: 'Person', name: 'Matt Garman', mentions: ['Matt Garman'] }],
  });
}

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
  await graph.ingestDocument(extractionA(), TEXT_A);
  await graph.ingestDocument(extractionB(), TEXT_B);
});
afterAll(() => graph.close());

describe('sourcesCiting name resolution', () => {
  it('takes an exact name whatever its case, and an alias through the full-text index', async () => {
    expect((await graph.sourcesCiting('matt GARMAN')).map((c) => c.entity.id)).toEqual(['person:matt-garman']);
    expect((await graph.sourcesCiting('Jassy')).map((c) => c.entity.id)).toEqual([
      'person:andy-jassy',
      'person:andy-jassy',
    ]);
    expect((await graph.sourcesCiting('AWS')).map((c) => c.entity.id)[0]).toBe('division:amazon-web-services');
  });

  it('picks the most-mentioned entity when several share the exact name', async () => {
    await graph.ingestDocument(extractionC('article:c1'), TEXT_C);
    await graph.ingestDocument(extractionC('article:c2'), `${TEXT_C} `);
    const citations = await graph.sourcesCiting('Matt Garman');
    expect(new Set(citations.map((c) => c.entity.id))).toEqual(new Set(['person:matt-garman-globex']));
    expect(citations.map((c) => c.source.id).sort()).toEqual(['article:c1', 'article:c2']);
  });

  it('reads only the source fields asked for beyond id and kind; by default all of them', async () => {
    const [all] = await graph.sourcesCiting('Andy Jassy', 1);
    expect(all!.source).toMatchObject({
      kind: 'article',
      publishedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const [lean] = await graph.sourcesCiting('Andy Jassy', 1, ['publishedAt']);
    expect(lean!.source).toEqual({
      ...all!.source,
      title: all!.source.id,
      uri: null,
      publisher: null,
      contentHash: null,
    });
    expect(lean!.quotes).toEqual(all!.quotes.map((quote) => ({ ...quote, source: lean!.source })));
  });

  it('gives entities written before the name key existed one when the schema is applied', async () => {
    await graph.executor.write((tx) =>
      tx.run({ cypher: "MATCH (n:Entity {id: 'person:andy-jassy'}) REMOVE n.nameKey", params: {} }),
    );
    expect((await graph.sourcesCiting('Andy Jassy')).length).toBe(2); // still found, through the full-text index
    await graph.applySchema();
    const [row] = await graph.executor.read<{ key: string }>({
      cypher: "MATCH (n:Entity {id: 'person:andy-jassy'}) RETURN n.nameKey AS key",
      params: {},
    });
    expect(row!.key).toBe('andy jassy');
  });
});
