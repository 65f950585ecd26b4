import { describe, expect, it } from 'vitest';
import { parseCount, parsePercent } from './numbers.js';
import { extract } from '../test-helpers.js';

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
    ['1.2 lakh', 120_000],
    ['1,20,000', 120_000],
    ['2.500', 2500],
    ['3 mil', 3000],
    ['14\u202f000', 14000],
    ['twenty-five hundred', 2500],
    ['one hundred and fifty', 150],
    ['nine', 9],
    ['between 9,000 and 10,000', 9000],
    ['9,000 to 10,000', 9000],
    ['up to 4,000', 4000],
    ['nearly 8,000', 8000],
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

  it('reads ranges (lower end) and shares in words', () => {
    expect(parsePercent('10% to 15%')).toBe(10);
    expect(parsePercent('10 to 15 percent')).toBe(10);
    expect(parsePercent('between 50% and 60%')).toBe(50);
    expect(parsePercent('a quarter')).toBe(25);
    expect(parsePercent('a third')).toBe(33);
    expect(parsePercent('one in five')).toBe(20);
    expect(parsePercent('two-thirds')).toBe(67);
    expect(parsePercent('half')).toBe(50);
    expect(parsePercent('almost a 10th')).toBe(10);
  });
});

describe('a share told as a range "between X% and Y%"', () => {
  it('"plans to lay off between 50% and 60% of its employees": the lower end, as counts take', () => {
    const text = 'Kora Air plans to lay off between 50% and 60% of its employees, the airline said on Friday.';
    expect(extract(text, '2020-05-15').events()).toContainEqual(
      expect.objectContaining({ org: 'Kora Air', percent: 50 }),
    );
  });
});
