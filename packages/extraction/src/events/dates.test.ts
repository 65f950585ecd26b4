import { describe, expect, it } from 'vitest';
import { findDates, findReferenceDate, resolveRelative } from './dates.js';

const values = (t: string, pub: string | null = null) => findDates(t, 0, t.length, pub).map((d) => d.value);

describe('findDates', () => {
  it('marks each year of a list to come as a target, as after "in"', () => {
    const targets = (t: string) =>
      findDates(t, 0, t.length, '2024-09-04').map((d) => [d.value, d.deadline === true] as const);
    expect(targets('Harlow Mills will cut 2,000 jobs in 2025 and 2026.')).toEqual([
      ['2025', true],
      ['2026', true],
    ]);
    expect(targets('Harlow Mills will reorganise into four divisions from January 2025.')).toEqual([
      ['2025-01', false],
    ]);
  });

  it('normalises absolute dates', () => {
    expect(values('It cut 18,000 jobs in January 2023.')).toEqual(['2023-01']);
    expect(values('On January 18, 2023 it said so.')).toEqual(['2023-01-18']);
    expect(values('Filed 2024-08-14.')).toEqual(['2024-08-14']);
    expect(values('since 2022 and in 2023')).toEqual(['2022', '2023']);
  });

  it('gives a bare month the year of an earlier month-and-year in the sentence, else of the publication date', () => {
    expect(values('18,000 in January 2023, then 9,000 in March.')).toEqual(['2023-01', '2023-03']);
    expect(values('Red Hat, bought in 2019, cut staff in April.', '2023-05-02')).toEqual(['2019', '2023-04']);
    expect(values('They cut staff in November.', '2023-05-02')).toEqual(['2022-11']);
    expect(values('They cut staff in April.')).toEqual([null]);
  });

  it('reads a weekday written before its date as part of that date, not as a second, relative one', () => {
    expect(values('On Tuesday, November 5, Vessa announced the closure of two plants.', '2024-11-13')).toEqual([
      '2024-11-05',
    ]);
    expect(values('It said on Tuesday, Nov. 5, 2024, that it would cut jobs.', '2024-11-13')).toEqual(['2024-11-05']);
    expect(values('It said on Tuesday that it would cut jobs.', '2024-11-13')).toEqual(['2024-11-12']);
  });

  it('resolves relative dates only with a publication date', () => {
    expect(values('next week')).toEqual([null]);
    expect(values('it said on Wednesday', '2022-11-09')).toEqual(['2022-11-09']);
    expect(values('it said on Tuesday', '2024-01-24')).toEqual(['2024-01-23']);
    expect(resolveRelative('last year', '2024-03-01')).toBe('2023');
    expect(resolveRelative('earlier this year', '2024-03-01')).toBe('2024');
    expect(resolveRelative('last month', '2024-01-15')).toBe('2023-12');
  });

  it('marks "since" dates and does not read counts as years', () => {
    expect(findDates('since early 2023', 0, 16, null)[0]).toMatchObject({ value: '2023', since: true });
    expect(values('cut 2,000 jobs')).toEqual([]);
  });

  it('finds the first complete date of a text', () => {
    expect(findReferenceDate('In February it cut jobs. The filing, dated August 14, 2024, said so.')).toBe(
      '2024-08-14',
    );
  });

  it('finds a day-first complete date as the reference too ("on 6 November 2024", "Thursday (18/8/2022)")', () => {
    expect(findReferenceDate('Tarvo Labs set out its plan on 6 November 2024. In April it cut 300 jobs.')).toBe(
      '2024-11-06',
    );
    expect(findReferenceDate('The startup confirmed on Thursday (18/8/2022) that it had cut staff.')).toBe(
      '2022-08-18',
    );
  });

  it('reads a numeric date day first, unless the second number cannot be a month', () => {
    expect(values('on 03/11/2022 the bank said')).toEqual(['2022-11-03']);
    expect(values('on 8/18/2022 the bank said')).toEqual(['2022-08-18']);
    expect(values('a ratio of 3/4/2022 units')).toEqual(['2022-04-03']);
    expect(values('version 1.3/4/2022')).toEqual([]);
  });

  it('places a month in the year that "this/last year" names and reads "the last week of" as no relative date', () => {
    expect(values('In January this year, the finance chief said so.', '2024-12-02')).toEqual(['2024-01']);
    expect(values('Hallberg cut 300 jobs in March last year.', '2024-12-02')).toEqual(['2023-03']);
    expect(values('on 3 March of last year', '2025-01-10')).toEqual(['2024-03-03']);
    expect(values('in the last week of September 2023', '2024-12-02')).toEqual(['2023-09']);
    expect(values('in January this year')).toEqual([null]);
  });
});
