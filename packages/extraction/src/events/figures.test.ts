import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const PUB = '2024-05-08';
const first = (text: string, pub = PUB) => extract(text, pub).events()[0];

describe('event figures as news writes them', () => {
  it('attaches a share in apposition to the round it belongs to', () => {
    expect(
      first('Hallberg AG said on Tuesday it would cut 3,000 jobs, around 15% of its workforce, as demand slumps.'),
    ).toEqual({ kind: 'layoff', org: 'Hallberg', count: 3000, percent: 15, when: '2024-05-07' });
  });

  it('reads the new total of a raised target ("by 13,000 to 22,000")', () => {
    expect(first('Hallberg AG raised its planned job cuts by 13,000 to 22,000 on Wednesday.')).toMatchObject({
      count: 22000,
      when: '2024-05-08',
    });
  });

  it('takes the lower end of a range and the figure after "up to" / "nearly"', () => {
    expect(first('Hallberg AG plans to reduce its workforce by between 9,000 and 10,000 positions.')?.count).toBe(9000);
    expect(first('Vessla Motors plans to shed nearly 8,000 positions.')?.count).toBe(8000);
    expect(first('Norrvik Group will cut up to 4,000 jobs.')?.count).toBe(4000);
  });

  it('reads numbers in words and in regional styles', () => {
    const x = extract(
      'Tata Kora Ltd will lay off 1.2 lakh employees. Kora Bank Ltd plans to cut 2.500 jobs. Norrvik Group will cut two thousand jobs.',
    );
    expect(x.events().map((e) => [e.org, e.count])).toEqual([
      ['Tata Kora', 120000],
      ['Kora Bank', 2500],
      ['Norrvik Group', 2000],
    ]);
  });

  it('reads shares in words and never takes the size of a workforce for the cut', () => {
    expect(first('Vessla Motors will eliminate a quarter of its workforce.')).toMatchObject({
      count: null,
      percent: 25,
    });
    expect(first('Norrvik Group plans to axe one in five jobs at its Swedish operations.')).toMatchObject({
      count: null,
      percent: 20,
    });
    expect(first("Up to 10 per cent of Hallberg AG's 40,000 staff could lose their jobs.")).toMatchObject({
      org: 'Hallberg',
      count: null,
      percent: 10,
    });
    expect(first("Norrvik Group's workforce will shrink by a third to about 6,000.")).toMatchObject({
      count: null,
      percent: 33,
    });
  });

  it('keeps a running total apart from the new round beside it, dated by the step that brought it there', () => {
    expect(
      extract('Hallberg AG cut another 3,000 jobs on Monday, bringing the total to 27,000.', PUB).events(),
    ).toEqual([
      { kind: 'layoff', org: 'Hallberg', count: 3000, percent: null, when: '2024-05-06' },
      { kind: 'layoff', org: 'Hallberg', count: 27000, percent: null, when: '2024-05-06', cumulative: true },
    ]);
  });

  it('reads passive and intransitive cuts ("jobs will go", "made redundant", "lose their jobs")', () => {
    expect(first('About 1,500 jobs will go at Hallberg AG under the plan.')).toMatchObject({
      org: 'Hallberg',
      count: 1500,
    });
    expect(first('Norrvik Group said 1,200 roles would be made redundant.')?.count).toBe(1200);
    expect(first('At Vessla Motors, 900 workers will lose their jobs.')?.count).toBe(900);
    expect(
      first('The cuts, first reported by a local newspaper, will affect 800 staff at Vessla Motors.'),
    ).toMatchObject({ org: 'Vessla Motors', count: 800 });
  });

  it('does not date an event by a target date or an aside, but by the announcement', () => {
    expect(
      first('Vessla Motors will cut 2,000 jobs in Germany by the end of 2025, the company said on Monday.')?.when,
    ).toBe('2024-05-06');
    expect(first('Norrvik Group will cut up to 4,000 jobs by 2026.')?.when).toBeNull();
    expect(
      first('In July 2019, Vessla Motors Inc. said it would cut 12,500 jobs and reduce capacity by March 2023.')?.when,
    ).toBe('2019-07');
    expect(
      first('Hallberg AG said its trucks arm, renamed Hallberg Trucks in 2016, would cut 700 jobs.', PUB)?.when,
    ).toBeNull();
  });

  it('merges mentions of one round written with coarser dates or another kind', () => {
    const x = extract(
      'Hallberg AG cuts 8,500 jobs\n\nHallberg AG said on 3 November 2023 that a restructuring would remove 8,500 positions. At least 8,500 jobs will be cut in 2023.',
    );
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Hallberg', count: 8500, percent: null, when: '2023-11-03' }]);
  });
});

