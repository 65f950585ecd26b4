import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) => extract(text, '2024-06-12').events();

describe('sales of a unit told with an appositive or a share', () => {
  it('reads "agreed to sell <Name>, its … business, to <buyer>" as a sale', () => {
    expect(
      rounds(
        'Marlow Telecom Ltd has agreed to sell Skyrise, its towers and masts business, to a group of pension funds.',
      ),
    ).toMatchObject([{ kind: 'restructuring', org: 'Marlow Telecom', count: null }]);
  });

  it('reads "agreed to sell 22% of <Name> to <buyer>" as a sale', () => {
    expect(
      rounds(
        'Kestrel Media Plc cut 300 jobs in May. In June Kestrel Media agreed to sell 22% of Northbook to Tarvo Verlag.',
      ),
    ).toMatchObject([
      { kind: 'layoff', org: 'Kestrel Media', count: 300 },
      { kind: 'restructuring', org: 'Kestrel Media', count: null, when: '2024-06' },
    ]);
  });

  it('reads no sale from selling products named after a comma', () => {
    expect(rounds('Marlow Telecom Ltd sells Skyrise, its own brand of phones.')).toEqual([]);
  });

  it('credits the seller named after "after", dated by a date set off by commas', () => {
    expect(
      rounds(
        'Shares in Norrvik Freight A/S rose on Monday after Tarvo Rail AG agreed on Friday, June 7, to sell its logistics arm Tarvo Cargo to the Danish group.',
      ),
    ).toMatchObject([{ kind: 'restructuring', org: 'Tarvo Rail', when: '2024-06-07' }]);
  });
});

describe('a state body dealing in a company it owns', () => {
  it('is no restructuring: "the Ministry of Finance sold part of its holding to a state fund"', () => {
    const text =
      'Corvala Airways will cut 2,000 jobs, the carrier said on Tuesday. The airline stopped being a state ' +
      'enterprise in May, when the Ministry of Finance sold part of its holding to the state-run Orrin Fund.';
    expect(rounds(text).map((e) => [e.org, e.count])).toEqual([['Corvala Airways', 2000]]);
  });
});

describe('a company an action made', () => {
  it('is never the actor: "It spun off its drugs business as Vessamed in 2014 and sold … to Tarvo Brands in 2017"', () => {
    const text =
      'Kora Foods has pruned its portfolio before. It spun off its prescription drugs business as Vessamed in 2014 ' +
      'and sold its food business to Tarvo Brands in 2017.';
    expect(rounds(text).map((e) => [e.org, e.when])).toEqual([
      ['Kora Foods', '2014'],
      ['Kora Foods', '2017'],
    ]);
  });
});
