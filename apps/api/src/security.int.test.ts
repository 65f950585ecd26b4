import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph, type Graph } from '@newsgraph/graph';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../test/neo4j.js';
import { startApi, type RunningApi } from './start-api.js';
import { postGraphQL } from './testing/api-client.js';
import { seedGraph } from './testing/seed-graph.js';

const TOKEN = 'test-token-0123456789';
const EXPLORER = 'http://127.0.0.1:3000';
let graph: Graph;
let api: RunningApi;
let locked: RunningApi;
let faulty: RunningApi;
let verbose: RunningApi;

async function nodeCount(): Promise<number> {
  const [row] = await graph.executor.read<{ n: number }>({ cypher: 'MATCH (n) RETURN count(n) AS n', params: {} });
  return row!.n;
}

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await seedGraph(graph);
  const silent = () => {};
  api = await startApi({ graph, port: 0, apiToken: TOKEN, corsOrigins: [EXPLORER], log: silent });
  locked = await startApi({ graph, port: 0, introspection: false, log: silent });
  const broken: Graph = {
    ...graph,
    stats: () => Promise.reject(new Error('MATCH (n) failed at bolt://127.0.0.1:7687 for user neo4j')),
  };
  faulty = await startApi({ graph: broken, port: 0, log: silent });
  verbose = await startApi({ graph: broken, port: 0, maskErrors: false, log: silent });
});
afterAll(async () => {
  for (const server of [api, locked, faulty, verbose]) await server?.close();
  await graph?.close();
});

