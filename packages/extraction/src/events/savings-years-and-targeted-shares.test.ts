import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cuts = (text: string, publishedAt?: string) => extract(text, publishedAt).cuts();

describe('the year savings start is no date of the round', () => {
  it('leaves "a plan to save €400 million a year from 2025" out of the date of the cuts', () => {
    expect(
      cuts(
        'Hallberg Group to cut 900 jobs\n\n' +
          'Hallberg Group said on Tuesday it would cut 900 jobs as part of a plan to save €400 million a year from 2025.',
      ),
    ).toEqual([{ count: 900, percent: null, when: null }]);
  });

  it('keeps the announcement date beside "annual savings of $1bn starting in 2026"', () => {
    expect(
      cuts(
        'Hallberg Group to cut 900 jobs\n\n' +
          'The cuts, part of annual savings of $1bn starting in 2026, were announced by Hallberg Group in March 2025 and will affect 900 jobs.',
      ),
    ).toEqual([{ count: 900, percent: null, when: '2025-03' }]);
  });

  it('still dates a round told after an earlier saving ("saved €300 million last year, said on March 4, 2025")', () => {
    expect(
      cuts(
        'Hallberg Group to cut 900 jobs\n\n' +
          'Hallberg Group, which saved €300 million last year, said on March 4, 2025 that it would cut 900 jobs.',
      ),
    ).toEqual([{ count: 900, percent: null, when: '2025-03-04' }]);
  });
});

describe('a share of the staff after the jobs a company targets', () => {
  it('reads "is targeting about 700 jobs, or about 30% of its staff" with no cut word in the sentence', () => {
    expect(
      cuts(
        'Kessling Telecom plans to cut about 700 jobs\n\n' +
          'Kessling Telecom is planning another workforce reduction. This time, the company is targeting about 700 jobs, or about 30% of its staff.',
      ),
    ).toEqual([{ count: 700, percent: 30, when: null }]);
  });

  it('finds no cut in jobs targeted beside a share that is not of the staff', () => {
    expect(
      cuts(
        'Kessling Telecom opened a training centre in Lund. The centre is targeting 700 jobs, a 5% rise in local employment.',
      ),
    ).toEqual([]);
  });
});

describe("a meeting's day is no date of the round it discusses", () => {
  it('keeps the announcement day when a later sentence has the works council meet "today" over the cuts', () => {
    expect(
      cuts(
        'Norrvik Cars to cut 1,500 jobs\n\n' +
          'Norrvik Cars announced on May 3 that it will cut 1,500 jobs.\n' +
          'The works council will meet management today to discuss the 1,500 job cuts, Jane Roe said.',
        '2023-05-10',
      ),
    ).toEqual([{ count: 1500, percent: null, when: '2023-05-03' }]);
  });

  it('still dates cuts agreed at the meeting ("met unions today and agreed to cut 1,500 jobs")', () => {
    expect(
      cuts(
        'Norrvik Cars to cut 1,500 jobs\n\nNorrvik Cars met unions today and agreed to cut 1,500 jobs.',
        '2023-05-10',
      ),
    ).toEqual([{ count: 1500, percent: null, when: '2023-05-10' }]);
  });
});

describe('a round "first announced" on a day weeks before the news day', () => {
  it('dates the round told on Friday by the day it was first announced', () => {
    expect(
      cuts(
        'Brandt Mining to cut 400 jobs\n\n' +
          'Brandt Mining will cut 400 jobs at its coal mines, the union said on Friday.\n' +
          'The company first announced the 400 job cuts on June 3, 2024.',
        '2024-06-14',
      ),
    ).toEqual([{ count: 400, percent: null, when: '2024-06-03' }]);
  });

  it('keeps "another 400" apart from the 400 first announced weeks before', () => {
    expect(
      cuts(
        'Brandt Mining to cut 400 jobs\n\n' +
          'Brandt Mining will cut another 400 jobs at its coal mines, the union said on Friday.\n' +
          'The company first announced 400 job cuts on May 3, 2024.',
        '2024-06-14',
      ),
    ).toHaveLength(2);
  });
});
