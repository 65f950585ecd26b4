import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2024-11-25') => extract(text, pub).events();
const brief = (text: string) => events(text).map((e) => [e.kind, e.org, e.count]);

describe('"the division" acts for the unit just named, not for its parent', () => {
  it('credits the division named in the sentence before', () => {
    const text = [
      'Norrvik Steel Europe, the steel division of Norrvik AG, is losing money.',
      'The division, which employs about 27,000 people, plans to eliminate 5,000 positions.',
    ].join(' ');
    expect(brief(text)).toContainEqual(['layoff', 'Norrvik Steel Europe', 5000]);
    expect(brief(text).filter((e) => e[1] === 'Norrvik')).toEqual([]);
  });

  it('leaves "the unit" to the company in focus when another company was named after the division', () => {
    const text =
      'Norrvik Lifts, a unit of Norrvik AG, is for sale. Kestrel Air said on Monday it would hire staff. The unit will cut 800 jobs.';
    expect(brief(text).filter((e) => e[1] === 'Norrvik Lifts')).toEqual([]);
  });
});

describe('"its fourth round of job cuts since early 2022": the since-date is a comparison', () => {
  it('neither dates the new round nor makes it a running total', () => {
    const [e] = events(
      'Norrvik Learning has laid off 12 per cent of its workforce, or around 380 employees, in its fourth round of job cuts since early 2022.',
      '2023-03-31',
    );
    expect(e).toMatchObject({ org: 'Norrvik Learning', count: 380, percent: 12, when: null });
    expect(
      extract(
        'Norrvik Learning has laid off 380 employees, its fourth round of job cuts since early 2022.',
        '2023-03-31',
      ).events()[0]?.when,
    ).not.toBe('2022');
  });
});

describe('a site the company owns "will close": a restructuring without a figure', () => {
  it('reads "its plant will close" and "its studios will be shut down"', () => {
    expect(brief('Norrvik Cars said its Ghent plant will close at the end of February 2025.')).toEqual([
      ['restructuring', 'Norrvik Cars', null],
    ]);
    expect(brief('Norrvik Games said its two studios in Canada will be shut down.')).toEqual([
      ['restructuring', 'Norrvik Games', null],
    ]);
  });

  it('does not read opening hours or a temporary stop as a closure', () => {
    expect(brief('Norrvik Bank said its branches close at 5pm on Fridays.')).toEqual([]);
    expect(brief('Norrvik Cars said its Ghent plant would close temporarily for two weeks.')).toEqual([]);
    expect(brief('Norrvik Cars said its Ghent plant would close for two weeks in August.')).toEqual([]);
  });
});
