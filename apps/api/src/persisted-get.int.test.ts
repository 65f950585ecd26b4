import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph, type Graph } from '@newsgraph/graph';
import { createNewsgraphClient, SearchDocument, persistedQueryHash, sha256Hex } from '@newsgraph/client';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../test/neo4j.js';
import { startApi, type RunningApi } from './start-api.js';
import { postGraphQL } from './testing/api-client.js';
import { seedGraph } from './testing/seed-graph.js';

let graph: Graph;
let api: RunningApi;

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: any;
}

/** A GET over real HTTP with headers of our choosing (fetch will not set Host). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: 'application/json', ...headers } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, json });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

function persistedUrl(hash: string, variables: Record<string, unknown>, operationName?: string): string {
  const search = new URLSearchParams({
    ...(operationName ? { operationName } : {}),
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
  });
  return `${api.graphqlUrl}?${search.toString()}`;
}

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await seedGraph(graph);
  api = await startApi({ graph, port: 0, log: () => {} });
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('persisted queries over GET, cacheable by a CDN', () => {
  it("answers the client's operations by hash alone, first time, with Cache-Control public", async () => {
    const sent: Array<{ method: string; cacheControl: string | null }> = [];
    const client = createNewsgraphClient({
      url: api.graphqlUrl,
      persistedQueries: true,
      fetch: async (input: string | URL | Request, init?: RequestInit) => {
        const response = await fetch(input, init);
        sent.push({ method: init?.method ?? 'GET', cacheControl: response.headers.get('cache-control') });
        return response;
      },
    });
    const data = await client.request(SearchDocument, { query: 'Jassy' });
    expect(data.search.map((entity) => entity.id)).toContain('person:andy-jassy');
    // One GET, no registration POST: the API was preloaded with packages/client's manifest.
    expect(sent).toEqual([{ method: 'GET', cacheControl: 'public, max-age=60' }]);
  });

  it('keeps CSRF prevention: a GET without apollo-require-preflight is refused and not cached', async () => {
    const url = persistedUrl(await persistedQueryHash(SearchDocument), { query: 'Jassy' }, 'Search');
    const simple = await rawGet(url);
    expect(simple.status).toBe(400);
    expect(simple.json?.data).toBeUndefined();
    expect(String(simple.headers['cache-control'] ?? '')).not.toMatch(/public/);
    const preflighted = await rawGet(url, { 'apollo-require-preflight': 'true' });
    expect(preflighted.status).toBe(200);
    expect(preflighted.json.data.search.length).toBeGreaterThan(0);
  });

  it('keeps the Host allow-list: another Host gets 403 FORBIDDEN_HOST', async () => {
    const url = persistedUrl(await persistedQueryHash(SearchDocument), { query: 'Jassy' }, 'Search');
    const answer = await rawGet(url, { 'apollo-require-preflight': 'true', host: 'attacker.example' });
    expect(answer.status).toBe(403);
    expect(answer.json.errors[0].extensions.code).toBe('FORBIDDEN_HOST');
  });

  it('registers an unknown query by POST (APQ), then serves it by GET; failures and POSTs are no-store', async () => {
    const query = '{ stats { counts { type count } } }';
    const hash = await sha256Hex(query);
    const missing = await rawGet(persistedUrl(hash, {}), { 'apollo-require-preflight': 'true' });
    expect(missing.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(missing.headers['cache-control']).toBe('no-store');

    const registered = await fetch(api.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    expect(registered.status).toBe(200);
    expect(registered.headers.get('cache-control')).toBe('no-store');

    const served = await rawGet(persistedUrl(hash, {}), { 'apollo-require-preflight': 'true' });
    expect(served.status).toBe(200);
    expect(served.json.data.stats.counts.length).toBeGreaterThan(0);
    expect(served.headers['cache-control']).toBe('public, max-age=60');
    expect(served.headers.vary).toMatch(/Origin/i);
  });

  it('never caches a mutation or a failed query sent as GET', async () => {
    const mutation = await rawGet(
      `${api.graphqlUrl}?query=${encodeURIComponent('mutation { deleteSource(id: "x") }')}`,
      { 'apollo-require-preflight': 'true' },
    );
    expect(mutation.status).toBe(405);
    expect(String(mutation.headers['cache-control'] ?? '')).not.toMatch(/public/);
    const invalid = await rawGet(`${api.graphqlUrl}?query=${encodeURIComponent('{ search(query: 5) { id } }')}`, {
      'apollo-require-preflight': 'true',
    });
    expect(invalid.status).toBe(400);
    expect(invalid.headers['cache-control']).toBe('no-store');
    const posted = await postGraphQL(api.graphqlUrl, '{ search(query: "Jassy") { id } }');
    expect(posted.headers.get('cache-control')).toBe('no-store');
  });
});
