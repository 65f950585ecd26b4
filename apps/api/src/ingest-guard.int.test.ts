import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLimits } from '@newsgraph/documents';
import { createGraph, type Graph } from '@newsgraph/graph';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../test/neo4j.js';
import { createWorkerExtract } from './extraction/worker-extract.js';
import { startApi, type RunningApi } from './start-api.js';
import { postGraphQL } from './testing/api-client.js';

const TOKEN = 'guard-token-0123456789';
const INGEST = `mutation($input: DocumentInput!) { ingestDocument(input: $input) { changed source { id title publisher publishedAt text } } }`;
const page = readFileSync(
  fileURLToPath(new URL('../../../packages/documents/fixtures/pages/json-ld.html', import.meta.url)),
  'utf8',
);
let graph: Graph;
let api: RunningApi;
/** The text of every document the mutation sent to the extraction worker. */
const sentToWorker: string[] = [];

async function nodeCount(): Promise<number> {
  const [row] = await graph.executor.read<{ n: number }>({ cypher: 'MATCH (n) RETURN count(n) AS n', params: {} });
  return row!.n;
}
const ingest = (input: Record<string, unknown>) =>
  postGraphQL(api.graphqlUrl, INGEST, { input }, { authorization: `Bearer ${TOKEN}` });

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
  // The production extractor (a worker thread per document), watched: what reaches it has passed the guard.
  const workerExtract = createWorkerExtract({ timeoutMs: 60_000 });
  api = await startApi({
    graph,
    port: 0,
    apiToken: TOKEN,
    documentLimits: createLimits({ maxTextBytes: 64 * 1024 }),
    extract: (input) => (sentToWorker.push(input.text), workerExtract(input)),
    log: () => {},
  });
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('ingestDocument goes through the one guard (issue 16 item 5)', () => {
  it('refuses what the CLIs refuse, with the same codes, and writes nothing', async () => {
    const before = await nodeCount();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ text: '' }, 'E_EMPTY'],
      [{ text: ' \n\t ' }, 'E_EMPTY'],
      [{ text: '\u0000' }, 'E_BINARY'],
      [{ text: `Intel cut jobs \u0000 today` }, 'E_BINARY'],
      [{ text: Array.from({ length: 500 }, (_, i) => String.fromCharCode(1 + (i % 30))).join('') }, 'E_BINARY'],
      [{ text: 'Intel will cut 15,000 jobs.', uri: `https://a.example/${'x'.repeat(8200)}` }, 'E_URI_TOO_LONG'],
      [{ text: 'Intel will cut 15,000 jobs.', title: 't'.repeat(1001) }, 'E_TITLE_TOO_LONG'],
      [{ text: 'Intel will cut 15,000 jobs. '.repeat(3000) }, 'E_TOO_LARGE'],
    ];
    for (const [input, code] of cases) {
      const response = await ingest(input);
      expect(response.errors?.[0]?.extensions?.code, code).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.message.startsWith(`${code}:`), response.errors![0]!.message).toBe(true);
    }
    expect(await nodeCount()).toBe(before);
    // The guard runs in the request, before the worker: a refused document costs no extraction thread.
    expect(sentToWorker).toEqual([]);
  });

  it('names the size and the limit of an oversized document', async () => {
    const response = await ingest({ text: 'x'.repeat(70_000) });
    expect(response.errors![0]!.message).toBe(
      'E_TOO_LARGE: text is 70000 bytes, over the limit of 65536 bytes (NEWSGRAPH_MAX_DOCUMENT_BYTES).',
    );
  });

  it('reads an HTML page given as text like the CLIs do: clean text, its title, date and publisher', async () => {
    const response = await ingest({ text: page });
    expect(response.errors).toBeUndefined();
    expect(response.data.ingestDocument.source).toMatchObject({
      id: 'article:https://ledger-gazette.example/business/2023/12/spotify-trims-roles',
      title: 'Spotify to trim 1,500 roles in efficiency push',
      publisher: 'The Ledger Gazette',
      publishedAt: '2023-12-04T07:30:00Z',
    });
    expect(response.data.ingestDocument.source.text).not.toMatch(/<|Related stories/);
    // The worker extracted the clean text the reader made of the page, not the HTML.
    expect(sentToWorker).toEqual([response.data.ingestDocument.source.text]);
  });
});
