import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { createGraph, type Graph } from '../graph.js';
import { buildExtraction } from '../testing/build-extraction.js';
import type { StoryRecord } from '../story-records.js';

let graph: Graph;
const acme = { id: 'company:acme', type: 'Company' as const, name: 'Acme', mentions: ['Acme'] };

/** A company's own announcement: 14,000 in October 2025. */
const TEXT_A = 'Acme said on Tuesday it would cut 14,000 corporate jobs.';
const articleA = () =>
  buildExtraction({
    id: 'article:a',
    text: TEXT_A,
    publishedAt: '2025-10-28',
    entities: [acme],
    events: [
      {
        id: 'event:layoff-acme-14000-2025-10',
        kind: 'layoff',
        organization: 'company:acme',
        divisions: [],
        count: 14000,
        percent: null,
        when: '2025-10',
        status: 'announced',
        evidence: [TEXT_A],
      },
    ],
    supports: [{ by: 'company:acme', event: 'event:layoff-acme-14000-2025-10', evidence: [TEXT_A] }],
  });

/** A wire a day earlier, on anonymous sources: as many as 30,000 under review. */
const TEXT_B = 'As many as 30,000 jobs at Acme are under review, people familiar with the matter said.';
const articleB = () =>
  buildExtraction({
    id: 'article:b',
    text: TEXT_B,
    publishedAt: '2025-10-27',
    entities: [
      acme,
      {
        id: 'source:acme-anonymous-sources-b',
        type: 'Source',
        kind: 'anonymous',
        name: 'Acme anonymous sources',
        mentions: ['people familiar with the matter'],
      },
    ],
    relations: [{ type: 'CITES', from: 'article:b', to: 'source:acme-anonymous-sources-b', evidence: [TEXT_B] }],
    events: [
      {
        id: 'event:layoff-acme-30000-2025-10',
        kind: 'layoff',
        organization: 'company:acme',
        divisions: [],
        count: 30000,
        percent: null,
        when: '2025-10',
        status: 'reported',
        evidence: [TEXT_B],
      },
    ],
    supports: [{ by: 'source:acme-anonymous-sources-b', event: 'event:layoff-acme-30000-2025-10', evidence: [TEXT_B] }],
  });

/** A running total and the two rounds it sums. */
const TEXT_C =
  'Acme has cut over 27,000 jobs since early 2023. It eliminated 18,000 in January 2023 and 9,000 in March 2023.';
const round = (count: number, when: string, sentence: string, cumulative = false) => ({
  id: `event:layoff-acme-${count}-${when}${cumulative ? '-cumulative' : ''}`,
  kind: 'layoff' as const,
  organization: 'company:acme',
  divisions: [],
  count,
  percent: null,
  when,
  status: 'completed' as const,
  cumulative,
  evidence: [sentence],
});
const articleC = () =>
  buildExtraction({
    id: 'article:c',
    text: TEXT_C,
    publishedAt: '2024-02-01',
    entities: [acme],
    events: [
      round(27000, '2023', 'Acme has cut over 27,000 jobs since early 2023.', true),
      round(18000, '2023-01', 'It eliminated 18,000 in January 2023 and 9,000 in March 2023.'),
      round(9000, '2023-03', 'It eliminated 18,000 in January 2023 and 9,000 in March 2023.'),
    ],
  });

/** A unit's undated cut, placed by its report time. */
const TEXT_D = 'Acme Cloud, the cloud unit of Acme, is cutting 400 jobs.';
const articleD = () =>
  buildExtraction({
    id: 'article:d',
    text: TEXT_D,
    publishedAt: '2025-11-03',
    entities: [acme, { id: 'division:acme-cloud', type: 'Division', name: 'Acme Cloud', mentions: ['Acme Cloud'] }],
    relations: [{ type: 'PART_OF', from: 'division:acme-cloud', to: 'company:acme', evidence: [TEXT_D] }],
    events: [
      {
        id: 'event:layoff-acme-cloud-400',
        kind: 'layoff',
        organization: 'division:acme-cloud',
        divisions: [],
        count: 400,
        percent: null,
        when: null,
        status: 'announced',
        evidence: [TEXT_D],
      },
    ],
  });

