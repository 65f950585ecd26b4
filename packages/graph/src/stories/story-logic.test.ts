import { describe, expect, it } from 'vitest';
import { assignStories, storyIdOf } from './assign-stories.js';
import { basisOfClaim, preferenceKey, type RankedClaim } from './preference.js';
import type { StoryEvent, StorySummary } from './story-match.js';
import { isPartialDate, rangeOf } from './story-dates.js';

const event = (id: string, fields: Partial<StoryEvent> = {}): StoryEvent => ({
  id: `event:${id}`,
  kind: 'layoff',
  orgId: 'company:acme',
  ancestors: [],
  count: null,
  countText: null,
  percent: null,
  when: null,
  runningTotal: false,
  reportedAt: '2025-10-28',
  referenceWhen: null,
  ...fields,
});
const unit = { orgId: 'division:acme-cloud', ancestors: ['company:acme'] };

/** Which events share a story: groups of event ids (sorted), in order of their first event. */
function groups(events: StoryEvent[], candidates: StorySummary[] = []): string[][] {
  const byStory = new Map<string, string[]>();
  for (const a of assignStories(events, candidates))
    byStory.set(a.storyId, [...(byStory.get(a.storyId) ?? []), a.eventId.replace('event:', '')]);
  return [...byStory.values()];
}

describe('assignStories', () => {
  it('puts two sources’ differing figures for the same round in one story', () => {
    expect(
      groups([
        event('acme-14000', { count: 14000, when: '2025-10' }),
        event('acme-30000', { count: 30000, when: '2025-10', reportedAt: '2025-10-27' }),
      ]),
    ).toEqual([['acme-14000', 'acme-30000']]);
  });

  it('keeps rounds of different months apart, and figures too far apart', () => {
    expect(
      groups([
        event('acme-18000-2023-01', { count: 18000, when: '2023-01' }),
        event('acme-9000-2023-03', { count: 9000, when: '2023-03' }),
        event('acme-14000', { count: 14000 }),
        event('acme-200', { count: 200 }),
      ]),
    ).toEqual([['acme-14000'], ['acme-18000-2023-01'], ['acme-200'], ['acme-9000-2023-03']]);
  });

  it('never joins a vague figure to a counted round by magnitude, but joins the same vague figure', () => {
    expect(
      groups([
        event('acme-14000', { count: 14000 }),
        event('acme-thousands-more', { countText: 'thousands more' }),
        event('acme-cloud-hundreds', { ...unit, countText: 'hundreds' }),
        event('acme-cloud-hundreds-x', { ...unit, countText: 'Hundreds', reportedAt: '2025-11-02' }),
      ]),
    ).toEqual([['acme-14000'], ['acme-cloud-hundreds', 'acme-cloud-hundreds-x'], ['acme-thousands-more']]);
  });

  it('lets a unit’s report join its parent’s round when figures agree; unrelated companies never', () => {
    expect(
      groups([
        event('acme-1200', { count: 1200, when: '2024-05' }),
        event('acme-cloud-1000', { ...unit, count: 1000, when: '2024-05' }),
        event('other-1100', { orgId: 'company:other', count: 1100, when: '2024-05' }),
      ]),
    ).toEqual([['acme-1200', 'acme-cloud-1000'], ['other-1100']]);
  });

  it('keeps running totals apart from rounds, and merges totals that agree', () => {
    expect(
      groups([
        event('acme-27000-2023-cumulative', { count: 27000, when: '2023', runningTotal: true }),
        event('acme-27000-2023', { count: 27000, when: '2023', runningTotal: true, reportedAt: '2024-06-01' }),
        event('acme-18000-2023-01', { count: 18000, when: '2023-01' }),
        event('acme-25000-2023', { count: 25000, when: '2023' }),
      ]),
    ).toEqual([
      ['acme-18000-2023-01', 'acme-25000-2023'],
      ['acme-27000-2023', 'acme-27000-2023-cumulative'],
    ]);
  });

  it('follows an explicit reference to an earlier round whatever the figure', () => {
    const january = event('acme-10000-2025-01', { count: 10000, when: '2025-01' });
    expect(
      groups([january, event('acme-500', { count: 500, referenceWhen: '2025-01', reportedAt: '2025-06-01' })]),
    ).toEqual([['acme-10000-2025-01', 'acme-500']]);
  });

  it('joins stored stories, and gives a new story the id of its first event', () => {
    const stored: StorySummary = {
      id: 'story:stored',
      kind: 'layoff',
      orgId: 'company:acme',
      ancestors: [],
      runningTotal: false,
      start: '2025-09-01',
      end: '2025-11-30',
      minCount: 13000,
      maxCount: 14000,
      minPercent: null,
      maxPercent: null,
      vague: [],
    };
    const [joined, started] = assignStories(
      [event('a-15000', { count: 15000 }), event('b-900', { count: 900 })],
      [stored],
    );
    expect(joined).toMatchObject({ storyId: 'story:stored', isNew: false });
    expect(started).toMatchObject({ storyId: storyIdOf('event:b-900'), isNew: true });
    expect(started!.storyId).toBe('story:b-900');
  });
});

describe('preferenceKey', () => {
  const claim = (fields: Partial<RankedClaim>): RankedClaim => ({
    count: 1000,
    basis: 'news',
    reportedAt: '2025-10-28',
    sourceId: 'article:a',
    eventId: 'event:x',
    ...fields,
  });
  const best = (...claims: RankedClaim[]) => claims.sort((a, b) => (preferenceKey(a) > preferenceKey(b) ? -1 : 1))[0];

  it('prefers a count, then the company’s word over a wire over a tracker over anonymous sources, then recency', () => {
    expect(best(claim({ count: null, basis: 'company' }), claim({ basis: 'anonymous' }))!.basis).toBe('anonymous');
    expect(best(claim({ basis: 'news', reportedAt: '2025-12-01' }), claim({ basis: 'company' }))!.basis).toBe(
      'company',
    );
    expect(best(claim({ basis: 'aggregator' }), claim({ basis: 'news', reportedAt: '2020-01-01' }))!.basis).toBe(
      'news',
    );
    expect(best(claim({ reportedAt: '2025-10-01' }), claim({ reportedAt: '2025-11-01' }))!.reportedAt).toBe(
      '2025-11-01',
    );
  });

  it('takes the best support of a claim, the article’s own reporting when none is cited', () => {
    expect(basisOfClaim([])).toBe('news');
    expect(basisOfClaim(['anonymous', 'company'])).toBe('company');
    expect(basisOfClaim(['anonymous'])).toBe('anonymous');
  });
});

describe('dates', () => {
  it('accepts real partial dates only', () => {
    expect(['2023', '2023-02', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2023-02-29', '2023-13', '23', '2023-1-05', '2023-01-01T00:00'].some(isPartialDate)).toBe(false);
    expect(rangeOf('2023-02')).toEqual({ start: '2023-02-01', end: '2023-02-28' });
  });
});
