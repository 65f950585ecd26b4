import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2024-11-13') => extract(text, pub).events();

describe('round-ups of several companies’ cuts: each figure stays with the company its clause names', () => {
  const text = [
    'Hallberg Motors employs 54,000 workers in Sweden.',
    'On Tuesday, the Belgian tyre maker Vessa announced the closure of two plants, resulting in the loss of 1,250 jobs.',
    'Two days later, Norrvik Motors announced the loss of 9,000 of its 134,000 jobs worldwide.',
    'On the same day, the media reported the loss of at least 4,500 jobs at Hallberg Motors.',
  ].join(' ');

  it('a date opening the sentence does not make the company after it an apposition', () => {
    expect(events(text)).toContainEqual(expect.objectContaining({ org: 'Vessa', count: 1250 }));
  });

  it('a figure told as "the loss of N jobs" with its own company does not join another company’s closures', () => {
    expect(events(text)).toContainEqual(expect.objectContaining({ org: 'Norrvik Motors', count: 9000 }));
    expect(
      events(text)
        .filter((e) => e.org === 'Vessa')
        .map((e) => e.count),
    ).toEqual([1250]);
    expect(events(text)).toContainEqual(expect.objectContaining({ org: 'Hallberg Motors', count: 4500 }));
  });

  it('a count with a company of its own does not fill another company’s closures told without a figure', () => {
    const closures = [
      'Hallberg Motors employs 54,000 workers in Sweden.',
      'Vessa announced the closure of two plants in Belgium on Tuesday.',
      'Two days later, Norrvik Motors announced the loss of 9,000 of its 134,000 jobs worldwide.',
    ].join(' ');
    expect(events(closures).map((e) => [e.kind, e.org, e.count])).toEqual([
      ['restructuring', 'Vessa', null],
      ['layoff', 'Norrvik Motors', 9000],
    ]);
  });

  it('"…, and its dismissal of 2,000 employees": the possessive continues the clause before and is its subject’s', () => {
    const text = [
      'Last week, Mevio (MEVI3), a payments platform, announced the layoff of 59 people, or 6% of its staff.',
      'Also in retail, Tarrow (TARR3), the owner of a store chain, announced the closure of a factory in Fortaleza, and its dismissal of 2,000 employees.',
    ].join(' ');
    expect(events(text).map((e) => [e.org, e.count])).toEqual([
      ['Mevio', 59],
      ['Tarrow', 2000],
    ]);
  });

  it('still reads an apposition after a company as an aside', () => {
    expect(
      events('Vessa, the Belgian tyre maker that owns four plants, will cut 1,250 jobs, the company said.')[0],
    ).toMatchObject({ org: 'Vessa', count: 1250 });
  });
});

describe('peers told in a closing round-up', () => {
  const rows = (text: string) =>
    extract(text, '2024-09-04')
      .events()
      .map((e) => [e.org, e.count]);

  it('credits "with Norrvik Steel alone cutting 1,500" to Norrvik Steel', () => {
    expect(
      rows('Across the industry, about 10,000 jobs have gone this year, with Norrvik Steel alone cutting 1,500.'),
    ).toContainEqual(['Norrvik Steel', 1500]);
  });

  it('gives a figure two peers announced "together" to no company', () => {
    expect(
      rows(
        'Harlow Steel will cut 2,000 jobs, it said on Tuesday. It follows similar moves by Norrvik Steel and Tarvo ' +
          'Metals, which together announced 3,000 job cuts in the spring.',
      ),
    ).toEqual([['Harlow Steel', 2000]]);
  });
});