/** An executive's words. */
const TEXT_E = '“We must be leaner,” said Jane Roe, chief executive of Acme.';
const articleE = () =>
  buildExtraction({
    id: 'article:e',
    text: TEXT_E,
    publishedAt: '2025-10-29',
    entities: [acme, { id: 'person:jane-roe', type: 'Person', name: 'Jane Roe', mentions: ['Jane Roe'] }],
    statements: [
      {
        id: 'statement:e-3',
        speaker: 'person:jane-roe',
        quote: 'We must be leaner',
        direct: true,
        attribution: 'said Jane Roe',
        sentence: TEXT_E,
      },
    ],
  });

const ALL = [
  [articleA, TEXT_A],
  [articleB, TEXT_B],
  [articleC, TEXT_C],
  [articleD, TEXT_D],
  [articleE, TEXT_E],
] as const;

async function ingestAll(order: readonly number[] = [0, 1, 2, 3, 4]) {
  for (const i of order) {
    const [build, text] = ALL[i]!;
    await graph.ingestDocument(build(), text);
  }
}

const figures = (stories: StoryRecord[]) =>
  stories.map((s) => [s.count, s.runningTotal ? 'total' : 'round', s.placedBy, s.fromUnitId]);

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
  await ingestAll();
});
afterAll(() => graph.close());

describe('stories', () => {
  it('keeps two sources’ disagreeing figures as claims of one story, the company’s preferred, the gap said', async () => {
    const { items } = await graph.storiesPage({
      filter: { organization: 'company:acme', from: '2025-10', to: '2025-10' },
      window: { first: 10, cursor: null },
    });
    expect(items).toHaveLength(1);
    const [story] = items;
    expect(story).toMatchObject({ count: 14000, claimCount: 2, sourceCount: 2, minCount: 14000, maxCount: 30000 });
    expect(story).toMatchObject({ basisKind: 'company', preferredSourceId: 'article:a', placedBy: 'EVENT_TIME' });
    const claims = (await graph.storyClaims([story!.id], 10)).get(story!.id)!;
    expect(claims.map((c) => [c.sourceId, c.count, c.basisKind, c.preferred])).toEqual([
      ['article:a', 14000, 'company', true],
      ['article:b', 30000, 'anonymous', false],
    ]);
    expect(claims[1]!.basis).toEqual(['source:acme-anonymous-sources-b']);
    expect(claims[1]!.quotes.map((q) => TEXT_B.slice(q.start, q.end))).toEqual([TEXT_B]);
  });

  it('lists stories in time order, the unit’s undated round placed at its report day and marked as from the unit', async () => {
    const { items } = await graph.storiesPage({
      filter: { organization: 'company:acme' },
      window: { first: 10, cursor: null },
    });
    expect(figures(items)).toEqual([
      [18000, 'round', 'EVENT_TIME', null],
      [27000, 'total', 'EVENT_TIME', null],
      [9000, 'round', 'EVENT_TIME', null],
      [14000, 'round', 'EVENT_TIME', null],
      [400, 'round', 'REPORT_TIME', 'division:acme-cloud'],
    ]);
    expect(items.at(-1)).toMatchObject({ placedStart: '2025-11-03', firstReportedAt: '2025-11-03' });
    const withoutUnits = await graph.storiesPage({
      filter: { organization: 'company:acme', includeUnits: false },
      window: { first: 10, cursor: null },
    });
    expect(withoutUnits.items.map((s) => s.count)).not.toContain(400);
  });
});

