import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { OUTLET_ARTICLE } from '../../../../test/outlet-article.js';
import { createGraph, type Graph } from '../graph.js';

const { text: TEXT, uri, outlet: OUTLET, wire: WIRE, speaker, event } = OUTLET_ARTICLE;

let graph: Graph;
let article: string;

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
  article = (await graph.ingestText({ text: TEXT, uri })).sourceId;
});
afterAll(() => graph.close());

/** A named outlet is a company: every read following CITES, VIA or SUPPORTS must still reach it. */
describe('outlets stored as companies stay reachable as cited sources', () => {
  it("lists the wire and the context-found outlet under the article's cites, each as a company", async () => {
    const cited = (await graph.cites([article])).get(article) ?? [];
    expect(cited.map((c) => c.id)).toEqual(expect.arrayContaining([OUTLET, WIRE]));
    const outlet = cited.find((c) => c.id === OUTLET)!;
    expect(outlet).toMatchObject({ type: 'Company', name: 'Kestrel Times', kind: 'news-outlet' });
    // Reuters comes from the list of organizations; "Reuters reported on Tuesday" makes it an outlet as well.
    expect(cited.find((c) => c.id === WIRE)).toMatchObject({ type: 'Company', name: 'Reuters', kind: 'news-outlet' });
  });

  it('answers "which articles cite X" for both, through CITES and through the name', async () => {
    const citedBy = await graph.citedBy([OUTLET, WIRE]);
    expect(citedBy.get(OUTLET)?.map((s) => s.id)).toEqual([article]);
    expect(citedBy.get(WIRE)?.map((s) => s.id)).toEqual([article]);
    for (const name of ['Kestrel Times', 'Reuters']) {
      const citations = await graph.sourcesCiting(name);
      expect(citations.map((c) => c.source.id)).toEqual([article]);
      for (const quote of citations[0]!.quotes) expect(TEXT.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });

  it('keeps the statement that came through the outlet (VIA) and what the outlet is cited for (SUPPORTS)', async () => {
    const [statement] = (await graph.statementsIn([article])).get(article) ?? [];
    expect(statement).toMatchObject({ speakerId: speaker, viaId: OUTLET });
    const supports = (await graph.supportsOf([OUTLET], 20)).get(OUTLET) ?? [];
    expect(supports.map((s) => s.statementId ?? s.eventId).sort()).toEqual([statement!.id, event].sort());
    for (const q of supports.flatMap((s) => s.quotes)) expect(TEXT.slice(q.start, q.end)).toBe(q.text);
  });

  it("rests the figure's claim on the outlet, a news basis", async () => {
    const stories = await graph.storyOfEvents([event]);
    const storyId = stories.get(event)!;
    const [claim] = (await graph.storyClaims([storyId], 10)).get(storyId) ?? [];
    expect(claim).toMatchObject({ sourceId: article, basis: [OUTLET], basisKind: 'news' });
  });
});
