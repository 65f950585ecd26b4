import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const brief = (text: string) =>
  extract(text, '2023-10-19')
    .events()
    .map((e) => [e.kind, e.org, e.count]);

describe('wordings of news written in English by non-native outlets', () => {
  it('reads "reduce its personnel by N persons"', () => {
    expect(brief('Norrvik Oyj will reduce its personnel by 1 200 persons until the end of 2026.')).toEqual([
      ['layoff', 'Norrvik', 1200],
    ]);
  });

  it('reads "the reduction concerns N employees" as the size of the round', () => {
    expect(brief('The reduction concerns 350 employees, Norrvik Oyj said.')).toEqual([['layoff', 'Norrvik', 350]]);
  });

  it('reads "with N employees losing their jobs" as a cut of N', () => {
    expect(brief('Norrvik SA will close three factories, with 5,000 employees losing their jobs.')).toEqual([
      ['layoff', 'Norrvik', 5000],
    ]);
  });

  it('reads employees "at its plant in Ghent" who will lose their jobs, and positions "surplus to requirements"', () => {
    expect(brief('Up to 1,000 employees at Norrvik Group’s plant in Ghent will lose their jobs.')).toEqual([
      ['layoff', 'Norrvik Group', 1000],
    ]);
    expect(brief('Norrvik Group has told unions that 1,000 positions are surplus to requirements.')).toEqual([
      ['layoff', 'Norrvik Group', 1000],
    ]);
  });

  it('calls a restructuring that "could see 3,900 jobs lost" a layoff', () => {
    expect(
      brief('Norrvik Mining has begun a restructuring of its shafts that could see up to 3,900 jobs lost.'),
    ).toEqual([['layoff', 'Norrvik Mining', 3900]]);
  });
});
