import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2025-03-12') => extract(text, pub).events();

describe('jobs named as threatened, eliminated or put at a figure (wordings of industrial and regional copy)', () => {
  it('reads workers who "face unemployment" or jobs "threatened" by a closure as the closure’s cut', () => {
    expect(
      events(
        'Hallberg Steel will shut its two furnaces in Liege. Unions estimated that 500 jobs were threatened by the decision.',
      ),
    ).toEqual([{ kind: 'layoff', org: 'Hallberg Steel', count: 500, percent: null, when: null }]);
    expect(
      events(
        'Kestrel Gold Ltd said last week it would liquidate its two mines. As a result, 6,513 workers face unemployment.',
      ),
    ).toEqual([{ kind: 'layoff', org: 'Kestrel Gold', count: 6513, percent: null, when: null }]);
    expect(
      events('Norrvik Mining said 1,200 miners are facing retrenchment at its Rustenburg shafts.')[0],
    ).toMatchObject({
      org: 'Norrvik Mining',
      count: 1200,
    });
  });

  it('does not read a threat to do something, or a faced problem, as jobs threatened', () => {
    expect(events('Hallberg Steel said 500 workers threatened to strike over pay.')).toEqual([]);
    expect(events('Hallberg Steel said its 500 engineers face a heavy workload this winter.')).toEqual([]);
  });

  it('reads "the elimination of N positions" and "disengaged N staff"', () => {
    expect(
      events('Kestrel Pharma will end two research programmes, resulting in the elimination of 300 positions.'),
    ).toEqual([{ kind: 'layoff', org: 'Kestrel Pharma', count: 300, percent: null, when: null }]);
    expect(
      events(
        'Kestrel Pharma runs a savings drive. The effort includes the elimination of about 2,200 jobs by the end of 2024.',
      ),
    ).toEqual([{ kind: 'layoff', org: 'Kestrel Pharma', count: 2200, percent: null, when: null }]);
    expect(events('Norrvik Telecom recently disengaged 280 long-serving staff as part of a restructuring.')).toEqual([
      { kind: 'layoff', org: 'Norrvik Telecom', count: 280, percent: null, when: null },
    ]);
  });

  it('reads a cut told as a share of the whole ("9,000 of its total of 134,000 jobs") by its first figure', () => {
    expect(events('Norrvik Motors announced the loss of 9,000 of its total of 134,000 jobs worldwide.')).toEqual([
      { kind: 'layoff', org: 'Norrvik Motors', count: 9000, percent: null, when: null },
    ]);
  });

  it('reads a plan whose size is "put at" a figure, and a later round that "affected" a number of staff', () => {
    expect(
      events(
        'Hallberg Motors announced a savings plan in November 2023, then in February 2024 put the reduction at 7,150 jobs.',
      ),
    ).toEqual([{ kind: 'layoff', org: 'Hallberg Motors', count: 7150, percent: null, when: '2024-02' }]);
    expect(events('Hallberg Motors put the number of job cuts at about 4,000.')[0]?.count).toBe(4000);
    expect(events('Hallberg Motors put the cost of the cuts at 400 million euros.')).toEqual([]);
    expect(
      events(
        'Kestrel Learning cut 2,500 jobs in October 2022. Another round in early 2023 affected around 1,000 employees.',
      ),
    ).toEqual([
      { kind: 'layoff', org: 'Kestrel Learning', count: 2500, percent: null, when: '2022-10' },
      { kind: 'layoff', org: 'Kestrel Learning', count: 1000, percent: null, when: '2023' },
    ]);
  });
});

describe('jobs put at risk with the places they are in', () => {
  it('reads "putting about 2,400 jobs at its factories in Vessa and Kora at risk" as the round', () => {
    expect(
      events(
        'Marlo Motors will stop building cars in Vessland by 2027, putting about 2,400 jobs at its factories in ' +
          'Vessa and Kora at risk.',
      ).map((e) => [e.org, e.count]),
    ).toEqual([['Marlo Motors', 2400]]);
  });
});
