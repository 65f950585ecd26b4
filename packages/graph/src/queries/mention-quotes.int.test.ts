import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { createGraph, type Graph } from '../graph.js';
import { buildExtraction } from '../testing/build-extraction.js';

/**
 * A mention's quotes are offsets into its article's text (the sentence stored once, in the text), cut back out by
 * every reader; an article whose text has a character outside the Basic Multilingual Plane keeps them on its
 * MENTIONS, as does a store written before (read as stored).
 */
let graph: Graph;

const PLAIN =
  'Norrvik said it will cut 120 jobs. Jane Roe, who runs Norrvik, called it hard. Kestrel declined to comment.';
// Astral characters before the mentions: JavaScript offsets count two code units each, Cypher one code point.
const ASTRAL = '\u{1F4C9}\u{1F4C9} Norrvik shares fell. Analysts at Vessla said Norrvik had warned.';

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

/** Each stored MENTIONS of Norrvik: its article, whether it keeps quote texts, its quotes cut from the text in JS. */
async function storedMentions() {
  const rows = await graph.executor.read<{
    id: string;
    text: string;
    starts: number[];
    ends: number[];
    stored: boolean;
  }>({
    cypher: `MATCH (s:Source)-[m:MENTIONS]->(:Node {id: 'company:norrvik'})
             RETURN s.id AS id, s.text AS text, m.quoteStarts AS starts, m.quoteEnds AS ends, m.quotes IS NOT NULL AS stored
             ORDER BY id`,
    params: {},
  });
  return rows.map((r) => ({ id: r.id, stored: r.stored, quotes: r.starts.map((s, i) => r.text.slice(s, r.ends[i])) }));
}

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
  await graph.ingestDocument(extraction('article:plain', PLAIN, '2026-03-02'), PLAIN);
  await graph.ingestDocument(extraction('article:astral', ASTRAL, '2026-03-01'), ASTRAL);
});
afterAll(() => graph.close());

describe('mention quotes', () => {
  it('stores offsets only, unless the text has characters outside the BMP', async () => {
    expect(await storedMentions()).toEqual([
      {
        id: 'article:astral',
        stored: true,
        quotes: ['\u{1F4C9}\u{1F4C9} Norrvik shares fell.', 'Analysts at Vessla said Norrvik had warned.'],
      },
      {
        id: 'article:plain',
        stored: false,
        quotes: ['Norrvik said it will cut 120 jobs.', 'Jane Roe, who runs Norrvik, called it hard.'],
      },
    ]);
  });

  it('every reader returns the sentences as exact slices of the text', async () => {
    // Newest first: the plain article is a day younger.
    const expected = (await storedMentions()).reverse();
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
        cypher: `MATCH (:Source {id: 'article:plain'})-[m:MENTIONS]->(:Node {id: 'company:norrvik'})
                 SET m.quotes = [q IN m.quoteStarts | 'stored ' + toString(q)]`,
        params: {},
      }),
    );
    const [citation] = (await graph.sourcesCiting('Norrvik')).filter((c) => c.source.id === 'article:plain');
    expect(citation!.quotes.map((q) => q.text)).toEqual(['stored 0', 'stored 35']);
  });
});
