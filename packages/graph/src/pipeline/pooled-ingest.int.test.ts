import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { createGraph, type Graph, type IngestInput } from '../graph.js';
import { createExtractionPool } from '@newsgraph/extraction/pool';
import { createPooledIngest } from './pooled-ingest.js';

const seeds = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
const inputs: IngestInput[] = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ text: readFileSync(seeds + name, 'utf8'), uri: `file:seeds/${name}`, title: name }));
const pool = createExtractionPool({ threads: 2 });
let graph: Graph;

async function snapshot() {
  const counts = await graph.stats();
  const citing = (await graph.sourcesCiting('Jassy')).map((c) => [c.source.id, c.quotes.map((q) => q.start)]);
  return { counts, citing };
}

beforeAll(() => {
  // A small write bound so one document can be made too large to write (it must fail alone).
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS, maxDocumentBytes: 200_000 });
});
afterAll(async () => {
  await pool.close();
  await graph?.close();
});

describe('the ingest pipeline (extraction threads → batched writes)', () => {
  it('writes the same graph as extraction on the main thread; a second run changes nothing', async () => {
    await graph.deleteAll();
    await graph.applySchema();
    await graph.ingestTexts(inputs, 2);
    const expected = await snapshot();

    await graph.deleteAll();
    const ingest = createPooledIngest(graph, pool, 2);
    const first = await ingest(inputs);
    expect(first.every((r) => r.ok && r.outcome.changed)).toBe(true);
    expect(await snapshot()).toEqual(expected);

    const again = await ingest(inputs);
    expect(again.every((r) => r.ok && !r.outcome.changed)).toBe(true);
    expect(await snapshot()).toEqual(expected);
  });

  it('keeps each article all or nothing: a document too large to write fails alone, its batch-mates are written', async () => {
    await graph.deleteAll();
    const huge = {
      text: `${'Amazon cut 14,000 jobs in its AWS division, said Andy Jassy. '.repeat(6_000)}`,
      uri: 'file:huge.txt',
      title: 'huge',
    };
    const results = await createPooledIngest(graph, pool, 10)([inputs[0]!, huge, inputs[1]!]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const ids = await graph.executor.read<{ id: string }>({
      cypher: "MATCH (s:Source {kind: 'article'}) RETURN s.id AS id ORDER BY id",
      params: {},
    });
    expect(ids.map((row) => row.id)).toHaveLength(2);
    expect(ids.some((row) => row.id.includes('huge'))).toBe(false);
  });
});
