import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('events', () => {
  it('reads a count, a share in the next sentence and no date', () => {
    const x = extract(
      'Amazon is cutting 14,000 corporate jobs. The cuts represent about 4 percent of its corporate workforce.',
    );
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Amazon', count: 14000, percent: 4, when: null }]);
  });

  it('splits two rounds in one sentence and carries the year to a bare month', () => {
    const x = extract(
      'This isn’t Amazon’s first rodeo. The company eliminated 18,000 jobs in January 2023, then cut another 9,000 in March.',
    );
    expect(x.events()).toEqual([
      { kind: 'layoff', org: 'Amazon', count: 18000, percent: null, when: '2023-01' },
      { kind: 'layoff', org: 'Amazon', count: 9000, percent: null, when: '2023-03' },
    ]);
  });

  it('keeps vague counts as countText and marks running totals', () => {
    const x = extract(
      'Amazon is planning to cut thousands more corporate jobs next week, extending a campaign that has already eliminated over 27,000 positions since early 2023.',
    );
    expect(x.events()).toEqual([
      { kind: 'layoff', org: 'Amazon', count: null, percent: null, when: null, countText: 'thousands more' },
      { kind: 'layoff', org: 'Amazon', count: 27000, percent: null, when: '2023', cumulative: true },
    ]);
  });

  it('joins a share and a count in apposition and dates it by "said on"', () => {
    const x = extract(
      'Intel plans to cut more than 15% of its workforce, or roughly 15,000 jobs, as it tries to save money next year, it said on Thursday.',
      '2024-08-01',
    );
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Intel', count: 15000, percent: 15, when: '2024-08-01' }]);
  });

  it('gives generic subjects no organization and skips hypotheticals and idioms', () => {
    expect(extract('The tech sector has shed over 400,000 jobs since 2022.').events()).toEqual([
      { kind: 'layoff', org: null, count: 400000, percent: null, when: '2022', cumulative: true },
    ]);
    expect(extract('If even AWS is trimming staff, something is wrong.').events()).toEqual([]);
    expect(extract('Amazon opted for a death by a thousand cuts strategy.').events()).toEqual([]);
  });

  it('lets "the cuts affect hundreds" refine an announced round instead of adding one', () => {
    const x = extract(
      'Kestrel Freight has announced a round of job cuts. While Kestrel Freight has not disclosed numbers, sources estimate the cuts affect hundreds of positions.',
    );
    expect(x.events()).toEqual([
      { kind: 'layoff', org: 'Kestrel Freight', count: null, percent: null, when: null, countText: 'hundreds' },
    ]);
  });

  it('reads hiring, earnings, investment and restructuring', () => {
    expect(extract('Amazon will hire 150,000 seasonal workers.').events()[0]).toMatchObject({
      kind: 'hiring',
      count: 150000,
    });
    expect(extract('Amazon reported net sales increased 13% to $167.7 billion.').events()[0]).toMatchObject({
      kind: 'earnings',
      percent: 13,
    });
    expect(extract('Microsoft will invest $10 billion in OpenAI.').events()[0]).toMatchObject({
      kind: 'investment',
      org: 'Microsoft',
      countText: '$10 billion',
    });
    expect(
      extract(
        'Norrvik Systems said it would restructure, in a program that will affect about 8,000 positions.',
      ).events()[0],
    ).toMatchObject({ kind: 'restructuring', org: 'Norrvik Systems', count: 8000 });
  });

  it('gives each organization of "Meta cut 21,000. Google eliminated 12,000." its own event with a stable id', () => {
    const x = extract('Meta cut 21,000. Google eliminated 12,000.');
    expect(x.doc.events.map((e) => e.id)).toEqual(['event:layoff-meta-21000', 'event:layoff-google-12000']);
  });

  it('does not take workforce sizes or money for job cuts', () => {
    expect(
      extract('Amazon employs more than 1.5 million people. Engineers were paid $300,000 a year.').events(),
    ).toEqual([]);
  });
  it('gives an "X owner" / "parent of X" subject to the parent company', () => {
    const x = extract(
      'Hallberg Group owns Norrvik Foods and Kestrel Drinks, which it bought in 2019. Last year the Norrvik Foods and Kestrel Drinks owner laid off 11,000 workers.',
    );
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Hallberg Group', count: 11000, percent: null, when: null }]);
    const y = extract(
      'Hallberg Group reported results. Tovik Media, a subsidiary of Hallberg Group, grew. The parent of Tovik Media cut 12,000 jobs.',
    );
    expect(y.events()[0]!.org).toBe('Hallberg Group');
  });
});
