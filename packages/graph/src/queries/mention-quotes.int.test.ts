import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { createGraph, type Graph } from '../graph.js';
import { buildExtraction } from '../testing/build-extraction.js';

/**
 * A mention's quotes are stored once per article (`quoteTexts`, each quoted sentence once) and indexed by its
 * MENTIONS (`quoteIdx`); every reader gives them back as exact slices of the text, and a MENTIONS written before
 * (with its own `quotes`) reads as stored.
 */
let graph: Graph;

// Two sentences name Norrvik and one of them Jane Roe too: three quotes over two MENTIONS, two distinct texts.
const ONE =
  'Norrvik said it will cut 120 jobs. Jane Roe, who runs Norrvik, called it hard. Kestrel declined to comment.';
const TWO = 'Norrvik shares fell. Analysts at Vessla said Norrvik had warned.';

const extraction = (id: string, text: string, publishedAt: string) =>
  buildExtraction({
    id,
    text,
    publishedAt,
    entities: [
      { id: 'company:norrvik', type: 'Company', name: 'Norrvik', mentions: ['Norrvik'] },
      ...(text.includes('Jane Roe')
        ? [{ id: 'person:jane-roe', type: 'Person' as const, name: 'Jane Roe', mentions: ['Jane Roe'] }]
        : []),
    ],
  });

/** Each article's stored quote texts, and per MENTIONS of it the quotes cut from its text in JavaScript. */
async function stored() {
  const rows = await graph.executor.read<{
    id: string;
    text: string;
    quoteTexts: string[];
    mentions: Array<{ entityId: string; starts: number[]; ends: number[]; idx: number[]; quotes: string[] | null }>;
  }>({
    cypher: `MATCH (s:Source {kind: 'article'})-[m:MENTIONS]->(e)
             WITH s, m, e ORDER BY e.id
             RETURN s.id AS id, s.text AS text, s.quoteTexts AS quoteTexts,
                    collect({entityId: e.id, starts: m.quoteStarts, ends: m.quoteEnds, idx: m.quoteIdx, quotes: m.quotes}) AS mentions
             ORDER BY id`,
    params: {},
  });
  return rows.map((r) => ({
    ...r,
    mentions: r.mentions.map((m) => ({ ...m, sliced: m.starts.map((s, i) => r.text.slice(s, m.ends[i])) })),
  }));
}

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
  await graph.ingestDocument(extraction('article:one', ONE, '2026-03-02'), ONE);
  await graph.ingestDocument(extraction('article:two', TWO, '2026-03-01'), TWO);
});
afterAll(() => graph.close());

describe('mention quotes', () => {
  it('stores each quoted sentence once on the article, and indexes into it from each MENTIONS', async () => {
    const [one, two] = await stored();
    expect(one!.quoteTexts).toEqual([
      'Norrvik said it will cut 120 jobs.',
      'Jane Roe, who runs Norrvik, called it hard.',
    ]);
    expect(one!.mentions.map((m) => [m.entityId, m.idx, m.quotes])).toEqual([
      ['company:norrvik', [0, 1], null],
      ['person:jane-roe', [1], null],
    ]);
    expect(two!.quoteTexts).toEqual(['Norrvik shares fell.', 'Analysts at Vessla said Norrvik had warned.']);
    for (const article of [one!, two!])
      for (const m of article.mentions) expect(m.idx.map((i) => article.quoteTexts[i])).toEqual(m.sliced);
  });

  it('every reader returns the sentences as exact slices of the text', async () => {
    // Newest first: article one is a day younger.
    const expected = (await stored()).map((a) => ({
      id: a.id,
      quotes: a.mentions.find((m) => m.entityId === 'company:norrvik')!.sliced,
    }));
    const citing = await graph.sourcesCiting('Norrvik');
    expect(citing.map((c) => [c.source.id, c.quotes.map((q) => q.text)])).toEqual(
      expected.map((m) => [m.id, m.quotes]),
    );
    const page = (await graph.citationsPage(['company:norrvik'], { first: 10, cursor: null })).get('company:norrvik')!;
    expect(page.items.map((c) => [c.source.id, c.quotes.map((q) => q.text)])).toEqual(
      expected.map((m) => [m.id, m.quotes]),
    );
    for (const { id, quotes } of expected) {
      const refs = [{ kind: 'mention' as const, sourceId: id, entityId: 'company:norrvik' }];
      const items = [...(await graph.evidence(refs)).values()][0]!;
      expect(items.map((q) => q.text)).toEqual(quotes);
      expect(items.every((q) => q.sourceId === id)).toBe(true);
    }
  });

  it('reads the quotes a store written before keeps on its MENTIONS', async () => {
    await graph.executor.write((tx) =>
      tx.run({
        cypher: `MATCH (s:Source {id: 'article:two'})-[m:MENTIONS]->(:Node {id: 'company:norrvik'})
                 SET m.quotes = [q IN m.quoteStarts | 'stored ' + toString(q)]
                 REMOVE m.quoteIdx, s.quoteTexts`,
        params: {},
      }),
    );
    const [citation] = (await graph.sourcesCiting('Norrvik')).filter((c) => c.source.id === 'article:two');
    expect(citation!.quotes.map((q) => q.text)).toEqual(['stored 0', 'stored 21']);
    const page = (await graph.citationsPage(['company:norrvik'], { first: 10, cursor: null })).get('company:norrvik')!;
    expect(page.items.find((c) => c.source.id === 'article:two')!.quotes.map((q) => q.text)).toEqual([
      'stored 0',
      'stored 21',
    ]);
    const refs = [{ kind: 'mention' as const, sourceId: 'article:two', entityId: 'company:norrvik' }];
    expect([...(await graph.evidence(refs)).values()][0]!.map((q) => q.text)).toEqual(['stored 0', 'stored 21']);
  });
});