describe('rounds and their parts', () => {
  it('reads a breakdown of a round as part of it, not as new rounds', () => {
    const x = extract(
      'Hallberg AG will cut 6,900 jobs worldwide. About 760 more jobs will go in its motors division. The company will also cut about 640 jobs at its Leeds site. Just over 1,100 jobs are to go elsewhere in Europe.',
    );
    expect(x.events().map((e) => e.count)).toEqual([6900]);
  });

  it('keeps an earlier, dated round apart ("Last June, … eliminated 1,300")', () => {
    const x = extract(
      'Hallberg AG will cut 4,800 jobs. Last June, Hallberg AG eliminated 1,300 positions, including 6% of jobs at Hallberg Media.',
      '2024-02-08',
    );
    expect(x.events().map((e) => [e.count, e.percent, e.when])).toEqual([
      [4800, null, null],
      [1300, null, '2023-06'],
    ]);
  });

  it('gives a headline figure and a bullet without a subject the organization of the same figure', () => {
    const x = extract(
      "Kora's 10,000 Job Cuts Explained\n\nKora Holdings Inc. announced on May 9, 2025 that it will cut about 10,000 jobs.\n\n  • About 10,000 jobs to go, some 4% of the workforce.",
    );
    expect(x.events()).toEqual([
      { kind: 'layoff', org: 'Kora Holdings', count: 10000, percent: 4, when: '2025-05-09' },
    ]);
  });

  it('reads "the dismissals represent 4.5%" as the share of the round just reported, dated by its "said on"', () => {
    expect(
      extract(
        'Vessla Motors Inc. has dismissed about 900 employees. The company said on Thursday that the dismissals represent about 4.5% of its workforce in Brazil.',
        '2020-09-04',
      ).events(),
    ).toEqual([{ kind: 'layoff', org: 'Vessla Motors', count: 900, percent: 4.5, when: '2020-09-03' }]);
  });
});

describe('more figures as news writes them', () => {
  it('reads jobs put at risk', () => {
    expect(
      first('Hallberg Steel Ltd will wind down its long steel business, putting about 3,500 jobs at risk.'),
    ).toMatchObject({ org: 'Hallberg Steel', count: 3500 });
  });

  it('reads "That is roughly 9% of …" and "… of Vessla Motors’ white-collar workforce" as the share of the round', () => {
    expect(
      extract(
        'Hallberg AG will cut 10,000 jobs. That is roughly 9% of the 110,000 people it employed in January.',
      ).events(),
    ).toEqual([{ kind: 'layoff', org: 'Hallberg', count: 10000, percent: 9, when: null }]);
    expect(
      extract(
        "Vessla Motors Inc. will cut 3,000 jobs. The reduction corresponds to roughly 15% of Vessla Motors' workforce.",
      ).events()[0]?.percent,
    ).toBe(15);
  });

  it('dates "in September of that year" by the year named before, and keeps "since" in another clause out', () => {
    expect(
      first(
        'That contrasts with 2020, when Hallberg AG laid off 28,000 workers in September of that year.',
        '2023-02-09',
      )?.when,
    ).toBe('2020-09');
    expect(
      first(
        'Hallberg AG will shed about 6,000 jobs, with its new chief declaring at his first press conference since taking over that it was bankrupt.',
      ),
    ).toMatchObject({ count: 6000, when: null });
  });
});

describe('voluntary schemes and delistings', () => {
  it('counts people who left under a voluntary scheme and keeps "the dismissals" with the dismissals', () => {
    const x = extract(
      'Vessla Motors Inc. has dismissed about 900 employees, on top of 1,600 who left under a voluntary redundancy scheme. The company said that the dismissals represent about 4.5% of its workforce.',
    );
    expect(x.events().map((e) => [e.count, e.percent])).toEqual([
      [900, 4.5],
      [1600, null],
    ]);
  });

  it('reads a delisting as a restructuring', () => {
    expect(
      extract(
        'Once the deal closes, Hallberg AG will be wholly owned by its parent and its shares will be delisted.',
      ).events(),
    ).toMatchObject([{ kind: 'restructuring', org: 'Hallberg', count: null }]);
  });
});
