import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const brief = (text: string) =>
  extract(text, '2025-03-20')
    .events()
    .map((e) => [e.kind, e.org, e.count]);

describe("a country's or a trade's tally goes on in the sentences after it (round 38, ev30)", () => {
  const story = (tail: string) =>
    'Vessla Chemicals will shut its soda works in Orsk, the company said. ' +
    'Firms notified the labour office of 9,300 planned dismissals this quarter, official data show. ' +
    tail +
    ' Some 310 staff face redundancy once the Vessla Chemicals works shuts.';

  it('a figure naming no employer right after the tally is no round of the company in focus', () => {
    expect(brief(story('In March by itself, 4,100 staff were let go.'))).toEqual([
      ['layoff', 'Vessla Chemicals', 310],
      ['layoff', null, 9300],
      ['layoff', null, 4100],
    ]);
  });

  it('"A further N redundancies followed in September" after "N firms gave notice of N redundancies in all"', () => {
    expect(
      brief(
        'Norrvik Post will shed 900 staff from April, it said. ' +
          'In October, 14 firms gave the labour office notice of 2,915 redundancies in all. ' +
          'A further 760 redundancies followed in September.',
      ),
    ).toEqual([
      ['layoff', 'Norrvik Post', 900],
      ['layoff', null, 2915],
      ['layoff', null, 760],
    ]);
  });

  it('near miss: a company named between the tally and the figure keeps its round', () => {
    expect(brief(story('At Kestrel Glass Ltd, 450 workers will be let go by May.'))).toEqual([
      ['layoff', 'Vessla Chemicals', 310],
      ['layoff', null, 9300],
      ['layoff', 'Kestrel Glass', 450],
    ]);
    expect(
      brief(
        'Firms notified the labour office of 9,300 planned dismissals this quarter, official data show. ' +
          'Vessla Chemicals will shut its soda works in Orsk. ' +
          'Some 310 staff face redundancy.',
      ),
    ).toEqual([
      ['layoff', null, 9300],
      ['layoff', 'Vessla Chemicals', 310],
    ]);
  });
});

describe('a target date is no date of the round, with a quarter or an approximation in it (round 38, ev30)', () => {
  const rows = (text: string) =>
    extract(text, '2025-03-20')
      .events()
      .map((e) => [e.org, e.count, e.when]);

  it('"by the fourth quarter of 2026", "by the end of the third quarter of 2026": the day it was said', () => {
    expect(
      rows(
        'Kestrel Motors said on Tuesday it will close its Orsk plant by the fourth quarter of 2026, cutting 4,000 jobs.',
      ),
    ).toEqual([['Kestrel Motors', 4000, '2025-03-18']]);
    expect(
      rows(
        'Kestrel Motors said on Tuesday it will close its Orsk plant by the end of the third quarter of 2026, cutting 4,000 jobs.',
      ),
    ).toEqual([['Kestrel Motors', 4000, '2025-03-18']]);
  });

  it('"by around March 2026", "no later than June 2026": a target, not the round\'s month', () => {
    expect(
      rows('Kestrel Motors said on Tuesday it will close its Orsk plant by around March 2026, cutting 4,000 jobs.'),
    ).toEqual([['Kestrel Motors', 4000, '2025-03-18']]);
    expect(
      rows(
        'Kestrel Motors said on Tuesday it will shut its Orsk plant no later than June 2026, and 4,000 jobs will go.',
      ),
    ).toEqual([['Kestrel Motors', 4000, '2025-03-18']]);
  });

  it('near miss: a quarter or a month a round was carried out in dates it', () => {
    expect(rows('Kestrel Motors cut 4,000 jobs in the fourth quarter of 2024.')).toEqual([
      ['Kestrel Motors', 4000, '2024'],
    ]);
    expect(rows('Kestrel Motors cut about 4,000 jobs around March 2024.')).toEqual([
      ['Kestrel Motors', 4000, '2024-03'],
    ]);
  });
});

describe("one round told under a company's two names, its unit's and owner's (round 38, ev30)", () => {
  const rows = (text: string) =>
    extract(text, '2025-03-20')
      .events()
      .map((e) => [e.kind, e.org, e.count, e.when]);

  it("a dated announcement without a figure and the unit's count in the next sentence: one round of that day", () => {
    expect(
      rows(
        'Kestrel Motors will stop making cars in Orsk, the company announced on Thursday. ' +
          'Kestrel Motors Orsk will cut some 4,000 jobs as it winds down assembly at its two plants.',
      ),
    ).toEqual([['layoff', 'Kestrel Motors Orsk', 4000, '2025-03-20']]);
  });

  it("a magnitude whose clause names no one and the full name's count told right after: one round", () => {
    expect(
      rows(
        "One of Orsk's largest shoemakers will shed thousands of staff next month, state media said on Saturday. " +
          'Norrvik Footwear Orsk, a unit of Norrvik Footwear, told regulators it planned to dismiss nearly 5,000 staff.',
      ),
    ).toEqual([['layoff', 'Norrvik Footwear Orsk', 5000, '2025-03-15']]);
  });

  it("near miss: another company's count, or a magnitude its clause names, stays a round of its own", () => {
    expect(
      rows(
        'Kestrel Motors will stop making cars in Orsk, the company announced on Thursday. Vessla Parts will cut 400 jobs.',
      ),
    ).toEqual([
      ['restructuring', 'Kestrel Motors', null, '2025-03-20'],
      ['layoff', 'Vessla Parts', 400, null],
    ]);
    expect(
      rows(
        'Vessla Shoes will cut thousands of jobs, it said on Saturday. Norrvik Footwear will lay off almost 5,000 workers.',
      ),
    ).toEqual([
      ['layoff', 'Vessla Shoes', null, '2025-03-15'],
      ['layoff', 'Norrvik Footwear', 5000, null],
    ]);
  });
});

describe("a workers' union owns no round (round 38, ev30)", () => {
  it("a union that shuts a head office in protest, or reports a company's cuts, is no round's organization", () => {
    expect(
      brief(
        'The National Union of Kora Bank Employees (NUKBE) on Thursday shut the Vessla Bank head office in Orsk. ' +
          'Vessla Bank dismissed 700 workers last month.',
      ),
    ).toEqual([['layoff', 'Vessla Bank', 700]]);
    expect(
      brief(
        "The Kora Textile Workers' Union (Kortex) said on Monday that a garment maker in Orsk dismissed 96 staff on July 1.",
      ),
    ).toEqual([['layoff', null, 96]]);
  });

  it('near miss: "Union" inside a company\'s name, or ", the union said" after it, makes no union', () => {
    expect(brief('Vessla Union Bank will cut 300 jobs.')).toEqual([['layoff', 'Vessla Union Bank', 300]]);
    expect(brief('Up to nine print roles are set to go at Vessla Media, the union said.')).toEqual([
      ['layoff', 'Vessla Media', 9],
    ]);
  });
});
