import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { createGraph, type Graph } from '../graph.js';
import { MAX_QUOTES_PER_LINK, QUOTE_MAX_CHARS, QUOTE_WINDOW_CHARS } from './quote-bounds.js';

let graph: Graph;

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
});
afterAll(() => graph.close());

describe('bounded writes (issue 16 items 4 and 5)', () => {
  it('stores short quotes for a huge sentence naming thousands of organisations; the entity stays small', async () => {
    // One ~60 KB "sentence": 2,000 organisations by legal suffix, Intel named every 100th time, no full stop.
    const names = Array.from({ length: 2000 }, (_, i) => (i % 100 === 0 ? 'Intel' : `Org${i} Holdings Inc`));
    const text = `Partners include ${names.join(', ')} and more`;
    const outcome = await graph.ingestText({ text, uri: 'huge-sentence.txt' });
    expect(outcome.changed).toBe(true);
    const citations = await graph.sourcesCiting('Intel');
    expect(citations).toHaveLength(1);
    const quotes = citations[0]!.quotes;
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.length).toBeLessThanOrEqual(MAX_QUOTES_PER_LINK);
    for (const quote of quotes) {
      expect(quote.text.length).toBeLessThanOrEqual(2 * QUOTE_WINDOW_CHARS + 'Intel'.length);
      expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.text).toContain('Intel');
    }
    // Each of the 2,000 mentions stores at most one window: ~2,000 × 400 characters, where each used to store
    // the whole sentence (2,000 × 42 KB here; 61 MB of transaction log in the case).
    const [row] = await graph.executor.read<{ chars: number }>({
      cypher: `MATCH ()-[m:MENTIONS]->() RETURN sum(reduce(n = 0, q IN m.quotes | n + size(q))) AS chars`,
      params: {},
    });
    expect(row!.chars).toBeLessThanOrEqual(names.length * (2 * QUOTE_WINDOW_CHARS + 20));
    expect(row!.chars).toBeLessThan((names.length * text.length) / 50);
    expect(QUOTE_MAX_CHARS).toBeLessThan(text.length);
  });

  it('refuses a document too large for one transaction before it reaches Neo4j, with its size and the limit', async () => {
    const small = createGraph(getTestNeo4j(), { maxDocumentBytes: 10_000 });
    try {
      const text = 'Intel will cut 15,000 jobs, the company said. '.repeat(400);
      await expect(small.ingestText({ text, uri: 'too-big.txt' })).rejects.toThrow(
        /too large for one transaction: about \d+ bytes to write, over the limit of 10000 bytes/,
      );
      const [bulk] = await small.ingestTexts([{ text, uri: 'too-big.txt' }]);
      expect(bulk!.ok).toBe(false);
      const rows = await graph.executor.read<{ n: number }>({
        cypher: "MATCH (s:Source {id: 'article:file:too-big.txt'}) RETURN count(s) AS n",
        params: {},
      });
      expect(rows[0]!.n).toBe(0);
    } finally {
      await small.close();
    }
  });
});
