import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string, published = '2024-05-08') =>
  extract(text, published)
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => ({ org: e.org, count: e.count, percent: e.percent, when: e.when }));

describe('the share of a round, wherever the text tells it', () => {
  it('joins the count told as the means of reaching it ("by at least 15% by furloughing 2,596 workers")', () => {
    expect(
      rounds(
        'Vantoro Air is trying to reduce its workforce by at least 15% by furloughing 2,596 workers in the last ' +
          'quarter of 2020.',
        '2020-10-09',
      ),
    ).toEqual([{ org: 'Vantoro Air', count: 2596, percent: 15, when: '2020' }]);
  });

  it('is read after the count with "close to" and a target date behind it', () => {
    expect(
      rounds(
        'Hallberg Group has announced plans to reduce its global workforce by around 1,700 roles, close to 18% by ' +
          'the end of its 2027 financial year, as part of a cost-saving plan.',
      ),
    ).toEqual([{ org: 'Hallberg Group', count: 1700, percent: 18, when: null }]);
  });

  it('told far later for "the job cuts announced Tuesday" is the share of that day\'s whole round, not of its part', () => {
    const events = rounds(
      'Norrvik Appliances will cut almost 1,700 jobs and take a charge of 1.6 billion crowns, it said on Tuesday. ' +
        'The redundancies will affect about 875 office jobs. The shares rose 0.9% in Stockholm. Norrvik now aims ' +
        'to save a total of 3.5 billion crowns through cost cuts. Steel prices have risen and tariffs weigh on ' +
        "costs. The job cuts announced Tuesday represent about 3% of the company's global staff.",
      '2019-09-10',
    );
    expect(events[0]).toEqual({ org: 'Norrvik Appliances', count: 1700, percent: 3, when: '2019-09-10' });
    expect(events.find((e) => e.count === 875)?.percent ?? null).toBeNull();
  });

  it("is the share of the lede's round even when only the part is dated in its own sentence", () => {
    const events = rounds(
      'Norrvik Appliances\n\nNorrvik Appliances will cut almost 1,700 jobs to reduce spending. The redundancies ' +
        'will affect about 875 office jobs, the company said in a statement on Tuesday. The shares rose 0.9%. ' +
        'Norrvik now aims to save 3.5 billion crowns. Steel prices have risen. The job cuts announced Tuesday ' +
        "represent about 3% of the company's global staff.",
      '2019-09-10',
    );
    expect(events.find((e) => e.count === 1700)?.percent).toBe(3);
    expect(events.find((e) => e.count === 875)?.percent ?? null).toBeNull();
  });

  it('is read of staff named by two joined words ("10% of its sales and administrative staff"), not of managers', () => {
    const told = (staff: string) =>
      rounds(
        `Norrvik Rail will cut 1,500 jobs, it said on Wednesday. The jobs, about 10% of its ${staff}, will be cut ` +
          'across the group.',
        '2023-11-16',
      )[0]?.percent ?? null;
    expect(told('sales and administrative staff')).toBe(10);
    expect(told('management and support staff')).toBeNull();
  });

  it('told before its count belongs to the company when "Plans to cut …" opens the next sentence', () => {
    expect(
      rounds(
        'Vessla Telecom announced it will lay off 3 per cent of its total workforce, with most of the losses in ' +
          'its home market. Plans to cut 850 jobs from its headcount were revealed with its earnings update.',
      ),
    ).toEqual([{ org: 'Vessla Telecom', count: 850, percent: 3, when: null }]);
  });

  it('a headline company before "to cut" still is one ("Boots"-like plural names)', () => {
    expect(rounds('Kestrels to cut 4,000 jobs, it said on Monday.')[0]?.org).toBe('Kestrels');
  });
});
