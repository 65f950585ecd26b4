import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2025-03-12') => extract(text, pub).events();

describe('figures written in wordings of wire copy and press releases', () => {
  it('reads voluntary schemes offered to a number of staff, or taken by them', () => {
    expect(events('Norrvik Steel is offering voluntary redundancy to 1,200 employees.')).toEqual([
      { kind: 'layoff', org: 'Norrvik Steel', count: 1200, percent: null, when: null },
    ]);
    expect(events('Hallberg Bank said early retirement packages for up to 900 staff would be offered.')[0]?.count).toBe(
      900,
    );
    expect(
      events('Some 5,000 employees will leave Kestrel Telecom under an early retirement scheme.')[0],
    ).toMatchObject({ count: 5000 });
  });

  it('reads voluntary retirements a company asks for ("will solicit about 1,500 voluntary retirements")', () => {
    expect(events('Kestrel Cosmetics will solicit about 1,500 voluntary retirements at its domestic unit.')).toEqual([
      { kind: 'layoff', org: 'Kestrel Cosmetics', count: 1500, percent: null, when: null },
    ]);
    expect(events('Norrvik Electric said it would seek 800 early retirements.')[0]).toMatchObject({ count: 800 });
  });

  it('reads a figure with an intensifier before it ("a staggering 11,000", "a record 5,000")', () => {
    expect(events('Kestrel Steel is preparing to trim its workforce by a staggering 11,000 positions.')).toEqual([
      { kind: 'layoff', org: 'Kestrel Steel', count: 11000, percent: null, when: null },
    ]);
    expect(events('Norrvik Bank will cut a record 5,000 jobs.')[0]).toMatchObject({ count: 5000 });
  });

  it('reads job losses that "total" or "number" a figure', () => {
    expect(events('Norrvik Steel said job losses would total about 2,300.')[0]).toMatchObject({
      org: 'Norrvik Steel',
      count: 2300,
    });
    expect(events('Hallberg Group said the redundancies are expected to number around 450.')[0]?.count).toBe(450);
  });

  it('reads "cut jobs in X by N" and "cut jobs by N%": the jobs first, the figure after "by"', () => {
    expect(events('Norrvik Motors will slash jobs in its loss-making European division by 12,000.')).toEqual([
      { kind: 'layoff', org: 'Norrvik Motors', count: 12000, percent: null, when: null },
    ]);
    expect(events('Hallberg Bank will cut jobs by 12 per cent.')).toEqual([
      { kind: 'layoff', org: 'Hallberg Bank', count: null, percent: 12, when: null },
    ]);
  });

  it('reads "a 10% cut in its workforce" as a share, but not a cut in costs or pay for staff', () => {
    expect(events('Vella Air announced a 30% cut to its 17,000-strong management and support staff.')).toEqual([
      { kind: 'layoff', org: 'Vella Air', count: null, percent: 30, when: null },
    ]);
    expect(events('Hallberg Bank announced a 10% cut in its workforce.')[0]).toMatchObject({ percent: 10 });
    expect(events('Hallberg Bank reported a 10% cut in costs for its staff.')).toEqual([]);
    expect(events('Hallberg Bank announced a 5% cut in pay for its staff.')).toEqual([]);
    expect(events('Vella UK will see a 20% cut in management headcount.')).toEqual([]);
  });

  it('a total number of branches or stores is no running total of cuts', () => {
    expect(
      events(
        'Kestrel Bank is cutting 400 jobs and closing 79 branches, taking its total number of branches to less than 169.',
      ),
    ).toEqual([{ kind: 'layoff', org: 'Kestrel Bank', count: 400, percent: null, when: null }]);
  });

  it('reads thousands grouped by a plain space ("3 500 direct job losses"), as South African and European copy writes them', () => {
    expect(
      events('Hallberg Steel will shut its longs business, resulting in an estimated 3 500 direct job losses.'),
    ).toEqual([{ kind: 'layoff', org: 'Hallberg Steel', count: 3500, percent: null, when: null }]);
    expect(events('Kestrel Mining plans to cut 2 425 jobs.')[0]?.count).toBe(2425);
    expect(events('Kestrel Mining posted 3 losses in a row.')).toEqual([]);
  });

  it('a financial year ("in 2013-14") dates no round', () => {
    expect(events('Vella Air is to axe 300 staff to restore profitability in 2013-14.')[0]?.when).toBeNull();
  });

  it('keeps the count beside a share of a shrinking workforce', () => {
    expect(events("Kestrel Telecom's workforce will be cut by a fifth, or about 6,000 people.")).toEqual([
      { kind: 'layoff', org: 'Kestrel Telecom', count: 6000, percent: 20, when: null },
    ]);
  });

  it('never cuts a figure inside its digit groups', () => {
    // "12" of "12,000-strong" is no count of cut jobs.
    expect(events('Vessa Airlines will slash its 12,000-strong workforce by half.').map((e) => e.count)).not.toContain(
      12,
    );
  });

  it('dates a headline figure by the body before the day of publication', () => {
    const text =
      'Ayodele Cement sacks 600 workers\n\nLAGOS — Ayodele Cement Plc has laid off about 600 workers at its Ewekoro plant, the company confirmed on Friday.';
    expect(events(text, '2024-11-02')).toEqual([
      { kind: 'layoff', org: 'Ayodele Cement', count: 600, percent: null, when: '2024-11-01' },
    ]);
  });

  it('reads the count, not the size of the whole, in "9,000 of the group\'s 52,000 jobs"', () => {
    expect(
      events("Hallberg Engines said at least 9,000 of the group's 52,000 jobs are to go.", '2020-05-21').map(
        (e) => e.count,
      ),
    ).toEqual([9000]);
  });

  it('reads a round of a number of staff', () => {
    expect(
      events('Before the month was out came a second, larger round of 424 employees at Norrvik Learning.')[0],
    ).toMatchObject({ count: 424, org: 'Norrvik Learning' });
  });

  it('credits a sum across a sector to no company', () => {
    const text =
      'Kestrel Tutors Ltd cut 300 jobs. A tracker counted more than 10,000 layoffs across Indian edtech startups in 2022.';
    expect(events(text, '2023-01-10')).toContainEqual({
      kind: 'layoff',
      org: null,
      count: 10000,
      percent: null,
      when: '2022',
    });
  });

  it('reads "a 20% reduction (about 4,000 people) in its global workforce" as 4,000 and 20%', () => {
    expect(
      events(
        'On August 14, 2012, Tessel Telecom announced a 20% reduction (about 4,000 people) in its global workforce.',
      ),
    ).toEqual([{ kind: 'layoff', org: 'Tessel Telecom', count: 4000, percent: 20, when: '2012-08-14' }]);
  });

  it('reads "cut the equivalent of N jobs" as a cut of N', () => {
    expect(events('Kestrel Airways has unveiled plans to cut the equivalent of 1,700 cabin crew jobs.')).toEqual([
      { kind: 'layoff', org: 'Kestrel Airways', count: 1700, percent: null, when: null },
    ]);
  });

  it('credits a cut "across its group companies" to the company that speaks of them', () => {
    expect(
      events(
        'Vessla, the edtech startup, said on Thursday that 500 employees have been laid off across its group companies.',
      ),
    ).toEqual([{ kind: 'layoff', org: 'Vessla', count: 500, percent: null, when: '2025-03-06' }]);
  });
});

