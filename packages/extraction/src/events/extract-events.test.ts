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

describe('events: questions, weighed actions, dates and shares as news writes them', () => {
  it('reports nothing from a question', () => {
    expect(extract('Will Norrvik Cars cut more jobs under its new owners?', '2025-03-06').events()).toEqual([]);
  });

  it('skips actions only weighed ("whether to", "how to")', () => {
    const x = extract(
      'Dutch lender Hallberg Bank said it was weighing whether to close its Utrecht office, and is thinking about how to sell its insurance unit.',
      '2025-03-06',
    );
    expect(x.events()).toEqual([]);
  });

  it('skips actions others foresee ("may eventually need to separate")', () => {
    const text =
      'Kora Post Ltd will cut 10,000 jobs, it said on Thursday. Analysts at Norr Securities said the group may ' +
      'eventually need to separate Kora Post from its parcels arm, Vessa Parcels Ltd.';
    expect(
      extract(text, '2025-03-06')
        .events()
        .map((e) => [e.org, e.count]),
    ).toEqual([['Kora Post', 10000]]);
  });

  it('dates a round by a day-month date ("12 March") with the year of the publication', () => {
    const round = [{ kind: 'layoff', org: 'Hallberg Bank', count: 400, percent: null, when: '2025-03-12' }];
    expect(extract('Hallberg Bank cut 400 jobs on 12 March, the bank said.', '2025-04-06').events()).toEqual(round);
    expect(extract('On 12 March, Hallberg Bank cut 400 jobs.', '2025-04-06').events()).toEqual(round);
  });

  it('reads a sentence-opening date after a connective or a heading', () => {
    const round = [{ kind: 'layoff', org: 'Norrvik Cars', count: 900, percent: null, when: '2025-03' }];
    const pub = '2025-06-06';
    expect(extract('Separately, in March, Norrvik Cars cut 900 jobs at its Gothenburg plant.', pub).events()).toEqual(
      round,
    );
    expect(extract('Norrvik Cars: In March, the carmaker cut 900 jobs at its Gothenburg plant.', pub).events()).toEqual(
      round,
    );
  });

  it('gives a round its share in apposition and counts "persons"', () => {
    const memo = extract(
      'In a memo, the chief executive of Norrvik Cars said that about 800 positions, or roughly 3% of the workforce, would be eliminated.',
      '2025-06-06',
    );
    expect(memo.events()).toEqual([{ kind: 'layoff', org: 'Norrvik Cars', count: 800, percent: 3, when: null }]);
    const rail = extract(
      'Polish carrier Hallberg Rail will carry out group layoffs which can cover up to 20 per cent of its employees, that is up to 2,100 persons.',
      '2025-04-06',
    );
    expect(rail.events()).toEqual([{ kind: 'layoff', org: 'Hallberg Rail', count: 2100, percent: 20, when: null }]);
  });
  it('credits a sale in talks to the seller, not to the buyer named in the reported clause', () => {
    const x = extract(
      'Hallberg Group said it had entered exclusive negotiations with buyout firm Norrvik Partners for the sale of its consumer unit.',
      '2025-04-06',
    );
    expect(x.events()).toEqual([
      { kind: 'restructuring', org: 'Hallberg Group', count: null, percent: null, when: null },
    ]);
  });
  it('dates a round by a month in a year counted from the article ("in January this year")', () => {
    const x = extract(
      'Hallberg Bank said in January this year that it expected to eliminate 2,000 jobs.',
      '2024-12-02',
    );
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Hallberg Bank', count: 2000, percent: null, when: '2024-01' }]);
  });
  it('takes no subject from an opening adverbial ("Weeks after the X merger, the carmaker …")', () => {
    const x = extract(
      'Swedish truckmaker Norrvik Cars cut 300 jobs. Weeks after the Hallberg Group merger, the carmaker said it would cut 1,200 more jobs.',
      '2025-06-01',
    );
    expect(x.events().map((e) => [e.org, e.count])).toEqual([
      ['Norrvik Cars', 300],
      ['Norrvik Cars', 1200],
    ]);
  });
  it('keeps sales to two different buyers apart, each id naming its buyer', () => {
    const x = extract(
      'Hallberg Group, the Swedish telecoms group, said on 2 October 2024 it would sell its cable unit to Norrvik Telecom. Shortly before the Norrvik Telecom deal, the group agreed to sell its towers business to buyout firm Vessel Partners for $500m.',
      '2024-10-20',
    );
    expect(x.events().map((e) => [e.kind, e.org, e.when])).toEqual([
      ['restructuring', 'Hallberg Group', '2024-10-02'],
      ['restructuring', 'Hallberg Group', null],
    ]);
    expect(x.doc.events.map((e) => e.id)).toEqual([
      'event:restructuring-hallberg-group-unspecified-2024-10-02-with-norrvik-telecom',
      'event:restructuring-hallberg-group-unspecified-with-vessel-partners',
    ]);
  });
  it('reads no job count in money ("restructuring costs of about 1.5 billion crowns")', () => {
    const x = extract(
      'Norrvik Cars will eliminate about 3,000 positions. Norrvik Cars expects restructuring costs of about 1.5 billion crowns, to be booked in the second quarter.',
      '2025-05-26',
    );
    expect(x.events().map((e) => [e.kind, e.count])).toEqual([['layoff', 3000]]);
  });
  it('dates a restructuring by an opening date written without a comma, and reads exits from a line of banking', () => {
    const r = (when: string | null) => [
      { kind: 'restructuring', org: 'Hallberg Group', count: null, percent: null, when },
    ];
    expect(
      extract('In September 2023 Hallberg Group reorganised the bank into five businesses.', '2024-12-02').events(),
    ).toEqual(r('2023-09'));
    expect(extract('Hallberg Group will exit retail banking in Poland.', '2024-12-02').events()).toEqual(r(null));
  });
  it('dates a headline round the body never dates by the day the article speaks from', () => {
    const x = extract(
      'Norrvik Cars to cut 15% of its staff as demand slumps\n\nSTOCKHOLM, 4 March 2025 — Norrvik Cars reported a quarterly loss as demand for its electric models slumped.',
    );
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Norrvik Cars', count: null, percent: 15, when: '2025-03-04' }]);
  });
});
