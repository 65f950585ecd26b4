import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) => extract(text, '2024-09-04').events();

describe('a headline that tells the lede round without its count', () => {
  it('joins "thousands of jobs" to the count the lede gives', () => {
    expect(
      rounds('Banco Tarvo to shed thousands of jobs\n\nBanco Tarvo will cut 4,000 jobs in Spain, it said on Tuesday.'),
    ).toMatchObject([{ org: 'Banco Tarvo', count: 4000 }]);
  });

  it('joins a share to the count the lede gives, and lends it the share', () => {
    expect(
      rounds(
        'Banco Tarvo to cut 10% of workforce\n\nBanco Tarvo will cut 4,000 jobs, it said on Tuesday. The bank ' +
          'employs 40,000 people.',
      ),
    ).toMatchObject([{ org: 'Banco Tarvo', count: 4000, percent: 10 }]);
  });

  it('keeps a vague figure the count does not fit apart', () => {
    expect(
      rounds('Banco Tarvo to shed hundreds of jobs\n\nBanco Tarvo will cut 4,000 jobs in Spain, it said on Tuesday.'),
    ).toHaveLength(2);
  });
});

describe('a headline with a vague figure over a count told further down', () => {
  it("joins the organization's only counted round when the count fits", () => {
    expect(
      rounds(
        'Hallberg Bank restructuring puts hundreds of jobs at risk\n\nHallberg Bank is restructuring its retail unit. ' +
          'The union was told last week. Some executives left in June. union official Jane Roe said the talks had begun. ' +
          'Talks are at an early stage, with 640 jobs at risk, Roe said.',
      ),
    ).toMatchObject([{ org: 'Hallberg Bank', count: 640 }]);
  });

  it('passes over a round dated apart', () => {
    expect(
      rounds(
        'Hallberg Bank restructuring puts hundreds of jobs at risk\n\nHallberg Bank is restructuring its retail unit. ' +
          'The union was told last week. Some executives left in June. union official Jane Roe said the talks had begun. ' +
          'Talks are at an early stage, with 640 jobs at risk, Roe said. In 2019 Hallberg Bank cut 300 jobs.',
      ),
    ).toMatchObject([
      { org: 'Hallberg Bank', count: 640 },
      { org: 'Hallberg Bank', count: 300, when: '2019' },
    ]);
  });
});

describe('a headline round naming no company', () => {
  it("is the lede's organization's, not the company named most", () => {
    const text =
      'Unions sign deal on 3,572 exits\n\nBanco Tarvo and the unions signed on Wednesday an agreement for the exit ' +
      'of 3,572 workers. Rival Norrvik Bank has no such plan. Norrvik Bank grew its profit. Norrvik Bank opened branches.';
    expect(rounds(text).map((e) => [e.org, e.count])).toEqual([['Banco Tarvo', 3572]]);
  });
});
