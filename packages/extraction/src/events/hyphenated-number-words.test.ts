import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { parseCount } from './numbers.js';
import { F, tokenMask } from './trigger-lexicon.js';

const brief = (text: string) =>
  extract(text, '2018-11-14')
    .events()
    .map((e) => [e.kind, e.org, e.count]);

describe('a number in words joined by a hyphen to its scale (round 39, ev32)', () => {
  it('"will axe some ten-thousand posts" is a round of 10,000', () => {
    expect(parseCount('some ten-thousand')).toEqual({ count: 10000 });
    expect(brief('Kestrel Imaging, which is reorganising, will axe some ten-thousand posts worldwide.')).toEqual([
      ['layoff', 'Kestrel Imaging', 10000],
    ]);
    expect(brief('Norrvik Print will cut two-hundred jobs.')).toEqual([['layoff', 'Norrvik Print', 200]]);
  });

  it('near miss: a share in words ("two-thirds of its staff") is still no count', () => {
    const events = extract('Norrvik Print will cut two-thirds of its staff, it said.', '2018-11-14').events();
    expect(events.map((e) => e.count)).not.toContain(2);
    expect(events.map((e) => e.percent)).toContain(67);
  });
});

describe('the trigger lexicon reads a hyphenated number in words as numbers.ts does', () => {
  it('"twenty-five-hundred", "fourteen-thousand" and a capitalised "Ten-Thousand" are numbers; "well-known" is not', () => {
    const mask = (text: string) => tokenMask({ text, start: 0, end: text.length });
    expect(mask('twenty-five-hundred')).toBe(F.number);
    expect(mask('fourteen-thousand')).toBe(F.number);
    expect(mask('Ten-Thousand')).toBe(F.number);
    expect(mask('well-known')).toBe(0);
    expect(mask('two-thirds') & F.number).toBe(0);
  });
});
