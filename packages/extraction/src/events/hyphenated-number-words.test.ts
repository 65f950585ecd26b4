import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { parseCount } from './numbers.js';

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
