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

  it('keeps a running total apart from the new round beside it', () => {
    expect(
      extract('Hallberg AG cut another 3,000 jobs on Monday, bringing the total to 27,000.', PUB).events(),
    ).toEqual([
      { kind: 'layoff', org: 'Hallberg', count: 3000, percent: null, when: '2024-05-06' },
      { kind: 'layoff', org: 'Hallberg', count: 27000, percent: null, when: null, cumulative: true },
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
