import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph, type Graph } from '@newsgraph/graph';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../test/neo4j.js';
import { startApi, type RunningApi } from './start-api.js';
import { postGraphQL } from './testing/api-client.js';
import { seedGraph } from './testing/seed-graph.js';

let graph: Graph;
let api: RunningApi;
let seeds: Map<string, string>;
let statements = 0;

const gql = (query: string, variables: Record<string, unknown> = {}) => postGraphQL(api.graphqlUrl, query, variables);
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS, onQuery: () => statements++ });
  seeds = await seedGraph(graph);
  api = await startApi({ graph, port: 0 });
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

const TOTALS = `query($from: Date, $asOf: Date) {
  totals(organization: "company:amazon", from: $from, asOf: $asOf) {
    organization { name } total rounds unquantified
    periods { period count rounds { kind count countText when placedAt placedBy fromUnit { id } sources { id } } }
    runningTotals { count coveredCount covers { count } story { sourceCount claims { basisKind source { id } evidence { text start end source { id } } } } }
  }
}`;

describe('totals on the seeds (issue 13, "Done when")', () => {
  it('counts 18,000, 9,000 and 14,000 once, AWS’s "hundreds" unquantified, the reported 27,000 beside, sources listed', async () => {
    const before = statements;
    const { data, errors } = await gql(TOTALS, { from: '2023' });
    expect(errors).toBeUndefined();
    expect(statements - before).toBeLessThanOrEqual(6); // totals + nested lists, each one statement per level
    const { totals } = data;
    expect(totals).toMatchObject({ organization: { name: 'Amazon' }, total: 41000, rounds: 5, unquantified: 2 });
    const rounds = totals.periods.flatMap((p: any) => p.rounds);
    expect(rounds.map((r: any) => r.count ?? r.countText).sort()).toEqual([
      14000,
      18000,
      9000,
      'hundreds',
      'thousands more',
    ]);
    for (const round of rounds) {
      expect(round.kind).toBe('LAYOFF');
      expect(round.sources.length).toBeGreaterThan(0);
    }
    const aws = rounds.find((r: any) => r.countText === 'hundreds');
    expect(aws).toMatchObject({
      fromUnit: { id: 'division:amazon-web-services' },
      placedBy: 'REPORT_TIME',
      placedAt: today,
    });
    expect(totals.runningTotals).toHaveLength(1);
    const [reported] = totals.runningTotals;
    expect(reported).toMatchObject({ count: 27000, coveredCount: 27000, story: { sourceCount: 2 } });
    for (const claim of reported.story.claims)
      for (const quote of claim.evidence)
        expect(seeds.get(quote.source.id)!.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('as of a day before the seeds were ingested, nothing was known', async () => {
    const { data, errors } = await gql(TOTALS, { from: '2023', asOf: '2020-01-01' });
    expect(errors).toBeUndefined();
    expect(data.totals).toMatchObject({ total: 0, rounds: 0, periods: [], runningTotals: [] });
  });
});

describe('statements', () => {
  it('gives Jassy’s and Galetti’s words with their quotes, the reporting article and the attribution', async () => {
    const { data, errors } = await gql(`{
      jassy: entity(id: "person:andy-jassy") { ... on Person { statements { direct quote { text start end source { id } } attribution { text } source { id reportedAt reportedAtFrom } } } }
      galetti: statements(speaker: "person:beth-galetti") { speaker { name } quote { text start end source { id } } attribution { text } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.jassy.statements).toHaveLength(1);
    expect(data.jassy.statements[0]).toMatchObject({
      direct: false,
      quote: { text: 'the use of such AI agents could significantly alter how work gets done inside Amazon' },
      source: { id: 'article:file:seeds/000_c3705ce366644198.txt', reportedAt: today, reportedAtFrom: 'INGESTED' },
    });
    expect(data.galetti[0]).toMatchObject({
      speaker: { name: 'Beth Galetti' },
      attribution: { text: 'told employees' },
    });
    for (const s of [...data.jassy.statements, ...data.galetti])
      expect(seeds.get(s.quote.source.id)!.slice(s.quote.start, s.quote.end)).toBe(s.quote.text);
  });
});

describe('stories, supports and enums', () => {
  it('lists an event’s story with its claims; kinds, statuses and source kinds are enums', async () => {
    const { data, errors } = await gql(`{
      stories(organization: "company:amazon", kind: LAYOFF, runningTotals: false) {
        totalCount
        edges { node { kind status count countText preferredBecause disagreement { spread }
          claims { preferred basisKind reportedAtFrom source { kind } event { id kind story { id } } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.stories.totalCount).toBe(5);
    for (const { node } of data.stories.edges) {
      expect(node.kind).toBe('LAYOFF');
      expect(node.disagreement).toBeNull();
      expect(node.claims[0].preferred).toBe(true);
      expect(node.claims[0].source.kind).toBe('ARTICLE');
      expect(node.claims[0].event.kind).toBe('LAYOFF');
    }
    const thousands = data.stories.edges.find((e: any) => e.node.countText === 'thousands more').node;
    expect(thousands.claims[0].basisKind).toBe('ANONYMOUS');
    expect(['ANNOUNCED', 'PLANNED', 'REPORTED', 'COMPLETED']).toContain(data.stories.edges[0].node.status);
  });

  it('ties a cited source to the figure it is cited for', async () => {
    const { data, errors } = await gql(`{
      source(id: "article:file:seeds/002_29044a7c9eb14809.txt") { cites { ... on Source { id kind supports(first: 5) { article { id } event { countText } evidence { text } } } } }
    }`);
    expect(errors).toBeUndefined();
    const anonymous = data.source.cites.find((c: any) => c.kind === 'ANONYMOUS');
    expect(anonymous.supports).toEqual([
      expect.objectContaining({
        article: { id: 'article:file:seeds/002_29044a7c9eb14809.txt' },
        event: { countText: 'thousands more' },
      }),
    ]);
  });
});

describe('stories by keyset cursors', () => {
  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
    stories(first: $first, after: $after, last: $last, before: $before) {
      totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  const page = async (variables: Record<string, unknown>) => {
    const { data, errors } = await gql(PAGE, variables);
    expect(errors).toBeUndefined();
    return data.stories;
  };

  it('pages every story of the seeds forwards (after) and backwards (before) with no duplicate or gap', async () => {
    const all = await page({ first: 100 });
    const everyId = all.edges.map((e: any) => e.node.id);
    expect(everyId.length).toBe(all.totalCount);
    expect(all.totalCount).toBeGreaterThan(6);
    const forward: string[] = [];
    let info = { hasNextPage: true, endCursor: null as string | null, hasPreviousPage: false };
    while (info.hasNextPage) {
      const p = await page({ first: 3, after: info.endCursor });
      expect(p.pageInfo.hasPreviousPage).toBe(info.endCursor !== null);
      forward.push(...p.edges.map((e: any) => e.node.id));
      info = p.pageInfo;
    }
    expect(forward).toEqual(everyId);
    const backward: string[] = [];
    let back = { hasPreviousPage: true, startCursor: null as string | null };
    while (back.hasPreviousPage) {
      const p = await page({ last: 3, before: back.startCursor });
      expect(p.pageInfo.hasNextPage).toBe(back.startCursor !== null);
      backward.unshift(...p.edges.map((e: any) => e.node.id));
      back = p.pageInfo;
    }
    expect(backward).toEqual(everyId);
  });

  it('refuses both directions at once, and a cursor of another list, with BAD_USER_INPUT', async () => {
    const { edges } = await page({ first: 1 });
    const both = await gql(PAGE, { first: 2, before: edges[0].cursor });
    expect(both.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const events = await gql(`{ events(first: 1) { pageInfo { endCursor } } }`);
    const foreign = await gql(PAGE, { first: 2, after: events.data.events.pageInfo.endCursor });
    expect(foreign.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('the events list: units roll up, undated events by their report time, asOf', () => {
  it('keeps undated events in a date range by the day they were reported, and rolls a unit’s events up', async () => {
    const { data, errors } = await gql(`{
      dated: events(organization: "company:amazon", kind: LAYOFF, from: "2023", first: 50) { edges { node { count countText when reportedAt organization { id } } } }
      own: events(organization: "company:amazon", kind: LAYOFF, includeUnits: false, first: 50) { edges { node { organization { id } } } }
      then: events(organization: "company:amazon", asOf: "2020") { totalCount }
      amazon: entity(id: "company:amazon") { ... on Company { events { organization { id } } } }
    }`);
    expect(errors).toBeUndefined();
    const figures = data.dated.edges.map((e: any) => e.node.count ?? e.node.countText);
    expect(figures).toEqual(expect.arrayContaining([14000, 'thousands more', 'hundreds', 18000, 9000]));
    expect(data.dated.edges.find((e: any) => e.node.countText === 'hundreds').node.organization.id).toBe(
      'division:amazon-web-services',
    );
    // An undated event says so: no event time, and the day it was first reported.
    for (const { node } of data.dated.edges.filter((e: any) => e.node.when === null))
      expect(node.reportedAt).toBe(today);
    expect(data.own.edges.every((e: any) => e.node.organization.id === 'company:amazon')).toBe(true);
    expect(data.then.totalCount).toBe(0);
    expect(data.amazon.events.map((e: any) => e.organization?.id)).toContain('division:amazon-web-services');
  });
});

describe('the Date scalar and enum arguments', () => {
  it('rejects malformed dates with BAD_USER_INPUT, as variables and as literals, on new and existing fields', async () => {
    const asVariable = await gql(TOTALS, { from: '2023-02-30' });
    expect(asVariable.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const asLiteral = await gql(`{ events(from: "2023-13") { totalCount } }`);
    expect(asLiteral.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(asLiteral.errors![0]!.message).toMatch(/YYYY-MM-DD/);
    const ok = await gql(`{ events(from: "2023", to: "2023-12-31", kind: LAYOFF) { totalCount } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.events.totalCount).toBeGreaterThan(0);
  });

  it('rejects an unknown kind given as a variable with BAD_USER_INPUT', async () => {
    const { errors } = await gql(`query($k: EventKind) { events(kind: $k) { totalCount } }`, { k: 'layoff' });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});
