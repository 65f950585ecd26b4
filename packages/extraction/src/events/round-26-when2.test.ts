import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cuts = (text: string, publishedAt?: string) => extract(text, publishedAt).cuts();

describe('a date stamp line between the headline and the lede', () => {
  it("dates the headline's move by the lede's day, one event", () => {
    for (const stamp of ['November 7, 2019', 'By Jane Roe | November 7, 2019'])
      expect(
        cuts(
          `Kestrel to split into three\n${stamp}\n\nKestrel Holdings said on Tuesday it would split into three companies.`,
        ),
      ).toEqual([{ count: null, percent: null, when: '2019-11-05' }]);
  });

  it("near miss: a lede that tells no day leaves the stamp's day", () => {
    expect(
      cuts(
        'Kestrel to split into three\nNovember 7, 2019\n\nKestrel Holdings said it would split into three companies.',
      ),
    ).toEqual([{ count: null, percent: null, when: '2019-11-07' }]);
  });
});

describe("a headline's move told again a few sentences down with its day", () => {
  it('joins the dated move rather than taking the day of the article', () => {
    expect(
      cuts(
        'Kestrel to split into three\n\nThe move follows a long review. Kestrel Holdings said on Tuesday it would split into three companies.',
        '2019-11-07',
      ),
    ).toEqual([{ count: null, percent: null, when: '2019-11-05' }]);
  });

  it('near miss: a move dated only by an earlier year is background, the headline keeps the day', () => {
    expect(
      cuts(
        'Kestrel to split into three\n\nKestrel Holdings said it would split into three companies. In 2017 it sold its chemicals arm.',
        '2019-11-07',
      ).map((e) => e.when),
    ).toEqual(['2019-11-07', '2017']);
  });
});

describe('a date stamp with a clock time after a bar or "at"', () => {
  it('reads the stamp as the day the article speaks from', () => {
    for (const stamp of [
      'March 3, 2024 | 10:15 AM',
      'By Jane Roe | 3 March 2024 | 10:15 AM IST',
      'Updated: Mar 3, 2024, 10:15 AM IST',
      'March 3, 2024 at 4:30 pm',
    ])
      expect(
        cuts(`Kestrel cuts jobs\n${stamp}\nKestrel Holdings said on Friday it would cut 500 jobs.`).map((e) => e.when),
      ).toEqual(['2024-03-01']);
  });

  it('near miss: words after the time make the line no stamp, so "on Friday" stays unresolved', () => {
    expect(
      cuts(
        'Kestrel cuts jobs\n\nMarch 3, 2024 | 10:15 AM briefing\n\nKestrel Holdings said on Friday it would cut 500 jobs.',
      ).map((e) => e.when),
    ).not.toEqual(['2024-03-01']);
  });
});