describe('mutations need the bearer token', () => {
  const ingest = `mutation($input: DocumentInput!) { ingestDocument(input: $input) { changed entities source { id text } } }`;
  const input = {
    text: 'Initech is cutting 300 jobs, CEO Bill Lumbergh said. "}) MATCH (n) DETACH DELETE n // `x`',
    uri: 'test://initech',
  };

  it('refuses a mutation without, or with a wrong, token — and writes nothing', async () => {
    const before = await nodeCount();
    const headerSets: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer wrong-token-0123456789' },
      { authorization: TOKEN },
      { authorization: `Basic ${TOKEN}` },
    ];
    for (const headers of headerSets) {
      const response = await postGraphQL(api.graphqlUrl, ingest, { input }, headers);
      expect(response.status).toBe(401);
      expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    expect(await nodeCount()).toBe(before);
  });

  it('refuses every mutation when NEWSGRAPH_API_TOKEN is unset', async () => {
    const response = await postGraphQL(
      locked.graphqlUrl,
      `mutation { deleteSource(id: "article:file:seeds/000_c3705ce366644198.txt") }`,
      {},
      { authorization: 'Bearer ' },
    );
    expect(response.status).toBe(401);
    expect(response.errors![0]!.message).toMatch(/disabled/);
    const undefinedToken = await postGraphQL(
      locked.graphqlUrl,
      `mutation { deleteSource(id: "x") }`,
      {},
      { authorization: 'Bearer undefined' },
    );
    expect(undefinedToken.status).toBe(401);
  });

  it('accepts the right token; values with Cypher syntax are stored verbatim, never executed', async () => {
    const before = await nodeCount();
    const response = await postGraphQL(api.graphqlUrl, ingest, { input }, { authorization: `Bearer ${TOKEN}` });
    expect(response.errors).toBeUndefined();
    expect(response.data.ingestDocument.changed).toBe(true);
    expect(response.data.ingestDocument.source.text).toBe(input.text);
    expect(await nodeCount()).toBeGreaterThan(before);
    const again = await postGraphQL(api.graphqlUrl, ingest, { input }, { authorization: `Bearer ${TOKEN}` });
    expect(again.data.ingestDocument.changed).toBe(false);
    const id = response.data.ingestDocument.source.id;
    const deleted = await postGraphQL(
      api.graphqlUrl,
      `mutation($id: ID!) { deleteSource(id: $id) }`,
      { id },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(deleted.data.deleteSource).toBe(true);
    expect(await nodeCount()).toBe(before);
  });
});

describe('query limits', () => {
  it('rejects queries nested too deep', async () => {
    let selection = 'id';
    for (let i = 0; i < 6; i++) selection = `roles { person { ${selection} } }`;
    const response = await postGraphQL(
      api.graphqlUrl,
      `{ entity(id: "person:andy-jassy") { ... on Person { ${selection} } } }`,
    );
    expect(response.status).toBe(400);
    expect(response.errors![0]!.message).toMatch(/nested more than 10 levels/);
  });

  it('rejects queries that could return too many objects', async () => {
    const response = await postGraphQL(
      api.graphqlUrl,
      `{ search(query: "a", first: 100) { sources(first: 100) { mentions { entity { sources(first: 100) { id } } } } } }`,
    );
    expect(response.status).toBe(400);
    expect(response.errors![0]!.message).toMatch(/objects; the limit is \d+/);
  });

  it('rejects too many aliases', async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `a${i}: stats { counts { type } }`).join(' ');
    const response = await postGraphQL(api.graphqlUrl, `{ ${fields} }`);
    expect(response.status).toBe(400);
    expect(response.errors![0]!.message).toMatch(/31 aliases; the limit is 30/);
  });

  it('rejects documents with too many tokens before validating them', async () => {
    const response = await postGraphQL(api.graphqlUrl, `{ stats { counts { ${'type '.repeat(6000)} } } }`);
    expect(response.status).toBe(400);
    expect(response.errors![0]!.message).toMatch(/more tha[nt] 5000 tokens/);
  });

  it('caps first at 100', async () => {
    const response = await postGraphQL(api.graphqlUrl, `{ sources(first: 101) { totalCount } }`);
    expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toMatch(/between 1 and 100/);
    const search = await postGraphQL(api.graphqlUrl, `{ search(query: "amazon", first: 1000) { id } }`);
    expect(search.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('answers 413 to a body over the size limit', async () => {
    const response = await postGraphQL(api.graphqlUrl, `{ stats { counts { type } } }`, {
      padding: 'x'.repeat(1_100_000),
    });
    expect(response.status).toBe(413);
  });
});

describe('parameterised Cypher', () => {
  it('treats injection attempts, backticks and Lucene operators as plain text', async () => {
    const before = await nodeCount();
    const attempts = [
      '"}) MATCH (n) DETACH DELETE n //',
      "' OR 1=1 //",
      '`Amazon`) DETACH DELETE n',
      'AND OR ~ * ? : \\ / NOT +-!(){}[]^"',
      '*',
      '\\',
      'jass~',
      '',
    ];
    for (const text of attempts) {
      const response = await postGraphQL(
        api.graphqlUrl,
        `query($q: String!, $id: ID!) { search(query: $q) { id } searchNodes(query: $q) { id } sourcesCiting(name: $q) { source { id } } entity(id: $id) { id } node(id: $id) { id } neighbourhood(id: $id) { nodes { id } } }`,
        { q: text, id: text },
      );
      expect(response.errors, text).toBeUndefined();
      expect(response.data.entity).toBeNull();
      expect(response.data.node).toBeNull();
      // No node has that id: the path says so (and names it), whatever the text.
      const path = await postGraphQL(
        api.graphqlUrl,
        `query($id: ID!) { path(from: $id, to: "company:amazon") { type } }`,
        {
          id: text,
        },
      );
      expect(
        path.errors?.map((error) => error.extensions?.code),
        text,
      ).toEqual(['BAD_USER_INPUT']);
    }
    expect(await nodeCount()).toBe(before);
  });
});

describe('errors are masked outside development', () => {
  it('hides internal messages, stack traces, Cypher and URLs', async () => {
    const response = await postGraphQL(faulty.graphqlUrl, `{ stats { counts { type } } }`);
    expect(response.errors![0]!.message).toBe('Internal server error');
    expect(response.errors![0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(response.raw).not.toMatch(/bolt:|MATCH|stacktrace|at .*\.ts/);
  });

  it('drops "Did you mean" hints', async () => {
    const response = await postGraphQL(faulty.graphqlUrl, `{ sourcesCitin(name: "x") { source { id } } }`);
    expect(response.status).toBe(400);
    expect(response.raw).not.toMatch(/Did you mean/);
    expect(response.errors![0]!.message).toMatch(/Cannot query field "sourcesCitin"/);
  });

  it('shows details in development (maskErrors: false)', async () => {
    const response = await postGraphQL(verbose.graphqlUrl, `{ stats { counts { type } } }`);
    expect(response.errors![0]!.message).toMatch(/bolt:/);
    const hint = await postGraphQL(verbose.graphqlUrl, `{ sourcesCitin(name: "x") { source { id } } }`);
    expect(hint.raw).toMatch(/Did you mean/);
  });
});

describe('HTTP hardening', () => {
  it('blocks simple (CSRF-able) requests', async () => {
    const form = await fetch(api.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ stats { counts { type } } }' }),
    });
    expect(form.status).toBe(400);
    const get = await fetch(`${api.graphqlUrl}?query=${encodeURIComponent('{ stats { counts { type } } }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
    const preflighted = await fetch(`${api.graphqlUrl}?query=${encodeURIComponent('{ stats { counts { type } } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });

  it('allows CORS only from the explorer origin', async () => {
    const ok = await fetch(api.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: EXPLORER, 'access-control-request-method': 'POST' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(EXPLORER);
    const evil = await fetch(api.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const post = await postGraphQL(
      api.graphqlUrl,
      `{ stats { counts { type } } }`,
      {},
      { origin: 'https://evil.example' },
    );
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await postGraphQL(api.graphqlUrl, `{ stats { counts { type } } }`, {}, { origin: EXPLORER });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(EXPLORER);
  });

  it('serves introspection by default and refuses it when switched off', async () => {
    const on = await postGraphQL(api.graphqlUrl, `{ __schema { queryType { name } } }`);
    expect(on.data.__schema.queryType.name).toBe('Query');
    const off = await postGraphQL(locked.graphqlUrl, `{ __schema { queryType { name } } }`);
    expect(off.errors![0]!.message).toMatch(/introspection/i);
  });

  it('answers /health with 200 when Neo4j is reachable', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', neo4j: 'reachable' });
    expect((await fetch(`${api.url}/nope`)).status).toBe(404);
  });
});