describe('dates said around the figure', () => {
  it('dates a round by the next sentence that sets out "the reduction" on a day', () => {
    const text =
      'Hallberg Engines plc has confirmed that 9,000 jobs are to go. The engine maker set out the reduction on Wednesday in a trading update.';
    expect(events(text, '2020-05-21')[0]).toMatchObject({ count: 9000, when: '2020-05-20' });
  });

  it('dates a round by an aside that an ordinal opens, in the year of the sentence before when the article is undated', () => {
    const text =
      'Norrvik Learning Pvt Ltd cut jobs in two rounds in May 2022. In the first, announced in the third week of May, Norrvik Learning let go of 200 employees, most of them contractual.';
    expect(extract(text).events()).toEqual([
      { kind: 'layoff', org: 'Norrvik Learning', count: 200, percent: null, when: '2022-05' },
    ]);
  });
});

describe('rounds that grow and rounds before', () => {
  it('reads jobs added to a round of cuts as cuts, and dates the new total by the step', () => {
    const text =
      'Kessler Automotive AG first announced 5,400 job cuts in November 2023, then in March 2024 added 1,750 positions in research, bringing the total to 7,150.';
    expect(events(text, '2024-06-01')).toEqual([
      { kind: 'layoff', org: 'Kessler Automotive', count: 5400, percent: null, when: '2023-11' },
      { kind: 'layoff', org: 'Kessler Automotive', count: 1750, percent: null, when: '2024-03' },
      { kind: 'layoff', org: 'Kessler Automotive', count: 7150, percent: null, when: '2024-03', cumulative: true },
    ]);
  });

  it('reads "the 1,500 jobs it removed last year" as an earlier round', () => {
    expect(
      events('Kestrel Motors said the 4,500 positions come on top of the 1,500 jobs it removed last year.'),
    ).toContainEqual({ kind: 'layoff', org: 'Kestrel Motors', count: 1500, percent: null, when: '2024' });
  });

  it('dates a round by the dateline, not by "this year" when the cuts fall, nor by a season it ends in', () => {
    expect(
      events('BONN, March 5 — Kessler Post AG will cut about 8,000 jobs this year.', '2025-03-05')[0],
    ).toMatchObject({ count: 8000, when: '2025-03-05' });
    expect(
      events(
        'TOULOUSE, July 1 — Norrvik Aero will eliminate about 15,000 jobs by the summer of next year, the planemaker said on Tuesday.',
        '2020-07-01',
      )[0],
    ).toMatchObject({ count: 15000, when: '2020-06-30' });
  });
});

describe('a surplus of jobs', () => {
  it('reads positions more than a company needs, and jobs too many, as jobs to go', () => {
    expect(
      events(
        'FRANKFURT — Kessler Airlines AG has about 22,000 more full-time positions than it will need after the crisis, the airline group said on Tuesday.',
        '2020-06-17',
      ),
    ).toEqual([{ kind: 'layoff', org: 'Kessler Airlines', count: 22000, percent: null, when: '2020-06-16' }]);
    expect(events('Kessler Airlines AG has 5,000 flight attendants too many.')[0]?.count).toBe(5000);
  });
});

describe('people a move could affect, and staff who will be leaving', () => {
  it('reads a closure "that could affect 4,095 people"', () => {
    expect(
      events(
        'Hallberg Mines Ltd has started consultations on the possible closure of four shafts, a move that could affect 4,095 people.',
      )[0],
    ).toMatchObject({ org: 'Hallberg Mines', count: 4095 });
  });

  it('reads staff "would be leaving", an aside with a figure between, but not staff leaving for a rival', () => {
    const text =
      "Norrvik Learning Pvt Ltd cut 200 jobs in May. Its founder wrote that 424 employees, about 7% of the company's 5,900 staff, would be leaving.";
    expect(events(text)).toContainEqual({
      kind: 'layoff',
      org: 'Norrvik Learning',
      count: 424,
      percent: 7,
      when: null,
    });
    expect(events('Norrvik Learning Pvt Ltd said 300 engineers would be leaving for a rival.')).toEqual([]);
  });
});
