import { describe, expect, it } from 'vitest';
import type { EventSummaryFragment } from '@newsgraph/client';
import { largestRounds } from './largest-rounds';

const amazon = { id: 'company:amazon', type: 'Company', name: 'Amazon' };
const event = (id: string, count: number | null, cumulative = false): EventSummaryFragment => ({
  id,
  kind: 'LAYOFF',
  count,
  countText: null,
  percent: null,
  when: null,
  status: null,
  cumulative,
  organization: amazon,
  divisions: [],
});

describe('largestRounds', () => {
  it('leaves out running totals and rounds that repeat one, and lists each figure once', () => {
    const events = [
      event('total-27000', 27_000, true),
      event('round-27000', 27_000),
      event('round-18000', 18_000),
      event('round-18000-again', 18_000),
      event('round-14000', 14_000),
      event('thousands-more', null),
      event('round-9000', 9_000),
    ];
    expect(largestRounds(events, 2).map((e) => e.id)).toEqual(['round-18000', 'round-14000']);
    expect(largestRounds(events, 10).map((e) => e.id)).toEqual(['round-18000', 'round-14000', 'round-9000']);
  });
});
