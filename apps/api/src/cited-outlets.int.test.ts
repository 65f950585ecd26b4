import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph, type Graph } from '@newsgraph/graph';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../test/neo4j.js';
import { OUTLET_ARTICLE } from '../../../test/outlet-article.js';
import { startApi, type RunningApi } from './start-api.js';
import { postGraphQL } from './testing/api-client.js';

const { text, uri, outlet, wire, event } = OUTLET_ARTICLE;

let graph: Graph;
let api: RunningApi;
let article: string;

const gql = (query: string, variables: Record<string, unknown> = {}) => postGraphQL(api.graphqlUrl, query, variables);

/** What a client asks of a cited thing: the shared fields of either member of CitedSource. */
const CITED = `__typename ... on Source { id title kind } ... on Company { id name companyKind: kind }`;

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
  article = (await graph.ingestText({ text, uri })).sourceId;
  api = await startApi({ graph, port: 0, limits: { requestTimeoutMs: TEST_QUERY_TIMEOUT_MS } });
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

/** A named outlet is a Company (kind NEWS_OUTLET): cites, via and basis reach it as the CitedSource union. */
describe('GraphQL: outlets an article cites, as companies', () => {
  it("lists the wire and the context-found outlet under the article's cites, and the outlet's citing articles", async () => {
    const { data, errors } = await gql(`query($id: ID!) { source(id: $id) { cites { ${CITED} } } }`, { id: article });
    expect(errors).toBeUndefined();
    expect(data.source.cites).toEqual(
      expect.arrayContaining([
        { __typename: 'Company', id: outlet, name: 'Kestrel Times', companyKind: 'NEWS_OUTLET' },
        { __typename: 'Company', id: wire, name: 'Reuters', companyKind: 'NEWS_OUTLET' },
      ]),
    );
    const cited = await gql(`{
      outlet: entity(id: "${outlet}") { ... on Company { kind citedBy { id } events { id } supports { event { id } } } }
      citing: sourcesCiting(name: "Kestrel Times") { source { id } }
    }`);
    expect(cited.errors).toBeUndefined();
    expect(cited.data.outlet).toEqual({
      kind: 'NEWS_OUTLET',
      citedBy: [{ id: article }],
      events: [],
      supports: expect.arrayContaining([{ event: { id: event } }]),
    });
    expect(cited.data.citing).toEqual([{ source: { id: article } }]);
  });

  it("gives the statement's via and the claim's basis as the outlet", async () => {
    const { data, errors } = await gql(
      `query($id: ID!, $event: ID!) {
        source(id: $id) { statements { quote { text } via { ${CITED} } } }
        event(id: $event) { story { claims { basisKind basis { ${CITED} } } } }
      }`,
      { id: article, event },
    );
    expect(errors).toBeUndefined();
    const company = { __typename: 'Company', id: outlet, name: 'Kestrel Times', companyKind: 'NEWS_OUTLET' };
    expect(data.source.statements).toEqual([{ quote: { text: 'she was willing to cut more' }, via: company }]);
    expect(data.event.story.claims).toEqual([{ basisKind: 'NEWS', basis: [company] }]);
  });
});
