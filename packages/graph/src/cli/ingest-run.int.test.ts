import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  ftruncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '@newsgraph/documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { createGraph, type Graph } from '../graph.js';
import { ingestReadResults } from './ingest-run.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const pages = fileURLToPath(new URL('../../../documents/fixtures/pages/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ingest-run-'));
let graph: Graph;

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
});
afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (paths: string[], root: string) =>
  ingestReadResults(readInputs(paths, { cwd: root, root }), {
    ingest: (inputs) => graph.ingestTexts(inputs),
    batchSize: 2,
    concurrency: 2,
  });

async function articleIds(): Promise<string[]> {
  const rows = await graph.executor.read<{ id: string }>({
    cypher: "MATCH (s:Source {kind: 'article'}) RETURN s.id AS id ORDER BY id",
    params: {},
  });
  return rows.map((r) => r.id);
}

describe('ingestReadResults (the engine of npm run ingest and npm start)', () => {
  it('ingests the seeds through the shared reader; a missing file fails alone; a second run changes nothing', async () => {
    const seen: number[] = [];
    const first = await ingestReadResults(readInputs(['seeds', 'seeds/missing.txt'], { cwd: repo }), {
      ingest: (inputs) => graph.ingestTexts(inputs),
      batchSize: 2,
      concurrency: 2,
      total: 4,
      onProgress: (p) => seen.push(p.done),
    });
    expect(first.progress).toMatchObject({ total: 4, done: 4, changed: 3, unchanged: 0, failed: 1 });
    expect(first.failures[0]!.file).toBe('seeds/missing.txt');
    expect(first.failures[0]!.message).toContain('E_NOT_FOUND');
    expect(seen).toEqual([1, 2, 3, 4]);
    const second = await run(['seeds'], repo);
    expect(second.progress).toMatchObject({ changed: 0, unchanged: 3, failed: 0 });
    // Newest first; articles of the same day by id descending (the order of the mentions_newest index).
    expect((await graph.sourcesCiting('Jassy')).map((c) => c.source.id)).toEqual([
      'article:file:seeds/002_29044a7c9eb14809.txt',
      'article:file:seeds/000_c3705ce366644198.txt',
    ]);
  });

  it('refuses what extract refuses, with a code, before Neo4j (issue 16 item 5: "0 failed" before)', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\t\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x41, 0x6d, 0xe9, 0x20, 0x63, 0x75, 0x74]));
    const big = openSync(join(dir, 'big.txt'), 'w');
    ftruncateSync(big, 50 * 1024 * 1024);
    closeSync(big);
    const before = await articleIds();
    const result = await run(['empty.txt', 'blank.txt', 'binary.txt', 'latin1.txt', 'big.txt'], dir);
    expect(result.progress).toMatchObject({ failed: 5, changed: 0 });
    expect(result.failures.map((f) => `${f.file} ${f.message.split(':')[0]}`)).toEqual([
      'empty.txt E_EMPTY',
      'blank.txt E_EMPTY',
      'binary.txt E_BINARY',
      'latin1.txt E_ENCODING',
      'big.txt E_TOO_LARGE',
    ]);
    expect(result.failures[4]!.message).toContain('52428800 bytes, over the limit of 4194304 bytes');
    expect(await articleIds()).toEqual(before);
  });

  it('stores two files of the same name in different folders as two articles (issue 16 item 2: one overwrote the other)', async () => {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a/story.txt'), 'Intel will cut 15,000 jobs, the company said.');
    writeFileSync(join(dir, 'b/story.md'), 'Cisco will cut 4,000 jobs, the company said.');
    const result = await run(['a', 'b'], dir);
    expect(result.progress).toMatchObject({ changed: 2, failed: 0 });
    expect(await articleIds()).toEqual(expect.arrayContaining(['article:file:a/story.txt', 'article:file:b/story.md']));
  });

  it('stores a saved page as its clean text with the real title, date and publisher; no boilerplate mention or event', async () => {
    copyFileSync(join(pages, 'json-ld.html'), join(dir, 'page.html'));
    const result = await run(['page.html'], dir);
    expect(result.progress).toMatchObject({ changed: 1, failed: 0 });
    const id = 'article:https://ledger-gazette.example/business/2023/12/spotify-trims-roles';
    const [source] = await graph.sourcesByIds([id]);
    expect(source).toMatchObject({
      title: 'Spotify to trim 1,500 roles in efficiency push',
      publisher: 'The Ledger Gazette',
      publishedAt: '2023-12-04T07:30:00Z',
    });
    const text = (await graph.sourceTexts([id])).get(id)!;
    expect(text).toMatch(/^Spotify will cut about 1,500 jobs/);
    expect(text).not.toMatch(/<|Microsoft|Amazon|Apple|Related/);
    const mentions = await graph.mentionsIn([id]);
    const names = (mentions.get(id) ?? []).map((m) => m.text);
    expect(names).toContain('Spotify');
    expect(names.join(' ')).not.toMatch(/Microsoft|Amazon|Apple|Meta/);
    const events = await graph.eventsOf([id], 'source');
    expect((events.get(id) ?? []).map((e) => e.count)).not.toContain(10000);
    const quotes = (await graph.sourcesCiting('Spotify')).flatMap((c) => c.quotes);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.start === 0 || /[.!?]\s$|\n$/.test(text.slice(0, quote.start))).toBe(true);
      expect(quote.text).toMatch(/[.!?]$/);
    }
    // The same page again (and its AMP copy, whose canonical URL is the same page) changes nothing.
    copyFileSync(join(pages, 'amp.html'), join(dir, 'amp.html'));
    const again = await run(['page.html'], dir);
    expect(again.progress).toMatchObject({ changed: 0, unchanged: 1 });
  });
});
