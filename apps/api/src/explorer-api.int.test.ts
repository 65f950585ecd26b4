import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph, type Graph } from '@newsgraph/graph';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../test/neo4j.js';
import { startApi, type RunningApi } from './start-api.js';
import { postGraphQL } from './testing/api-client.js';
import { seedGraph } from './testing/seed-graph.js';

let graph: Graph;
let api: RunningApi;

const gql = (query: string, variables: Record<string, unknown> = {}) => postGraphQL(api.graphqlUrl, query, variables);
const codes = (errors: Array<{ extensions?: Record<string, unknown> }> | undefined) =>
  errors?.map((error) => error.extensions?.code);

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await seedGraph(graph);
  // A fresh Neo4j plans each statement on first use, seconds apiece on a busy machine: more than the 15 s
  // default budget for a query with several event orders. The budget itself is tested in runtime-limits.
  api = await startApi({ graph, port: 0, limits: { requestTimeoutMs: TEST_QUERY_TIMEOUT_MS } });
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('Relay node and the node search', () => {
  it('node(id) answers an entity, an event or a source by id, null for none', async () => {
    const { data, errors } = await gql(`{
      person: node(id: "person:andy-jassy") { __typename id ... on Entity { name } }
      event: node(id: "event:layoff-amazon-14000") { __typename ... on Event { count } }
      source: node(id: "article:file:seeds/000_c3705ce366644198.txt") { __typename ... on Source { id kind } }
      none: node(id: "event:nothing") { id }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      person: { __typename: 'Person', id: 'person:andy-jassy', name: 'Andy Jassy' },
      event: { __typename: 'Event', count: 14_000 },
      // A cited tracker such as layoffs.fyi is a Company now (named outlets are organizations); articles are Sources.
      source: { __typename: 'Source', id: 'article:file:seeds/000_c3705ce366644198.txt', kind: 'ARTICLE' },
      none: null,
    });
  });

  it('searchNodes finds the 14,000 layoff by its figure, and Amazon and its event by "Amazon 14,000"', async () => {
    const { data } = await gql(`{
      figure: searchNodes(query: "14,000") { __typename id }
      both: searchNodes(query: "Amazon 14,000") { __typename id }
      events: searchNodes(query: "Amazon 14,000", types: ["Event"]) { id }
    }`);
    expect(data.figure[0]).toEqual({ __typename: 'Event', id: 'event:layoff-amazon-14000' });
    expect(data.both.map((node: { id: string }) => node.id).slice(0, 1)).toEqual(['company:amazon']);
    expect(data.both.map((node: { id: string }) => node.id)).toContain('event:layoff-amazon-14000');
    expect(data.events).toEqual([{ id: 'event:layoff-amazon-14000' }]);
  });
});

describe('honest answers to bad input', () => {
  it('path to an unknown id is BAD_USER_INPUT naming it, never a substitute or "no path"', async () => {
    const { data, errors } = await gql(`{ path(from: "person:beth-galetti", to: "event:layoff-amazon-1") { type } }`);
    expect(data).toBeNull();
    expect(codes(errors)).toEqual(['BAD_USER_INPUT']);
    expect(errors![0]!.message).toBe('No node has the id "event:layoff-amazon-1".');
    // Two hops either way (her role at Amazon, or an article naming her that reports the layoff): shortestPath
    // picks one of the ties, so the test pins the ends and the length, not the route.
    const found = await gql(
      `{ path(from: "person:beth-galetti", to: "event:layoff-amazon-14000") { from { id } to { id } } }`,
    );
    expect(found.data.path).toHaveLength(2);
    expect(found.data.path[0].from.id).toBe('person:beth-galetti');
    expect(found.data.path[1].to.id).toBe('event:layoff-amazon-14000');
  });

  it('an events filter on something that is not an organization, unknown types and foreign cursors are BAD_USER_INPUT', async () => {
    const answers = await Promise.all([
      gql(`{ events(organization: "company:nothing") { totalCount } }`),
      gql(`{ events(organization: "person:andy-jassy") { totalCount } }`),
      gql(`{ search(query: "AWS", types: ["Event"]) { id } }`),
      gql(`{ searchNodes(query: "AWS", types: ["Company", "Story"]) { id } }`),
      gql(`{ neighbourhood(id: "company:amazon", types: ["Claim"]) { nodes { id } } }`),
      gql(`{ sources(first: 2, last: 2) { totalCount } }`),
    ]);
    for (const answer of answers) expect(codes(answer.errors)).toEqual(['BAD_USER_INPUT']);
    const { data } = await gql(`{ events(first: 2, orderBy: COUNT_DESC) { pageInfo { endCursor } } }`);
    const other = await gql(
      `query($after: String) { events(first: 2, orderBy: WHEN_ASC, after: $after) { totalCount } }`,
      {
        after: data.events.pageInfo.endCursor,
      },
    );
    expect(codes(other.errors)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('keyset connections', () => {
  it('page events forwards and back with start/end cursors and both pageInfo flags', async () => {
    const page = `query($after: String, $before: String, $first: Int, $last: Int) {
      events(orderBy: COUNT_DESC, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id count } }
      } }`;
    const one = (await gql(page, { first: 3 })).data.events;
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(one.pageInfo.startCursor).toBe(one.edges[0].cursor);
    const two = (await gql(page, { first: 3, after: one.pageInfo.endCursor })).data.events;
    expect(two.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const back = (await gql(page, { last: 3, before: two.pageInfo.startCursor })).data.events;
    expect(back.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(
      one.edges.map((edge: { node: { id: string } }) => edge.node.id),
    );
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(one.totalCount).toBe(12);
  });

  it('sources by title; an entity’s citations, sources and events by id, page by page', async () => {
    const { data, errors } = await gql(`{
      sources(orderBy: TITLE, first: 3) { edges { node { title } } }
      entity(id: "company:amazon") {
        citations(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { source { id } entity { id } quotes { text } } } }
        sourcesConnection(first: 5) { totalCount edges { node { id } } }
        ... on Company { events { id } eventsConnection(first: 2) { totalCount edges { node { id when } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const titles = data.sources.edges.map((edge: { node: { title: string } }) => edge.node.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    const { citations, sourcesConnection, events, eventsConnection } = data.entity;
    expect(citations.totalCount).toBe(3);
    expect(citations.pageInfo.hasNextPage).toBe(true);
    expect(citations.edges[0].node.entity.id).toBe('company:amazon');
    expect(citations.edges[0].node.quotes.length).toBeGreaterThan(0);
    expect(sourcesConnection.edges).toHaveLength(3);
    // The same events as Company.events: the company's and its units' (they roll up since issue 13).
    expect(eventsConnection.totalCount).toBe(events.length);
    expect(eventsConnection.totalCount).toBeGreaterThanOrEqual(7);
    const rest = await gql(
      `query($after: String) { entity(id: "company:amazon") { citations(first: 2, after: $after) { edges { node { source { id } } } } } }`,
      { after: citations.pageInfo.endCursor },
    );
    const seen = [...citations.edges, ...rest.data.entity.citations.edges].map((edge) => edge.node.source.id);
    expect(new Set(seen).size).toBe(3);
  });

  it('counts the whole filtered list per period for charts, running totals left out of the figures', async () => {
    const { data, errors } = await gql(`{
      list: events(organization: "company:amazon", first: 100) { totalCount edges { node { when } } }
      byYear: eventPeriods(organization: "company:amazon", by: YEAR) { period kind events jobs }
      byMonth: eventPeriods(organization: "company:amazon") { period events }
    }`);
    expect(errors).toBeUndefined();
    expect(data.byYear).toEqual([{ period: '2023', kind: 'LAYOFF', events: 4, jobs: 27_000 + 18_000 + 9_000 }]);
    // The list's total minus the periods' sum is the undated events.
    const dated = data.list.edges.filter((edge: { node: { when: string | null } }) => edge.node.when).length;
    expect(dated).toBe(4);
    expect(data.list.totalCount).toBeGreaterThan(dated);
    expect(data.byMonth).toEqual([
      { period: '2023', events: 2 },
      { period: '2023-01', events: 1 },
      { period: '2023-03', events: 1 },
    ]);
  });

  it('prices the new lists: a deep nest of citations is refused before it runs', async () => {
    const { status, errors } = await gql(`{
      search(query: "a", first: 100) { citations(first: 100) { edges { node { quotes { source { citedBy { id } } } } } } }
    }`);
    expect(status).toBe(400);
    expect(errors![0]!.message).toMatch(/objects; the limit is \d+/);
  });
});

describe('neighbourhood view', () => {
  it('ranks, hides mentions on request, counts what it does not show and pages on with nextCursor', async () => {
    const view = `query($after: String) { neighbourhood(id: "company:amazon", limit: 3, mentions: false, after: $after) {
      nodes { id type hiddenNeighbours } edges { type } nextCursor } }`;
    const first = (await gql(view)).data.neighbourhood;
    expect(first.nodes).toHaveLength(4);
    expect(first.edges.some((edge: { type: string }) => edge.type === 'MENTIONS')).toBe(false);
    expect(first.nodes[0].hiddenNeighbours).toBeGreaterThan(0);
    expect(first.nextCursor).toEqual(expect.any(String));
    const next = (await gql(view, { after: first.nextCursor })).data.neighbourhood;
    const before = new Set(first.nodes.map((node: { id: string }) => node.id));
    expect(next.nodes.slice(1).every((node: { id: string }) => !before.has(node.id))).toBe(true);
    const elsewhere = await gql(
      `query($after: String) { neighbourhood(id: "company:meta", after: $after) { nodes { id } } }`,
      {
        after: first.nextCursor,
      },
    );
    expect(codes(elsewhere.errors)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('GET requests from a browser', () => {
  it('are refused without a preflight header (CSRF prevention) and served with apollo-require-preflight', async () => {
    const url = `${api.graphqlUrl}?query=${encodeURIComponent('{ node(id: "company:amazon") { id } }')}`;
    const plain = await fetch(url);
    expect(plain.status).toBe(400);
    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { node: { id: 'company:amazon' } } });
  });
});
