import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cuts = (text: string, publishedAt?: string) => extract(text, publishedAt).cuts();

describe('the share of a round told apart from its count', () => {
  it("a union's membership and a share of the personnel budget are no share of the round", () => {
    expect(
      cuts(
        'Kora Oil will cut 3,114 tenured positions, approximately 28% of its operational personnel budget for the year.\n\n' +
          'The cuts could also provoke tensions with the influential unions, which represent more than 80% of its roughly 130,000 employees.',
      ),
    ).toEqual([{ count: 3114, percent: null, when: null }]);
  });

  it('reads a share of the "labour force", its headcount written "4,000-plus"', () => {
    expect(
      cuts(
        'Close to 600 workers will lose their jobs as Kora Airways embarks on a recovery plan.\n\n' +
          'The move will see the national carrier shed off ten per cent of its 4,000-plus labour force across its departments.',
      ),
    ).toEqual([{ count: 600, percent: 10, when: null }]);
  });

  it('reads the bare count after a share ("12% of the total employees, totalling 380,")', () => {
    expect(
      cuts(
        'In an internal email to employees, Kora Learning CEO Jane Roe said that 12% of the total employees, totalling 380, will be hit by the current layoffs.',
      ),
    ).toEqual([{ count: 380, percent: 12, when: null }]);
  });

  it('reads "The measure may affect a maximum of N workers, a third of the workforce"', () => {
    expect(
      cuts(
        'Kora Telecom filed a collective dismissal plan. The measure may affect a maximum of 5,124 workers in Spain, a third of the workforce of the subsidiaries affected.',
      ),
    ).toEqual([{ count: 5124, percent: 33, when: null }]);
  });

  it('joins "The workers, representing nearly a tenth of the workforce" to the round just told', () => {
    expect(
      cuts(
        'Kestrel Air will terminate contracts with 700 workers next month, its chief executive said.\n\n' +
          "The workers, representing nearly a tenth of the airline's workforce, are among about 800 put on unpaid leave.",
      ),
    ).toEqual([{ count: 700, percent: 10, when: null }]);
  });

  it('a share of the people the cut takes ("97 per cent of the retrenched workers") is no share of the workforce', () => {
    expect(
      cuts(
        'Orsk Bank Plc has sacked 400 workers in a mass retrenchment. Investigations showed that 97 per cent of the retrenched workers were former staff of Vessla Trust Bank Ltd.',
      ),
    ).toEqual([{ count: 400, percent: null, when: null }]);
  });

  it('reads "a 10th of the workforce", an ordinal in digits, as the share of the round it restates', () => {
    expect(
      cuts(
        'Norrvik Brewing plans to cut 6 000 jobs as its trade with bars suffers.\n\n' +
          'The staff reductions, which amount to almost a 10th of the workforce, are part of a savings target, the brewer said.',
      ),
    ).toEqual([{ count: 6000, percent: 10, when: null }]);
  });

  it('joins a share told the sentence before a dated count of the same company', () => {
    expect(
      cuts(
        'Norrvik Pharma Co. plans to eliminate about 9 percent of its workforce over the next four years. ' +
          'Norrvik will cut 2,800 jobs, mainly in Europe, the Osaka-based company said Wednesday.',
        '2012-01-20',
      ),
    ).toEqual([{ count: 2800, percent: 9, when: '2012-01-18' }]);
  });

  it('keeps a share dated on another day apart', () => {
    expect(
      cuts(
        'In March 2010 Norrvik Pharma Co. cut about 9 percent of its workforce. Norrvik will cut 2,800 jobs, ' +
          'the company said Wednesday.',
        '2012-01-20',
      ),
    ).toHaveLength(2);
  });

  it('reads "X said that this would affect around 10% of its workforce" as the share of the round', () => {
    expect(
      cuts(
        'Kestrel Motors said on Friday it would cut 15,000 jobs worldwide. The company is aiming to find 2 ' +
          'billion euros in savings. Kestrel said that this would affect around 10% of its workforce.',
      ),
    ).toEqual([{ count: 15000, percent: 10, when: null }]);
  });

  it('reads "work force" written as two words', () => {
    expect(
      cuts('Kora Telecom plans to cut more than 2,000 jobs, around 3 per cent of its work force, the company said.'),
    ).toEqual([{ count: 2000, percent: 3, when: null }]);
  });

  it('gives "The job losses amount to …" to the one round of the last sentences, however many lie between', () => {
    const text =
      'Vessla Chemicals said on Thursday it would eliminate around 6,000 positions worldwide. Roughly half of the ' +
      'reductions will fall in Sweden, the group said. The cuts will come mainly from service units. The ' +
      'programme aims to deliver savings of 2 billion euros. Vessla said it would rely on natural attrition. ' +
      'The job losses amount to around 5 percent of the workforce.';
    expect(cuts(text, '2019-06-27')).toEqual([{ count: 6000, percent: 5, when: '2019-06-27' }]);
  });

  it('gives it to no round when two rounds with counts were told', () => {
    const text =
      'Vessla Chemicals said on Thursday it would eliminate around 6,000 positions worldwide. In 2015 Vessla cut ' +
      '1,500 jobs. The programme aims to deliver savings of 2 billion euros. Vessla said it would rely on ' +
      'natural attrition. The union said it would fight. The job losses amount to around 5 percent of the workforce.';
    expect(cuts(text, '2019-06-27').filter((e) => e.count !== null)).toEqual([
      { count: 6000, percent: null, when: '2019-06-27' },
      { count: 1500, percent: null, when: '2015' },
    ]);
  });

  it('gives "We estimate the 2,000 roles equal a little under 7% of the staff of 28,000" to that round', () => {
    expect(
      cuts(
        'Hallberg Corp. will cut about 2,000 roles, split evenly between Japan and overseas. The cuts are the ' +
          "deepest in a decade. We estimate the 2,000 roles equal a little under 7% of the group's staff of " +
          'roughly 28,000.',
      ),
    ).toEqual([{ count: 2000, percent: 7, when: null }]);
  });

  it('gives a share beside the count of a redundancy procedure to it', () => {
    expect(
      cuts(
        'Kora Telecom closed an agreement with the unions for an ERE that will affect a maximum of 1,000 ' +
          'workers, around 23% of the staff.',
      ).map((e) => e.percent),
    ).toEqual([23]);
  });
});

