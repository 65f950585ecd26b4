import { describe, expect, it } from 'vitest';
import { createNewsgraphClient } from './create-client';
import { NewsgraphClientError } from './client-error';
import { SearchDocument } from './generated/graphql';

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
