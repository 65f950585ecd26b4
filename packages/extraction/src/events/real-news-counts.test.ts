import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string) => extract(text, '2024-05-08').events();
const rounds = (text: string) => events(text).map((e) => [e.kind, e.count]);
/** Count and share of each round. */
const shares = (text: string) => events(text).map((e) => [e.count, e.percent]);
/** Count of each round and whether it is a running total. */
const totals = (text: string) => events(text).map((e) => [e.count, e.cumulative ?? false]);

describe('counts told the way wire and trade stories tell them', () => {
  it('reads "trim its engineering roles by 450": named jobs with a modifier, then the count', () => {
    expect(
      rounds('Kestra Air will trim its engineering roles by 450 over two years, the airline said on Friday.'),
    ).toEqual([['layoff', 450]]);
  });

  it('reads the American "ax"', () => {
    expect(rounds('Kestra Air will ax 900 cabin crew jobs, the airline said on Friday.')).toEqual([['layoff', 900]]);
  });

  it('works out the count of "bring its workforce from about 800 employees to some 500"', () => {
    expect(rounds('Vessla Pharma intends to reduce its Danish staff from about 800 employees to some 500.')).toEqual([
      ['layoff', 300],
    ]);
  });

  it('works out the count of "cut employment from 2,400 to 1,900" at a works', () => {
    expect(rounds('Norrvik Steel wants to cut employment from 2,400 to 1,900 at its coking works.')).toEqual([
      ['layoff', 500],
    ]);
  });

  it('keeps a planned "is to shed 2,500 jobs in 4 years" headline one round with its lede, no running total', () => {
    expect(
      totals(
        'Orsk is to shed 2,500 jobs in 4 years: report\n\nOrsk Corp. intends to eliminate some 2,500 jobs over ' +
          'the coming four years, a newspaper reported on Thursday.',
      ),
    ).toEqual([[2500, false]]);
  });

  it('still reads a past "cut 10,000 jobs in three years" as a running total', () => {
    expect(totals('Orsk Corp. has cut 10,000 jobs in three years, it said on Thursday.')).toEqual([[10000, true]]);
  });

  it('reads a future perfect "will have cut 9,000 jobs in just over three years" as a running total', () => {
    expect(totals('Orsk Corp. will have cut 9,000 jobs in just over three years.')).toEqual([[9000, true]]);
  });

  it('reads the share of "trim its staff by 3,000 employees or about 12%" (no comma before "or")', () => {
    expect(shares('Orsk Steel means to trim its staff by 3,000 employees or about 12%, it said on Monday.')).toEqual([
      [3000, 12],
    ]);
  });

  it('takes "a third of the group\'s present headcount of 9,000 people" as a headcount, not a round', () => {
    expect(
      shares(
        "Orsk Steel will cut 3,000 jobs, it said on Monday. The reductions come to 33% of the group's present " +
          'headcount of 9,000 people.',
      ),
    ).toEqual([[3000, 33]]);
  });

  it('gives a round no share of one management layer ("a fifth of the staff in senior management")', () => {
    expect(
      shares(
        'Kora Foods will cut 800 office jobs. About 20 percent of all staff in senior management lose their ' +
          'posts, the company said on Tuesday.',
      ),
    ).toEqual([[800, null]]);
  });

  it('reads "9% of its staff in Asia and about 1.5% of its whole workforce" as one round, no share-only round', () => {
    expect(
      shares(
        'Kora Motors said on Wednesday it will lay off 900 of its staff in Asia. The reductions equal some 9% of ' +
          "Kora's 10,000 staff in Asia and about 1.5% of its whole workforce of 60,000.",
      ),
    ).toEqual([[900, 9]]);
  });

  it('reads the share of "some 12,000 posts globally, i.e., about one in eight"', () => {
    expect(
      shares('Talven Motors said on Monday the plan would remove some 12,000 jobs globally, i.e., about one in eight.'),
    ).toEqual([[12000, 13]]);
  });
});

describe('rounds told without a figure', () => {
  const kinds = (text: string) => events(text).map((e) => [e.org, e.count]);

  it('reads "to axe refining jobs": one word naming the kind of work before the jobs', () => {
    expect(kinds('Norrvik Oil intends to axe refining jobs in Norway, the company said on Friday.')).toEqual([
      ['Norrvik Oil', null],
    ]);
  });

  it('reads early retirement offered without a scheme noun, as Japanese and Korean news tell it', () => {
    expect(
      kinds('Orsk Electric Corp. offers early retirement to engineers with 20 years of service, the company said.'),
    ).toEqual([['Orsk Electric', null]]);
  });
});
