import { describe, expect, it } from 'vitest';
import { parseCount, parsePercent } from './numbers.js';

describe('parseCount', () => {
  it.each([
    ['14,000', 14000],
    ['about 10,000', 10000],
    ['another 9,000', 9000],
    ['1.2 million', 1_200_000],
    ['12k', 12000],
    ['two thousand', 2000],
    ['a dozen', 12],
    ['over 27,000', 27000],
  ])('%s → %d', (phrase, n) => expect(parseCount(phrase)).toEqual({ count: n }));

  it.each([
    ['thousands more', 'thousands more'],
    ['hundreds', 'hundreds'],
    ['tens of thousands', 'tens of thousands'],
    ['several hundred', 'several hundred'],
  ])('%s → null with countText', (phrase, text) =>
    expect(parseCount(phrase)).toEqual({ count: null, countText: text }),
  );
});

describe('parsePercent', () => {
  it('reads %, percent and per cent', () => {
    expect(parsePercent('about 4 percent')).toBe(4);
    expect(parsePercent('10%')).toBe(10);
    expect(parsePercent('12.5 per cent')).toBe(12.5);
    expect(parsePercent('no figure')).toBeNull();
  });
});
