import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph, type Graph } from '@newsgraph/graph';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../test/neo4j.js';
import { startApi, type RunningApi } from './start-api.js';
import { postGraphQL } from './testing/api-client.js';
import { seedGraph } from './testing/seed-graph.js';

let graph: Graph;
let api: RunningApi;
let seeds: Map<string, string>;
const queries: string[] = [];

const gql = (query: string, variables: Record<string, unknown> = {}) => postGraphQL(api.graphqlUrl, query, variables);

function expectExactQuotes(
  quotes: Array<{ text: string; start: number; end: number; source?: { id: string } }>,
  sourceId?: string,
) {
  expect(quotes.length).toBeGreaterThan(0);
  for (const quote of quotes) {
    const text = seeds.get(quote.source?.id ?? sourceId!)!;
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  }
}

beforeAll(async () => {
  // Through a routing URI, as Aura and clusters are reached: every query of this suite then runs over neo4j://
  // (routing table fetched from the local single server) while the other suites use bolt://.
  const connection = getTestNeo4j();
  const routed = { ...connection, uri: connection.uri.replace(/^bolt:/, 'neo4j:') };
  expect(routed.uri).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
  graph = createGraph(routed, { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS, onQuery: (cypher) => queries.push(cypher) });
  seeds = await seedGraph(graph);
  // A fresh Neo4j plans each statement on first use, seconds apiece on a busy machine: more than the 15 s
  // default budget for a query with several event orders. The budget itself is tested in runtime-limits.
  api = await startApi({ graph, port: 0, limits: { requestTimeoutMs: TEST_QUERY_TIMEOUT_MS } });
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('GraphQL queries on the seed articles', () => {
  it('sourcesCiting("Jassy") returns exactly articles 000 and 002, each with exact quotes', async () => {
    const { data, errors } = await gql(
      `{ sourcesCiting(name: "Jassy") { source { id kind text } entity { id name } quotes { text start end source { id } } } }`,
    );
    expect(errors).toBeUndefined();
    const ids = data.sourcesCiting.map((c: any) => c.source.id).sort();
    expect(ids).toEqual(['article:file:seeds/000_c3705ce366644198.txt', 'article:file:seeds/002_29044a7c9eb14809.txt']);
    for (const citation of data.sourcesCiting) {
      expect(citation.entity.id).toBe('person:andy-jassy');
      for (const quote of citation.quotes) expect(citation.source.text.slice(quote.start, quote.end)).toBe(quote.text);
      expect(citation.quotes.some((q: any) => q.text.includes('Jassy'))).toBe(true);
    }
  });

  it('sourcesCiting("Matt Garman") returns only article 004', async () => {
    const { data } = await gql(
      `{ sourcesCiting(name: "Matt Garman") { source { id } quotes { text start end source { id } } } }`,
    );
    expect(data.sourcesCiting.map((c: any) => c.source.id)).toEqual(['article:file:seeds/004_e67eb07e96e8ffef.txt']);
    expectExactQuotes(data.sourcesCiting[0].quotes);
  });

  it('sourcesCiting returns every source field asked for, under source and quotes.source, through fragments', async () => {
    const { data, errors } = await gql(`
      { sourcesCiting(name: "Andy Jassy") { source { ...Described } quotes { source { id publisher } } } }
      fragment Described on Source { id kind headline: title uri publisher publishedAt contentHash }`);
    expect(errors).toBeUndefined();
    const ids = data.sourcesCiting.map((c: any) => c.source.id);
    const fields = 'id kind headline: title uri publisher publishedAt contentHash';
    const { data: direct } = await gql(
      `{ ${ids.map((id: string, i: number) => `s${i}: source(id: ${JSON.stringify(id)}) { ${fields} }`).join(' ')} }`,
    );
    data.sourcesCiting.forEach((citation: any, i: number) => {
      expect(citation.source).toEqual(direct[`s${i}`]);
      expect(citation.source.uri).toMatch(/\.txt$/);
      expect(citation.source.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(citation.source.headline.length).toBeGreaterThan(10);
      expect(
        citation.quotes.every(
          (q: any) => q.source.id === citation.source.id && q.source.publisher === citation.source.publisher,
        ),
      ).toBe(true);
    });
  });

  it('search finds names and aliases, best first ("AWS" → Amazon Web Services), filtered by type', async () => {
    const { data } = await gql(
      `{ aws: search(query: "AWS") { id name type } amazon: search(query: "amazon", types: ["Company"], first: 3) { id type } }`,
    );
    expect(data.aws[0]).toMatchObject({
      id: 'division:amazon-web-services',
      name: 'Amazon Web Services',
      type: 'Division',
    });
    expect(data.amazon[0].id).toBe('company:amazon');
    expect(data.amazon.every((e: any) => e.type === 'Company')).toBe(true);
  });

  it('entity resolves each type with its own fields, mentionCount and newest-first sources', async () => {
    const { data, errors } = await gql(`{
      amazon: entity(id: "company:amazon") { __typename id name aliases mentionCount sources(first: 2) { id }
        ... on Company { divisions { id parent { id } partOfEvidence { text start end source { id } } } people { title person { id } evidence { text start end source { id } } } events { id kind count } } }
      jassy: entity(id: "person:andy-jassy") { __typename ... on Person { roles { title organization { id } evidence { text start end source { id } } } } }
      missing: entity(id: "company:nope") { id }
    }`);
    expect(errors).toBeUndefined();
    expect(data.amazon.__typename).toBe('Company');
    expect(data.amazon.mentionCount).toBeGreaterThan(10);
    expect(data.amazon.sources).toHaveLength(2);
    const aws = data.amazon.divisions.find((d: any) => d.id === 'division:amazon-web-services');
    expect(aws.parent.id).toBe('company:amazon');
    expectExactQuotes(aws.partOfEvidence);
    expect(data.amazon.events.length).toBeGreaterThan(0);
    const ceo = data.jassy.roles.find((r: any) => r.organization.id === 'company:amazon');
    expect(ceo.title).toMatch(/CEO/i);
    expect(new Set(ceo.evidence.map((e: any) => e.source.id)).size).toBeGreaterThanOrEqual(1);
    expectExactQuotes(ceo.evidence);
    expect(data.missing).toBeNull();
  });

  it('source exposes text, cites/citedBy, mentions in text order, facts and events', async () => {
    const { data, errors } = await gql(`{ source(id: "article:file:seeds/000_c3705ce366644198.txt") {
      id kind title text contentHash
      cites { __typename ... on Source { id kind citedBy { id } } ... on Company { id citedBy { id } } }
      mentions { start end text entity { id } }
      facts { type title from { id } to { id } evidence { text start end } }
      events { id kind count evidence { text start end source { id } } }
    } }`);
    expect(errors).toBeUndefined();
    const source = data.source;
    expect(source.kind).toBe('ARTICLE');
    expect(source.cites.length).toBeGreaterThan(0);
    expect(source.cites[0].citedBy.map((s: any) => s.id)).toContain(source.id);
    const starts = source.mentions.map((m: any) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const m of source.mentions) expect(source.text.slice(m.start, m.end)).toBe(m.text);
    expect(source.facts.some((f: any) => f.type === 'HOLDS_ROLE' && f.from.id === 'person:andy-jassy')).toBe(true);
    for (const f of source.facts) for (const e of f.evidence) expect(source.text.slice(e.start, e.end)).toBe(e.text);
    expect(source.events.map((e: any) => e.count)).toContain(14000);
  });

  it('sources paginates with cursors, newest first', async () => {
    const first = await gql(
      `{ sources(first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.data.sources.totalCount).toBe(3);
    expect(first.data.sources.pageInfo.hasNextPage).toBe(true);
    const next = await gql(
      `query($after: String) { sources(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }`,
      {
        after: first.data.sources.pageInfo.endCursor,
      },
    );
    const all = [...first.data.sources.edges, ...next.data.sources.edges].map((e: any) => e.node.id);
    expect(new Set(all).size).toBe(3);
    expect(next.data.sources.pageInfo.hasNextPage).toBe(false);
    const bad = await gql(`{ sources(after: "bogus") { totalCount } }`);
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('events filters by kind, organization and time, orders, and keeps differing figures side by side', async () => {
    const { data, errors } = await gql(`{
      all: events(organization: "company:amazon", kind: LAYOFF, orderBy: COUNT_DESC) { totalCount edges { node { id count countText when cumulative organization { id } divisions { id } sources { id } evidence { text start end source { id } } } } }
      none: events(from: "2999") { totalCount }
      one: event(id: "no-such-event") { id }
    }`);
    expect(errors).toBeUndefined();
    const counts = data.all.edges.map((e: any) => e.node.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(new Set(counts).size).toBeGreaterThan(1); // e.g. 14,000 and 18,000: never merged
    for (const edge of data.all.edges) {
      // Units roll up: AWS's own cut is listed for Amazon, with AWS as its organization.
      expect(['company:amazon', 'division:amazon-web-services']).toContain(edge.node.organization.id);
      expectExactQuotes(edge.node.evidence);
    }
    expect(data.all.edges.some((e: any) => e.node.organization.id === 'division:amazon-web-services')).toBe(true);
    expect(data.none.totalCount).toBe(0);
    expect(data.one).toBeNull();
    const eventId = data.all.edges[0].node.id;
    const single = await gql(`query($id: ID!) { event(id: $id) { id kind } }`, { id: eventId });
    expect(single.data.event.id).toBe(eventId);
  });

  it('path finds the shortest connection with evidence at each hop', async () => {
    const { data, errors } = await gql(
      `{ path(from: "person:andy-jassy", to: "division:amazon-web-services", maxHops: 4) { from { id type label } to { id } type evidence { text start end source { id } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.path.length).toBeGreaterThan(0);
    expect(data.path[0].from.id).toBe('person:andy-jassy');
    expect(data.path.at(-1).to.id).toBe('division:amazon-web-services');
    for (const step of data.path) expectExactQuotes(step.evidence);
    const unknown = await gql(`{ path(from: "person:andy-jassy", to: "nobody") { type } }`);
    expect(unknown.errors!.map((error) => error.extensions!.code)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.message).toBe('No node has the id "nobody".');
  });

  it('path takes a story id (the explorer offers stories as path ends): the last hop reaches the story', async () => {
    const found = await gql(
      `{ searchNodes(query: "Amazon 14,000", types: ["Event"]) { ... on Event { story { id } } } }`,
    );
    const storyId: string = found.data.searchNodes.find((node: any) => node.story)?.story.id;
    expect(storyId).toBeTruthy();
    const { data, errors } = await gql(
      `query ($to: ID!) { path(from: "person:andy-jassy", to: $to) { from { id } to { id type } evidence { text start end source { id } } } }`,
      { to: storyId },
    );
    expect(errors).toBeUndefined();
    expect(data.path.length).toBeGreaterThan(0);
    expect(data.path[0].from.id).toBe('person:andy-jassy');
    expect(data.path.at(-1).to).toEqual({ id: storyId, type: 'Story' });
  });

  it('neighbourhood returns nodes and evidence-backed edges for the graph view', async () => {
    const { data, errors } = await gql(
      `{ neighbourhood(id: "person:andy-jassy", depth: 2) { nodes { id type label } edges { id type from to evidence { text start end source { id } } } } }`,
    );
    expect(errors).toBeUndefined();
    const ids = new Set(data.neighbourhood.nodes.map((n: any) => n.id));
    expect(ids.has('person:andy-jassy')).toBe(true);
    expect(ids.has('company:amazon')).toBe(true);
    for (const edge of data.neighbourhood.edges) {
      expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
      expectExactQuotes(edge.evidence);
    }
    expect(data.neighbourhood.edges.map((e: any) => e.type)).toEqual(
      expect.arrayContaining(['HOLDS_ROLE', 'MENTIONS']),
    );
  });

  it('stats counts nodes by type', async () => {
    const { data } = await gql(`{ stats { counts { type count } } }`);
    const counts = Object.fromEntries(data.stats.counts.map((c: any) => [c.type, c.count]));
    expect(counts.Article).toBe(3);
    expect(counts.Person).toBeGreaterThanOrEqual(2);
  });

  it('issues a bounded number of Cypher queries whatever the list sizes (no N+1)', async () => {
    // Within the cost limit: 4 × (1 + 5 × (1 + 100 + 100) + 100 + 100 × (1 + 1 + 50 × 2)) = 45,224 objects at most.
    const query = `{ search(query: "amazon", first: 4) { id name mentionCount sources(first: 5) { id title cites { ... on Source { id } ... on Company { id } } events { id } }
      ... on Company { divisions { id } people { title person { id } evidence { text source { id } } } } } }`;
    queries.length = 0;
    const { errors } = await gql(query);
    expect(errors).toBeUndefined();
    // One statement for search plus at most one per nested field (DataLoader batches each level).
    expect(queries.length).toBeLessThanOrEqual(12);
    const nested = queries.length;
    queries.length = 0;
    const wide = await gql(
      `{ sources(first: 15) { edges { node { id mentions { entity { id name } } facts { from { id } to { id } } } } } }`,
    );
    expect(wide.errors).toBeUndefined();
    expect(queries.length).toBeLessThanOrEqual(8);
    expect(nested).toBeGreaterThan(1);
  });
});
