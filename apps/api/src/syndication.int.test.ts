import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph, type Graph } from '@newsgraph/graph';
import { storyParagraphs } from '@newsgraph/documents/news-site';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../test/neo4j.js';
import { startApi, type RunningApi } from './start-api.js';
import { postGraphQL } from './testing/api-client.js';

const TOKEN = 'syndication-token-0123456789';
let graph: Graph;
let api: RunningApi;

const wireText = storyParagraphs(4).join('\n\n');
/** A wire report republished: the same text (spacing aside), the same with a paragraph added, and a rewrite. */
const versions = [
  {
    uri: 'https://wire.example/stories/4',
    publisher: 'Example Wire',
    publishedAt: '2024-03-05T08:00:00Z',
    text: wireText,
  },
  {
    uri: 'https://daily.example/biz/zoom-cuts?utm_source=wire',
    publisher: 'Daily Example',
    publishedAt: '2024-03-05T09:30:00Z',
    text: `  ${wireText.replace(/\n\n/g, '\n\n\n')}  `,
  },
  {
    uri: 'https://weekly.example/2024/03/cuts',
    publisher: 'Weekly Example',
    publishedAt: '2024-03-05T15:00:00Z',
    text: `${wireText}\n\nThe Weekly Example has asked the company for further comment and will update this story.`,
  },
  {
    uri: 'https://own.example/reporting',
    publisher: 'Own Reporting',
    publishedAt: '2024-03-05T12:00:00Z',
    text: 'Zoom plans to cut about 500 jobs, two people familiar with the plans told Own Reporting, in a restructuring of its sales organisation that is expected to be announced in the coming weeks by the company.',
  },
];

const ingest = (input: Record<string, unknown>) =>
  postGraphQL(
    api.graphqlUrl,
    `mutation($input: DocumentInput!) { ingestDocument(input: $input) { source { id } } }`,
    { input },
    { authorization: `Bearer ${TOKEN}` },
  );
const sourceQuery = `query($id: ID!) { source(id: $id) { id publisher copyOf { id publisher } copies { id publisher } events { count independentSourceCount sources { id } } } }`;

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
  // The first writes plan the ingestion statements (seconds on a loaded machine): no request deadline to race.
  api = await startApi({
    graph,
    port: 0,
    apiToken: TOKEN,
    log: () => {},
    extractionTimeoutMs: 120_000,
    limits: { requestTimeoutMs: 120_000 },
  });
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('syndicated copies are one copy group (issue 12)', () => {
  it('says which articles are copies of which, and counts a republished figure once', async () => {
    const ids: string[] = [];
    for (const version of versions) {
      const response = await ingest(version);
      expect(response.errors).toBeUndefined();
      ids.push(response.data.ingestDocument.source.id);
    }
    expect(ids[1]).toBe('article:https://daily.example/biz/zoom-cuts');
    const original = (await postGraphQL(api.graphqlUrl, sourceQuery, { id: ids[0] })).data.source;
    expect(original.copyOf).toBeNull();
    expect(original.copies.map((c: { publisher: string }) => c.publisher)).toEqual(['Daily Example', 'Weekly Example']);
    const copy = (await postGraphQL(api.graphqlUrl, sourceQuery, { id: ids[2] })).data.source;
    expect(copy.copyOf).toEqual({ id: ids[0], publisher: 'Example Wire' });
    expect(copy.copies).toEqual([]);
    const own = (await postGraphQL(api.graphqlUrl, sourceQuery, { id: ids[3] })).data.source;
    expect(own).toMatchObject({ copyOf: null, copies: [] });
    // The 500-job figure: three syndicated copies of one text report it and count once.
    const event = original.events.find((e: { count: number }) => e.count === 500);
    const inGroup = event.sources.filter((s: { id: string }) => ids.slice(0, 3).includes(s.id));
    expect(inGroup).toHaveLength(3);
    expect(event.independentSourceCount).toBe(event.sources.length - 2);
  });

  it('takes an article out of its copy group when its text changes, and dissolves a group left with one article', async () => {
    await ingest({
      ...versions[1],
      text: 'Daily Example now runs its own piece: Zoom may trim its sales teams by spring, according to a memo seen by the paper, which lists several hundred roles across the regional offices.',
    });
    let original = (await postGraphQL(api.graphqlUrl, sourceQuery, { id: 'article:https://wire.example/stories/4' }))
      .data.source;
    expect(original.copies.map((c: { publisher: string }) => c.publisher)).toEqual(['Weekly Example']);
    await postGraphQL(
      api.graphqlUrl,
      `mutation { deleteSource(id: "article:https://weekly.example/2024/03/cuts") }`,
      {},
      { authorization: `Bearer ${TOKEN}` },
    );
    original = (await postGraphQL(api.graphqlUrl, sourceQuery, { id: 'article:https://wire.example/stories/4' })).data
      .source;
    expect(original.copies).toEqual([]);
    const [row] = await graph.executor.read<{ copyGroups: number; bands: number }>({
      cypher:
        'CALL () { MATCH (g:CopyGroup) RETURN count(g) AS copyGroups } CALL () { MATCH (b:TextBand) WHERE NOT EXISTS { (b)<-[:IN_BAND]-() } RETURN count(b) AS bands } RETURN copyGroups, bands',
      params: {},
    });
    expect(row).toEqual({ copyGroups: 0, bands: 0 });
  });
});
