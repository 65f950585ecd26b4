import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cuts = (text: string, publishedAt?: string) => extract(text, publishedAt).cuts();

describe('the day a round was told, from a sentence that opens with it', () => {
  it('dates a round by "In a statement on Monday, the company said …" just after it', () => {
    expect(
      cuts(
        'Halden Steel plans to cut up to 2,000 jobs across its mills abroad, the company said, as demand slumps. ' +
          'In a statement on Monday, the company said most of the cuts would fall on office staff.',
        '2021-03-10',
      ),
    ).toEqual([{ count: 2000, percent: null, when: '2021-03-08' }]);
  });

  it('dates a figure inside a quote by the "On Monday, X said:" that opens the quote', () => {
    expect(
      cuts(
        'Vessla Air is in trouble. On Monday, its acting chief Jane Roe said: "No decision has been taken yet. ' +
          'We expect that about 600 employees may be affected."',
        '2021-03-10',
      ),
    ).toEqual([{ count: 600, percent: null, when: '2021-03-08' }]);
  });

  it('does not date by an opening day that tells no news', () => {
    expect(
      cuts(
        'Halden Steel plans to cut up to 2,000 jobs across its mills abroad, the company said. ' +
          'On Monday, workers at the Tarn mill went on strike.',
        '2021-03-10',
      ),
    ).toEqual([{ count: 2000, percent: null, when: null }]);
  });
});

describe('the day of a main clause, for a figure in its participle clause', () => {
  it('dates "X on Tuesday idled a plant …, temporarily laying off 6,000 workers" by Tuesday', () => {
    expect(
      cuts(
        'Norrvik Motors on Tuesday idled a plant in Tarnby that builds its vans, temporarily laying off 6,000 workers.',
        '2019-10-02',
      ),
    ).toEqual([{ count: 6000, percent: null, when: '2019-10-01' }]);
  });

  it('dates an opening year across a relative clause the same way', () => {
    expect(
      cuts('In 2015, Norrvik Motors closed a plant in Tarnby, which it had run for decades, laying off 600 workers.'),
    ).toEqual([{ count: 600, percent: null, when: '2015' }]);
  });
});

describe('a month that a clause looks ahead to', () => {
  it('never dates a closure "at the end of September" told in June', () => {
    expect(
      cuts(
        'Norrvik Breweries announced yesterday it would stop brewing in the Tarn valley at the end of September, ' +
          'with the loss of 70 jobs.',
        '2019-06-28',
      ),
    ).toEqual([{ count: 70, percent: null, when: '2019-06-27' }]);
  });

  it('still dates a past month told with no future verb', () => {
    expect(cuts('In September, Norrvik Breweries cut 70 jobs.', '2019-06-28')).toEqual([
      { count: 70, percent: null, when: '2018-09' },
    ]);
  });

  it('keeps the month and year a clause looks ahead to as the date of a round in an undated article', () => {
    expect(cuts('Quillvane Robotics will cut 1,200 jobs in March 2026, the company said in a statement.')).toEqual([
      { count: 1200, percent: null, when: '2026-03' },
    ]);
  });
});

describe('shares told beside a count', () => {
  it('gives ", reducing its workforce by about 8.5 percent" to the count just before it', () => {
    expect(
      cuts(
        'Kora Telecom has accepted 1,184 applications for voluntary redundancy, reducing its workforce by about ' +
          '8.5 percent. Talks with unions to eliminate 6,000 jobs by July had failed.',
        '2016-04-04',
      ),
    ).toContainEqual({ count: 1184, percent: 8.5, when: null });
  });

  it('counts "N workers who will lose their jobs"', () => {
    expect(
      cuts('Hallberg will pay 70 workers who will lose their jobs when it closes a brewery in North Vale.').map(
        (e) => e.count,
      ),
    ).toEqual([70]);
  });

  it('counts applications for voluntary severance that were accepted', () => {
    expect(
      cuts('Nearly 2,400 applications for voluntary severance packages have been accepted by Kora Telecom.').map(
        (e) => e.count,
      ),
    ).toEqual([2400]);
  });

  it('gives a share worked out with "therefore" to the round just told', () => {
    expect(
      cuts(
        'Kora Telecom has accepted 2,400 applications for voluntary severance. It employed 18,400 staff last ' +
          "year. Kora Telecom's workforce will therefore shrink by 13%.",
      ),
    ).toEqual([{ count: 2400, percent: 13, when: null }]);
  });

  it('reads "increasing the total number of job cuts … to" as a running total with its share', () => {
    expect(
      cuts(
        'Norrvik Cars will cut an additional 10,000 jobs, increasing the total number of job cuts, including ' +
          'those announced before, to almost 20,000, or 15 per cent of its workforce.',
        '2025-05-12',
      ),
    ).toEqual([
      { count: 10000, percent: null, when: null },
      { count: 20000, percent: 15, when: null, cumulative: true },
    ]);
  });
});

describe('what a plan leaves out', () => {
  it('never gives a round to a unit listed after "excluding"', () => {
    const x = extract(
      "Kora Airways faces a fight with its unions. The reorganisation of all the airline's units, excluding " +
        'low-cost carrier Vessla Air, Tarn Catering and the Kora Technical unit, could result in 944 of its 5,149 ' +
        'employees being fired, Kora Airways said late on Monday.',
      '2019-11-12',
    );
    expect(x.doc.events.map((e) => [e.id, e.when])).toEqual([
      ['event:layoff-kora-airways-944-2019-11-11', '2019-11-11'],
    ]);
  });

  it('still reads the subject after an opening "Excluding one-off items,"', () => {
    expect(cuts('Excluding one-off items, Vessla Air will cut 944 jobs.').map((e) => e.count)).toEqual([944]);
  });
});
