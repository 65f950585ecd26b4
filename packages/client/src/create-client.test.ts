import { describe, expect, it } from 'vitest';
import { createNewsgraphClient } from './create-client';
import { NewsgraphClientError } from './client-error';
import { SearchDocument } from './generated/graphql';
import { persistedQueryHash, persistedQueryManifest, sha256Hex } from './persisted-queries';

const url = 'http://127.0.0.1:4999/graphql';

function fakeFetch(
  respond: (body: { query: string; variables: unknown; operationName: string }) => Response,
): typeof fetch {
  return async (_input: unknown, init?: RequestInit) => respond(JSON.parse(init?.body as string));
}

describe('createNewsgraphClient', () => {
  it('sends the printed operation with its variables and returns typed data', async () => {
    let sent: { query: string; variables: unknown; operationName: string } | undefined;
    const client = createNewsgraphClient({
      url,
      fetch: fakeFetch((body) => {
        sent = body;
        return Response.json({
          data: {
            search: [
              { id: 'company:aws', type: 'Company', name: 'Amazon Web Services', aliases: ['AWS'], mentionCount: 3 },
            ],
          },
        });
      }),
    });
    const data = await client.request(SearchDocument, { query: 'AWS' });
    expect(data.search[0]?.name).toBe('Amazon Web Services');
    expect(sent?.operationName).toBe('Search');
    expect(sent?.query).toContain('fragment EntityRef on Entity');
    expect(sent?.variables).toEqual({ query: 'AWS' });
  });

  it('throws a NETWORK error naming the URL when the API is unreachable', async () => {
    const client = createNewsgraphClient({
      url,
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
      },
    });
    const error = await client.request(SearchDocument, { query: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewsgraphClientError);
    expect(error).toMatchObject({ code: 'NETWORK', url });
    expect((error as Error).message).toBe(`Could not reach the Newsgraph API at ${url} (Search): ECONNREFUSED`);
  });

  it('throws an HTTP error with the status for a non-GraphQL error answer', async () => {
    const client = createNewsgraphClient({
      url,
      fetch: fakeFetch(() => new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' })),
    });
    const error = await client.request(SearchDocument, { query: 'x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'HTTP', status: 502 });
    expect((error as Error).message).toContain('HTTP 502 Bad Gateway: Bad gateway');
  });

  it('throws a GRAPHQL error carrying the API errors, even with a 400 status', async () => {
    const client = createNewsgraphClient({
      url,
      fetch: fakeFetch(() =>
        Response.json(
          { errors: [{ message: 'first must be ≤ 100', extensions: { code: 'BAD_USER_INPUT' } }] },
          { status: 400 },
        ),
      ),
    });
    const error = await client.request(SearchDocument, { query: 'x', first: 1000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'GRAPHQL', status: 400, errors: [{ message: 'first must be ≤ 100' }] });
    expect((error as Error).message).toContain('answered Search with errors: first must be ≤ 100');
  });

  it('throws BAD_RESPONSE for a 200 that is not GraphQL', async () => {
    const client = createNewsgraphClient({
      url,
      fetch: fakeFetch(() => new Response('<html></html>', { status: 200 })),
    });
    await expect(client.request(SearchDocument, { query: 'x' })).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('sends default and per-request headers', async () => {
    let headers: Record<string, string> = {};
    const client = createNewsgraphClient({
      url,
      headers: { authorization: 'Bearer t' },
      fetch: async (_i: unknown, init?: RequestInit) => {
        headers = init?.headers as Record<string, string>;
        return Response.json({ data: { search: [] } });
      },
    });
    await client.request(SearchDocument, { query: 'x' }, { headers: { 'x-trace': '1' } });
    expect(headers).toMatchObject({ authorization: 'Bearer t', 'x-trace': '1', 'content-type': 'application/json' });
  });
});

describe('createNewsgraphClient with persistedQueries', () => {
  it('sends a query as a GET by hash with apollo-require-preflight, and registers it by POST when unknown', async () => {
    const calls: Array<{ method: string; url: URL; headers: Record<string, string>; body?: any }> = [];
    let known = false;
    const client = createNewsgraphClient({
      url,
      persistedQueries: true,
      fetch: (async (input: string, init?: RequestInit) => {
        const call = {
          method: init?.method ?? 'GET',
          url: new URL(input),
          headers: init?.headers as Record<string, string>,
          body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
        };
        calls.push(call);
        if (call.method === 'GET' && !known)
          return Response.json({ errors: [{ message: 'nope', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
        known = true;
        return Response.json({ data: { search: [] } });
      }) as typeof fetch,
    });
    const hash = await persistedQueryHash(SearchDocument);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await client.request(SearchDocument, { query: 'AWS' });
    await client.request(SearchDocument, { query: 'AWS' });
    expect(calls.map((call) => call.method)).toEqual(['GET', 'POST', 'GET']);
    const [get, post] = calls;
    expect(get!.headers['apollo-require-preflight']).toBe('true');
    expect(get!.url.searchParams.get('query')).toBeNull();
    expect(JSON.parse(get!.url.searchParams.get('extensions')!)).toEqual({
      persistedQuery: { version: 1, sha256Hash: hash },
    });
    expect(JSON.parse(get!.url.searchParams.get('variables')!)).toEqual({ query: 'AWS' });
    expect(post!.body.extensions.persistedQuery.sha256Hash).toBe(hash);
    expect(await sha256Hex(post!.body.query)).toBe(hash);
  });

  it('lists every query operation in the manifest, keyed by the hash the client sends', async () => {
    const manifest = await persistedQueryManifest();
    expect(manifest.get(await persistedQueryHash(SearchDocument))).toContain('query Search');
    expect([...manifest.values()].every((text) => !/^\s*mutation/.test(text))).toBe(true);
    expect(manifest.size).toBeGreaterThanOrEqual(10);
  });
});
