import { describe, expect, it } from 'vitest';
import { eventRows } from './event-rows.js';
import { extract } from '../test-helpers.js';

const brief = (text: string) => eventRows(text, '2023-10-19', 'kind', 'org', 'count');

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

  it('reads "letting go of", "part ways with", "handed their notice" and contracts not renewed as cuts', () => {
    for (const text of [
      'Norrvik Group is letting go of 1,200 people.',
      'Norrvik Group said it has parted ways with 1,200 employees.',
      'At Norrvik Group, 1,200 staff have been handed their notice.',
      'Norrvik Group will not renew the contracts of 1,200 temporary workers.',
    ])
      expect(brief(text)).toEqual([['layoff', 'Norrvik Group', 1200]]);
    expect(brief('Norrvik Group has renewed the contracts of 1,200 workers.')).toEqual([]);
  });

  it('reads "cutting its workforce of 5,000 by almost a quarter" as a share of the workforce', () => {
    expect(
      extract('Norrvik Group is cutting its workforce of 5,000 by almost a quarter.', '2024-01-10').events()[0],
    ).toMatchObject({
      org: 'Norrvik Group',
      percent: 25,
    });
  });

  it('reads "N jobs went" as a cut, but not jobs that went abroad or unfilled', () => {
    expect(brief('Norrvik Cars said some 1,200 jobs went in the first round.')).toEqual([
      ['layoff', 'Norrvik Cars', 1200],
    ]);
    expect(brief('Norrvik Cars said 1,200 jobs went to Asia.')).toEqual([]);
    expect(brief('At Norrvik Cars, 1,200 jobs went unfilled.')).toEqual([]);
  });

  it('reads "the closure of its factories …, which concerns N employees" and "which affects N employees"', () => {
    expect(
      brief(
        'Kestrel Tyres has announced the closure of its factories of Marlow and Vessby, which concerns 1,254 employees.',
      ),
    ).toEqual([['restructuring', 'Kestrel Tyres', 1254]]);
    expect(brief('Kestrel Tyres announced the closure of its Marlow plant, which affects 640 workers.')).toEqual([
      ['restructuring', 'Kestrel Tyres', 640],
    ]);
  });
});

describe('non-native orders and nouns of a cut, and a bare count let go in a background clause', () => {
  const cuts = (text: string) => extract(text, '2024-05-08').events();
  it('reads "make redundant 1,200 of its workers", "the lay off of 900 workers", "the cutting of 600 work places"', () => {
    expect(cuts('Kestrel Motors AG said it is going to make redundant 1,200 of its workers.')).toMatchObject([
      { org: 'Kestrel Motors', count: 1200 },
    ]);
    expect(cuts('Kestrel Motors AG will proceed with the lay off of 900 workers.')).toMatchObject([
      { org: 'Kestrel Motors', count: 900 },
    ]);
    expect(cuts('Kestrel Motors AG announced the cutting of 600 work places.')).toMatchObject([
      { org: 'Kestrel Motors', count: 600 },
    ]);
  });

  it('reads "after 800 were let go in 2022" as an earlier round', () => {
    expect(
      cuts('Kestrel Motors AG will cut 1,200 jobs. It is the second round of cuts after 800 were let go in 2022.'),
    ).toMatchObject([
      { org: 'Kestrel Motors', count: 1200 },
      { org: 'Kestrel Motors', count: 800, when: '2022' },
    ]);
  });
});

describe('a count given as a number of digits (German press)', () => {
  it('reads "a four-digit number of jobs" as a round with no count, never as four jobs', () => {
    expect(extract('Kestrel Motors AG plans to cut a four-digit number of jobs.', '2024-05-08').events()).toMatchObject(
      [{ org: 'Kestrel Motors', count: null, countText: 'a four-digit number' }],
    );
  });
});