describe('totals', () => {
  it('sums each round once, the unit’s too, and shows the running total beside with the rounds it covers', async () => {
    const totals = await graph.totals({ filter: { organization: 'company:acme', from: '2023' }, groupBy: 'YEAR' });
    expect(totals.periods.map((p) => [p.period, p.count, p.rounds.map((r) => r.count)])).toEqual([
      ['2023', 27000, [18000, 9000]],
      ['2025', 14400, [14000, 400]],
    ]);
    expect(totals).toMatchObject({ total: 41400, rounds: 4, unquantified: 0 });
    expect(totals.runningTotals).toHaveLength(1);
    const [reported] = totals.runningTotals;
    expect(reported!.story.count).toBe(27000);
    expect(reported!.covers.map((r) => r.count)).toEqual([18000, 9000]);
    expect(reported!.coveredCount).toBe(27000);
    // The same coverage for the story on its own (Story.covers).
    const covers = await graph.covers([reported!.story.id]);
    expect(covers.get(reported!.story.id)!.map((r) => r.count)).toEqual([18000, 9000]);
  });

  it('groups by month and quarter, and leaves the units out when asked', async () => {
    const months = await graph.totals({ filter: { organization: 'company:acme' }, groupBy: 'MONTH' });
    expect(months.periods.map((p) => [p.period, p.count])).toEqual([
      ['2023-01', 18000],
      ['2023-03', 9000],
      ['2025-10', 14000],
      ['2025-11', 400],
    ]);
    const quarters = await graph.totals({
      filter: { organization: 'company:acme', includeUnits: false },
      groupBy: 'QUARTER',
    });
    expect(quarters.periods.map((p) => [p.period, p.count])).toEqual([
      ['2023-Q1', 27000],
      ['2025-Q4', 14000],
    ]);
  });
});

describe('asOf', () => {
  it('shows what was known on a day: only sources reported by then, their preferred figure', async () => {
    const totals = await graph.totals({
      filter: { organization: 'company:acme', from: '2025', asOf: '2025-10-27' },
      groupBy: 'YEAR',
    });
    expect(
      totals.periods.map((p) => [p.period, p.rounds.map((r) => [r.count, r.claimCount, r.minCount, r.maxCount])]),
    ).toEqual([['2025', [[30000, 1, 30000, 30000]]]]);
    const before = await graph.storiesPage({
      filter: { organization: 'company:acme', asOf: '2024-01-31' },
      window: { first: 10, cursor: null },
    });
    expect(before.items).toEqual([]);
    const story = (
      await graph.storiesPage({
        filter: { organization: 'company:acme', from: '2025-10', to: '2025-10' },
        window: { first: 1, cursor: null },
      })
    ).items[0]!;
    expect((await graph.storyClaims([story.id], 10, '2025-10-27')).get(story.id)!.map((c) => c.sourceId)).toEqual([
      'article:b',
    ]);
    expect((await graph.statementsBy(['person:jane-roe'], 10, '2025-10-28')).get('person:jane-roe') ?? []).toEqual([]);
    expect((await graph.statementsBy(['person:jane-roe'], 10, '2025-10-29')).get('person:jane-roe')).toHaveLength(1);
  });
});

describe('statements', () => {
  it('gives a person’s words with the exact span and the reporting source', async () => {
    const [statement] = (await graph.statementsBy(['person:jane-roe'], 10)).get('person:jane-roe')!;
    expect(statement).toMatchObject({
      quote: 'We must be leaner',
      direct: true,
      sourceId: 'article:e',
      attribution: 'said Jane Roe',
      reportedAt: '2025-10-29',
    });
    expect(TEXT_E.slice(statement!.start, statement!.end)).toBe(statement!.quote);
  });
});

describe('deleting the source of the preferred figure', () => {
  it('makes the next claim preferred, and the same stories come out whatever the order of arrival', async () => {
    await graph.deleteSource('article:a');
    const { items } = await graph.storiesPage({
      filter: { organization: 'company:acme', from: '2025-10', to: '2025-10' },
      window: { first: 10, cursor: null },
    });
    expect(items.map((s) => [s.count, s.claimCount, s.preferredSourceId, s.basisKind, s.minCount, s.maxCount])).toEqual(
      [[30000, 1, 'article:b', 'anonymous', 30000, 30000]],
    );

    const grouped = async () => {
      const page = await graph.storiesPage({
        filter: { organization: 'company:acme' },
        window: { first: 10, cursor: null },
      });
      const claims = await graph.storyClaims(
        page.items.map((s) => s.id),
        10,
      );
      return page.items.map((s) => [
        s.count,
        s.claimCount,
        claims
          .get(s.id)!
          .map((c) => c.eventId)
          .sort(),
      ]);
    };
    await graph.ingestDocument(articleA(), TEXT_A);
    const forward = await grouped();
    await graph.deleteAll();
    await ingestAll([4, 3, 2, 1, 0]);
    expect(await grouped()).toEqual(forward);
  });
});
