import { describe, expect, it } from 'vitest';
import { cumulativeOf, periodRange, readTimelineView, timelineQuery } from './timeline-params';

describe('timeline views in the URL', () => {
  it('round-trips a view, leaving defaults out', () => {
    const { view, invalid } = readTimelineView({
      kind: 'layoff',
      organization: 'company:amazon',
      from: '2023',
      to: '2025-06',
      totals: 'exclude',
      order: 'COUNT_DESC',
      by: 'QUARTER',
    });
    expect(invalid).toEqual([]);
    expect(timelineQuery(view)).toBe(
      '?kind=layoff&organization=company%3Aamazon&from=2023&to=2025-06&totals=exclude&order=COUNT_DESC&by=QUARTER',
    );
    expect(timelineQuery(readTimelineView({}).view)).toBe('');
  });

  it('reports malformed values instead of sending them, and drops the page when a filter changes', () => {
    const { view, invalid } = readTimelineView({ from: '2023-1', kind: 'picnic', after: 'abc' });
    expect(invalid).toEqual(['kind “picnic”', 'from “2023-1” (use 2023, 2023-01 or 2023-01-18)']);
    expect(view.from).toBe('');
    expect(timelineQuery(view, { before: 'xyz' })).toBe('?after=abc&before=xyz');
    expect(timelineQuery(view, { kind: 'hiring' })).toBe('?kind=hiring');
  });

  it('maps running totals to the API and periods to date ranges', () => {
    expect([cumulativeOf('include'), cumulativeOf('exclude'), cumulativeOf('only')]).toEqual([null, false, true]);
    expect(periodRange('2023-Q2')).toEqual({ from: '2023-04', to: '2023-06' });
    expect(periodRange('2023-11')).toEqual({ from: '2023-11', to: '2023-11' });
  });
});