describe('the date an undated article speaks from', () => {
  it("reads a wire's time stamp line", () => {
    expect(
      cuts(
        'Thu Jul 12, 2012 7:55am EDT\n\nPARIS (Wire) - Norrvik Cars will cut 8,000 jobs, the company said on Thursday.',
      ),
    ).toEqual([{ count: 8000, percent: null, when: '2012-07-12' }]);
  });

  it('reads a byline that ends with the date after a comma', () => {
    expect(
      cuts('By Jane Roe, August 1, 2019\n\nKora Telecom has cut 575 jobs. It cut 500 jobs last year.').map(
        (e) => e.when,
      ),
    ).toEqual(['2019-08-01', '2018']);
  });

  it('reads a posting line with an ordinal day and a clock time', () => {
    expect(
      cuts(
        'Posted in Business, 21st November 2012 07:01 GMT\n\nReports emerged in September that Norrvik Electric ' +
          'was set to slash 11,000 jobs worldwide.',
      ),
    ).toEqual([{ count: 11000, percent: null, when: '2012-09' }]);
  });

  it('reads a publishing stamp with a weekday, alone or in brackets after the outlet', () => {
    const body =
      '\n\nNorrvik Cars plans to cut more than 2,000 jobs in France next year, Kora Radio reported on Monday.';
    for (const stamp of [
      'Published Monday, Oct. 17, 2016',
      'PARIS - Wire (Published Monday, Oct. 17, 2016 6:37AM EDT)',
    ])
      expect(cuts(stamp + body).map((e) => e.when)).toEqual(['2016-10-17']);
  });

  it('takes a headline\'s "X to cut … in 2017" written the year before as a target, not the date', () => {
    expect(
      cuts(
        'Norrvik Cars to cut more than 2,000 jobs in France in 2017\n\nNorrvik Cars plans to cut more than ' +
          '2,000 jobs in France next year, Kora Radio reported on Monday.',
        '2016-10-17',
      ).map((e) => e.when),
    ).toEqual(['2016-10-17']);
  });

  it('dates "in that year" / "in the same year" by the year named last', () => {
    expect(
      cuts(
        'Kora Telecom has cut 575 jobs. Kora had about 1,600 employees as at 2015. But a layoff affecting 500 ' +
          'workers in that year shrank the staff further.',
      ).map((e) => [e.count, e.when]),
    ).toEqual([
      [575, null],
      [500, '2015'],
    ]);
  });

  it('takes no year for a bare month from the end of a financial year', () => {
    expect(
      cuts(
        'Norrvik Electric, which predicted losses for the year ending March 2013, has been looking to offload ' +
          'staff. Reports emerged in September that Norrvik was set to slash 11,000 jobs worldwide.',
      ),
    ).toEqual([{ count: 11000, percent: null, when: null }]);
  });
});
