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

describe('closing a division, unit or arm', () => {
  it('reads "is to close its … division" and "will shut down its … arm" as a restructuring', () => {
    for (const [text, org] of [
      [
        'Kestrel Media is to close its Leeds-based Digital Archive Services division, the company said.',
        'Kestrel Media',
      ],
      ['Kestrel Bank will shut down its consumer lending arm next year.', 'Kestrel Bank'],
    ] as const)
      expect(
        extract(text)
          .events()
          .map((e) => `${e.kind} ${e.org}`),
      ).toEqual([`restructuring ${org}`]);
  });

  it('near miss: closing the purchase of a unit closes no unit', () => {
    expect(cuts('Kestrel Bank closed its acquisition of the Norrvik unit on Friday.')).toEqual([]);
  });
});

describe('a company told as once spun off from another', () => {
  it('near miss of the spin-off rule: "a maker that was spun off from Kestrel" is background, no event', () => {
    expect(cuts('Norrvik Chips, a memory maker that was spun off from Kestrel Electric, said sales rose.')).toEqual([]);
  });

  it('still reads the company that spins a unit off', () => {
    expect(extract('Kestrel Electric will spin off its memory chip unit next year.').events()).toEqual([
      { kind: 'restructuring', org: 'Kestrel Electric', count: null, percent: null, when: null },
    ]);
  });
});

describe('jobs "now" at risk', () => {
  it('reads "Some 32 jobs are now at risk" after the closure as the round', () => {
    expect(
      cuts('Kestrel Media is to close its archive division. Some 32 jobs are now at risk.').map((e) => e.count),
    ).toEqual([32]);
  });

  it('near miss: jobs "no longer at risk" are no round', () => {
    expect(
      cuts('Kestrel Media is to close its archive division. The 32 jobs are no longer at risk.').map((e) => e.count),
    ).toEqual([null]);
  });
});

describe('a spin-off told with its time and no object', () => {
  it('near miss: "the affiliates that will be spun off in May 2021 include …" adds no date to the round told on Thursday', () => {
    expect(
      cuts(
        'Kestrel Group announced on Thursday it would spin off five affiliates into a new holding company. ' +
          'The affiliates that will be spun off in May 2021 include Norrvik Chemicals and Hallberg Trading.',
      ),
    ).toEqual([{ count: null, percent: null, when: null }]);
  });

  it('still reads a spin-off whose object comes before its time', () => {
    expect(cuts('Kestrel Group said it spun off its chemicals unit in May 2021.')).toEqual([
      { count: null, percent: null, when: '2021-05' },
    ]);
  });
});
