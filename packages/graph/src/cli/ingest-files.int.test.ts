import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { createGraph, type Graph } from '../graph.js';
import { collectFiles } from './collect-files.js';
import { ingestFiles } from './ingest-files.js';

const seeds = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
let graph: Graph;

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
});
afterAll(() => graph.close());

describe('ingestFiles (the ingest CLI’s engine) on the seeds', () => {
  it('ingests a folder with the real extractor; a bad file fails alone; a second run changes nothing', async () => {
    const files = collectFiles([seeds, join(seeds, 'missing.txt')]);
    expect(files.filter((f) => f.endsWith('.txt'))).toHaveLength(4);
    const seen: number[] = [];
    const first = await ingestFiles(files, {
      ingest: (inputs) => graph.ingestTexts(inputs),
      batchSize: 2,
      concurrency: 2,
      onProgress: (p) => seen.push(p.done),
    });
    expect(first.progress).toMatchObject({ total: 4, done: 4, changed: 3, unchanged: 0, failed: 1 });
    expect(first.failures[0]!.file).toMatch(/missing\.txt$/);
    expect(seen).toEqual([1, 2, 3, 4]);

    const second = await ingestFiles(collectFiles([seeds]), { ingest: (inputs) => graph.ingestTexts(inputs) });
    expect(second.progress).toMatchObject({ changed: 0, unchanged: 3, failed: 0 });
    expect((await graph.sourcesCiting('Jassy')).map((c) => c.source.id).sort()).toEqual([
      'article:000_c3705ce366644198',
      'article:002_29044a7c9eb14809',
    ]);
  });
});
