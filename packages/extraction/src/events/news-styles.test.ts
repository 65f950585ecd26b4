import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const PUB = '2024-05-08';
const rounds = (text: string, pub = PUB) => extract(text, pub).events();

describe('figures and rounds as news from many countries writes them', () => {
  it('reads thousands grouped by a plain space ("1 700"), as South African and French papers write them', () => {
    expect(
      rounds(
        'Kora Mining Ltd said the closure of its Delmas shaft would result in the retrenchment of about 1 700 employees.',
      ),
    ).toMatchObject([{ org: 'Kora Mining', count: 1700 }]);
    expect(rounds('Norrvik Group will cut 12 500 jobs, it said.')).toMatchObject([{ count: 12500 }]);
    // A year before a count is no thousands group, nor a count of its own.
    expect(rounds('In 2019 450 workers at Norrvik Group were laid off.')).toMatchObject([
      { org: 'Norrvik Group', count: 450, when: '2019' },
    ]);
  });

  it('reads layoff warnings and notices handed to workers', () => {
    expect(rounds('Vessla Steel has issued layoff warnings to 1,000 employees at its Marlow mill.')).toMatchObject([
      { org: 'Vessla Steel', count: 1000 },
    ]);
  });

  it('reads a dismissal of workers told with an adverb before the participle, dated by "Already in September"', () => {
    expect(
      rounds(
        'Vessla Steel idled a furnace. Already in September, 400 employees had been temporarily laid off.',
        '2023-12-13',
      ),
    ).toMatchObject([{ org: 'Vessla Steel', count: 400, when: '2023-09' }]);
  });

  it('never takes the staff a share is cut from for the cut ("cut its 17,000 … staff by 30% — about 5,100 jobs")', () => {
    expect(
      rounds('Vessla Air plans to cut its 17,000 management and support staff by 30% — about 5,100 jobs.'),
    ).toMatchObject([{ org: 'Vessla Air', count: 5100, percent: 30 }]);
    expect(rounds('Norrvik Air said it will cut up to one-third of its 15,000 employees.')).toMatchObject([
      { org: 'Norrvik Air', count: null, percent: 33 },
    ]);
  });

  it('reads a bare share after the count as its share ("400 roles (12%)"), one round with the share told alone', () => {
    expect(
      rounds(
        'Kora Bank said the plan will lead to a net reduction of 12% of its roles. It expects a net reduction of approximately 400 roles (12%) across the bank.',
      ),
    ).toMatchObject([{ org: 'Kora Bank', count: 400, percent: 12 }]);
    expect(rounds('Kora Bank will cut 900 jobs, or 6%.')).toMatchObject([{ count: 900, percent: 6 }]);
  });

  it('reads job cuts named after a group of staff ("1,000 cabin crew job cuts")', () => {
    expect(rounds('Vessla Air told staff that up to 1,000 cabin crew job cuts are expected.')).toMatchObject([
      { org: 'Vessla Air', count: 1000 },
    ]);
  });

  it('credits no round to the company in focus when an untyped name acts ("reveals that Vantix, …, terminated")', () => {
    expect(
      rounds(
        'Kora Mobile Ltd cut 300 jobs in March. Data from a tracker reveals that Vantix, struggling with debt, terminated 2,500 employees this year.',
      ),
    ).toMatchObject([{ org: 'Kora Mobile', count: 300 }]);
    expect(
      rounds(
        'Kora Mobile Ltd cut 300 jobs in March. The deepest cuts came at the Indiana Star, which is reportedly cutting 62 jobs.',
      ),
    ).toMatchObject([{ org: 'Kora Mobile', count: 300 }]);
  });

  it('counts no posts nobody holds ("eliminating 19 unfilled positions")', () => {
    expect(rounds('Kora Mobile Ltd is cutting 62 jobs and eliminating 19 unfilled positions.')).toMatchObject([
      { org: 'Kora Mobile', count: 62 },
    ]);
  });

  it('dates the round of the clause after a dash, not the round before it', () => {
    expect(
      rounds(
        'Vessla Media Ltd will cut 47 posts, a blow for a paper used to cuts - in 2009, Vessla Media cut 70 newsroom positions.',
      ).map((e) => [e.count, e.when]),
    ).toEqual([
      [47, null],
      [70, '2009'],
    ]);
  });

  it('reads pink slips handed to workers and the jobs a restructuring targets (not new jobs it targets)', () => {
    expect(rounds('Vessla Motors AB handed out pink slips to 100 workers.')).toMatchObject([
      { org: 'Vessla Motors', count: 100 },
    ]);
    expect(rounds('Vessla Motors AB said the restructuring is targeting about 960 jobs.')).toMatchObject([
      { org: 'Vessla Motors', count: 960 },
    ]);
    expect(rounds('Vessla Motors AB is targeting 500 new jobs in its expansion plan.')).toEqual([]);
  });

  it('reads "15 pct" (wire style), a workforce written "4 679", "having been retrenched", and a month to come', () => {
    expect(
      rounds(
        'Kora Motor Co. also plans to shed 20,000 jobs, or 15 pct of its global workforce, and will offer early retirement starting in July.',
      ),
    ).toMatchObject([{ org: 'Kora Motor', count: 20000, percent: 15, when: null }]);
    expect(
      rounds(
        'Kora Mobile Ltd said about 403 permanent employees may be affected, about 7% of its 4 679 permanent employees.',
      ),
    ).toMatchObject([{ count: 403, percent: 7 }]);
    expect(
      rounds('Kora Mobile Ltd has 6,196 employees, with 138 employees having been retrenched in 2013.'),
    ).toMatchObject([{ org: 'Kora Mobile', count: 138, when: '2013' }]);
  });

  it('gives the count told next without its company to the round just told with a share alone', () => {
    expect(
      rounds(
        'Kora Bank AG is closing 340 branches and slashing one-third of its staff. About 10,000 job cuts are planned.',
      ),
    ).toMatchObject([{ org: 'Kora Bank', count: 10000, percent: 33 }]);
  });

  it('credits the company that lays off, not a site named like a company after "at"', () => {
    expect(
      rounds(
        'Vessla Steel Corp. has shut two furnaces. This week the company announced plans to lay off 300 workers at Marlow Steel Works Ltd for a period of time.',
      ),
    ).toMatchObject([{ org: 'Vessla Steel', count: 300 }]);
  });

  it('gives no company the act of a person who opens a clause after "and"', () => {
    expect(
      rounds(
        'Vessla Air Ltd has laid off 400 cabin crew for two months and Sir John Marlow is considering a sale of Kora Airways Ltd if he cannot raise finance.',
      ),
    ).toMatchObject([{ org: 'Vessla Air', count: 400 }]);
  });

  it('reads shares in words beyond a tenth\'s family ("one seventh", "two-fifths", "an eighth")', () => {
    expect(rounds('Vessla Motors AB will cut one seventh of its workforce.')).toMatchObject([{ percent: 14 }]);
    expect(rounds('Vessla Motors AB will cut two-fifths of its staff.')).toMatchObject([{ percent: 40 }]);
    expect(rounds('Vessla Motors AB will cut an eighth of its staff.')).toMatchObject([{ percent: 12.5 }]);
  });

  it('dates a round by the day of the note or statement that opens its sentence', () => {
    expect(
      rounds(
        'In a note to shareholders on May 2, Kora Gold Ltd said the shaft would close, resulting in the retrenchment of about 1,700 employees.',
      ),
    ).toMatchObject([{ org: 'Kora Gold', count: 1700, when: '2024-05-02' }]);
  });
});
