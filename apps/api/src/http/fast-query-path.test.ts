import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { afterEach, describe, expect, it } from 'vitest';
import { costLimitRule } from '../validation/cost-limit-rule.js';
import { createFastQueryPath, MAX_KNOWN_QUERIES } from './fast-query-path.js';
import { createGraphQLHandler } from './graphql-handler.js';

const typeDefs = `
  type Company { id: ID! name: String! }
  type Query { company(id: ID!): Company companies(first: Int): [Company!]! broken: Company }
  type Mutation { rename(id: ID!, name: String!): Company }
`;
const companies = [
  { id: 'c1', name: 'Brindlewood Analytics' },
  { id: 'c2', name: 'Quillmoor Freight' },
];
const resolvers = {
  Query: {
    company: (_: unknown, args: { id: string }) => companies.find((c) => c.id === args.id) ?? null,
    companies: () => companies,
    broken: () => {
      throw new Error('Neo4j went away');
    },
  },
  Mutation: { rename: (_: unknown, args: { id: string; name: string }) => ({ id: args.id, name: args.name }) },
};

let running: { server: Server; apollo: ApolloServer } | null = null;
afterEach(async () => {
  await running?.apollo.stop();
  running?.server.close();
  running = null;
});

/** An Apollo server behind createGraphQLHandler with the fast path; `fastAnswers` lists the names it answered. */
async function start(maxCost = 1_000) {
  const fastAnswers: Array<string | null> = [];
  const fastPath = createFastQueryPath({ maxCost, record: ({ name }) => fastAnswers.push(name) });
  const apollo = new ApolloServer({
    typeDefs,
    resolvers,
    validationRules: [costLimitRule({ maxCost: 100_000 })],
    plugins: [fastPath.plugin],
  });
  await apollo.start();
  const handle = createGraphQLHandler(apollo, {
    maxBodyBytes: 100_000,
    maxResponseBytes: 100_000,
    timeoutMs: 5_000,
    fastPath,
    context: async () => ({}),
  });
  const server = createServer((req, res) => void handle(req, res, new URL(req.url ?? '/', 'http://localhost')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  running = { server, apollo };
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      cache: response.headers.get('cache-control'),
      body: await response.text(),
    };
  };
  return { post, fastAnswers };
}

describe('createFastQueryPath', () => {
  it('answers a query text Apollo validated before with the same bytes, status and headers', async () => {
    const { post, fastAnswers } = await start();
    const request = { query: 'query Lookup($id: ID!) { company(id: $id) { id name } }', variables: { id: 'c2' } };
    const fromApollo = await post(request);
    expect(fastAnswers).toEqual([]);
    const fast = await post(request);
    expect(fastAnswers).toEqual(['Lookup']);
    expect(fast).toEqual(fromApollo);
    expect(fast.body).toBe('{"data":{"company":{"id":"c2","name":"Quillmoor Freight"}}}\n');
    // Other variables, same document: still the fast path.
    expect((await post({ ...request, variables: { id: 'c1' } })).body).toContain('Brindlewood Analytics');
    expect(fastAnswers).toHaveLength(2);
  });

  it('leaves a result with errors to Apollo, which formats and logs it', async () => {
    const { post, fastAnswers } = await start();
    const request = { query: '{ broken { id } }' };
    const first = await post(request);
    const second = await post(request);
    expect(second).toEqual(first);
    expect(second.body).toContain('Neo4j went away');
    expect(fastAnswers).toEqual([]);
    // A variable of the wrong type fails in execution too: Apollo's 400 either way.
    const lookup = { query: 'query($id: ID!) { company(id: $id) { id } }', variables: { id: 'c1' } };
    await post(lookup);
    const wrong = await post({ ...lookup, variables: { id: { not: 'an id' } } });
    expect(wrong.status).toBe(400);
    expect(fastAnswers).toEqual([]);
  });

  it('never takes mutations, persisted-query requests, heavy queries or Accept headers Apollo has not answered', async () => {
    const { post, fastAnswers } = await start(1);
    const mutation = { query: 'mutation { rename(id: "c1", name: "Ashgrove Mills") { name } }' };
    await post(mutation);
    await post(mutation);
    const heavy = { query: '{ companies(first: 5) { id } }' };
    await post(heavy);
    await post(heavy);
    const light = { query: '{ company(id: "c1") { id } }' };
    await post(light);
    await post({ ...light, extensions: { persistedQuery: { version: 1, sha256Hash: 'nope' } } });
    expect(fastAnswers).toEqual([]);
    const accept = { accept: 'application/graphql-response+json' };
    const fromApollo = await post(light, accept);
    expect(fastAnswers).toEqual([]);
    expect(await post(light, accept)).toEqual(fromApollo);
    expect(fromApollo.type).toBe('application/graphql-response+json; charset=utf-8');
    expect(fastAnswers).toEqual([null]);
  });

  it('remembers a bounded number of query texts, the oldest going first', async () => {
    const { post, fastAnswers } = await start();
    const text = (i: number) => `query Q${i} { company(id: "c1") { id } }`;
    for (let i = 0; i <= MAX_KNOWN_QUERIES; i++) await post({ query: text(i) });
    await post({ query: text(MAX_KNOWN_QUERIES) });
    await post({ query: text(0) });
    expect(fastAnswers).toEqual([`Q${MAX_KNOWN_QUERIES}`]);
  });
});
