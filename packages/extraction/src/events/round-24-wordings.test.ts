import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => ({ org: e.org, count: e.count }));

describe('a sum before its currency is no headcount', () => {
  it('"Rs 1000 crore" offered to staff is money, not ten billion jobs', () => {
    expect(
      rounds(
        'State-run operator Kestrel Telecom Ltd plans to offer a voluntary retirement scheme worth Rs 1000 crore to ' +
          'its employees in order to cut staff cost.',
      ),
    ).toEqual([{ org: 'Kestrel Telecom', count: null }]);
    expect(rounds('Kestrel Telecom Ltd will pay €1,000 to its employees to cut staff cost.')).toEqual([
      { org: 'Kestrel Telecom', count: null },
    ]);
  });

  it('near miss: a headcount in the same sentence as a sum is still the round', () => {
    expect(
      rounds('Kestrel Telecom Ltd will spend Rs 500 crore to cut staff cost and 1,200 employees will be laid off.'),
    ).toEqual([{ org: 'Kestrel Telecom', count: 1200 }]);
  });
});

describe('"N out of its M employees"', () => {
  it('the first figure is the count, the second the whole', () => {
    expect(rounds('Kestrel Air has sacked 22 out of its 26 Nigerian employees.')).toEqual([
      { org: 'Kestrel Air', count: 22 },
    ]);
  });

  it('near miss: "out of its 26 stores" counts no jobs', () => {
    expect(rounds('Kestrel Air has closed 22 out of its 26 stores.')).toEqual([{ org: 'Kestrel Air', count: null }]);
  });
});

describe('an outlet that "reported the news" is no employer', () => {
  it('the figure it reports is the round of the company in focus', () => {
    expect(
      rounds(
        'Norrvik Pharma said on Wednesday it was shutting two plants in Brazil. Kora Daily reported the news on ' +
          'Tuesday, saying over 1,700 employees would be affected by the closure of the two factories.',
      ),
    ).toEqual([{ org: 'Norrvik Pharma', count: 1700 }]);
  });

  it('near miss: a company that "reported the loss" still owns its round', () => {
    expect(
      rounds(
        'Norrvik Pharma said on Wednesday it was shutting two plants in Brazil. Kestrel Holdings reported the loss ' +
          'on Tuesday, saying over 1,700 employees would be affected by the closure of the two factories.',
      ),
    ).toContainEqual({ org: 'Kestrel Holdings', count: 1700 });
  });
});

describe('a broadcaster or paper as the employer', () => {
  it('"The KNB has confirmed plans to axe 650 jobs": an acronym after "the" that plans cuts is the employer', () => {
    expect(rounds('The KNB has confirmed plans to axe 650 jobs.')).toEqual([{ org: 'KNB', count: 650 }]);
  });

  it('"Meanwhile at the KNB, 415 jobs are to be axed": the round is the KNB\'s, not the company before', () => {
    expect(rounds('Kora Media will cut 300 jobs. Meanwhile at the KNB, 415 jobs are to be axed.')).toEqual([
      { org: 'Kora Media', count: 300 },
      { org: 'KNB', count: 415 },
    ]);
    expect(rounds('At Vandor Post, 120 jobs will be cut.')).toEqual([{ org: 'Vandor Post', count: 120 }]);
  });

  it('near miss: a place opening the sentence is where the cut falls, never a company', () => {
    expect(rounds('Kora Media will cut 300 jobs. Meanwhile at Leeds, 415 jobs are to be axed.')).toEqual([
      { org: 'Kora Media', count: 300 },
      { org: 'Kora Media', count: 415 },
    ]);
  });
});

describe('two estimates of one round', () => {
  it("a larger approximate figure credited to someone else folds into the company's floor", () => {
    expect(
      rounds(
        'Kestrel Steel will cut at least 1,500 jobs at its plants in Norway, the company said on Monday. About ' +
          '2,500 jobs could go, according to union leader Jane Roe.',
      ),
    ).toEqual([{ org: 'Kestrel Steel', count: 1500 }]);
  });

  it('near miss: without a floor, or without a credit, the figures stay apart', () => {
    expect(
      rounds(
        'Kestrel Steel will cut 1,500 jobs at its plants in Norway, the company said on Monday. About 2,500 jobs ' +
          'could go, according to union leader Jane Roe.',
      ),
    ).toHaveLength(2);
    expect(
      rounds(
        'Kestrel Steel will cut at least 1,500 jobs in Norway. Kestrel Steel will also cut about 2,500 jobs in ' +
          'Sweden, the company said.',
      ),
    ).toHaveLength(2);
  });
});

describe('staff handed over in a sale are no cut', () => {
  it('"the sale will affect N employees, who will transfer to the buyer" leaves the sale without a count', () => {
    for (const text of [
      'Kora Foods will sell its dairy unit to Vessla Group. The sale will affect 1,200 employees, who will transfer ' +
        'to the buyer.',
      'Kora Foods agreed to sell its dairy unit to Vessla Group, a move affecting about 1,200 employees.',
    ])
      expect(rounds(text)).toEqual([{ org: 'Kora Foods', count: null }]);
  });

  it('near miss: a closure affecting staff keeps its figure', () => {
    expect(rounds('Kora Foods will close its dairy plant, a move affecting about 1,200 employees.')).toEqual([
      { org: 'Kora Foods', count: 1200 },
    ]);
    expect(rounds('Kora Foods will close its dairy plant. The closure will affect 1,200 employees.')).toEqual([
      { org: 'Kora Foods', count: 1200 },
    ]);
  });
});

describe('takers of a scheme with their share in apposition', () => {
  it('"around 5,000 employees, 18% of the total, are likely to opt for VRS" is the round', () => {
    expect(
      rounds(
        'Kestrel Telecom Ltd plans to offer a voluntary retirement scheme (VRS) to its staff. The report said that ' +
          'around 5,000 employees, 18% of total employee base, are likely to opt for VRS.',
      ),
    ).toEqual([{ org: 'Kestrel Telecom', count: 5000 }]);
  });

  it('near miss: staff who opt for a transfer are no takers of the scheme', () => {
    expect(
      rounds(
        'Kestrel Telecom Ltd plans to offer a voluntary retirement scheme to its staff. Around 5,000 employees, 18% ' +
          'of the staff, are likely to opt for a transfer to its new unit.',
      ),
    ).toEqual([{ org: 'Kestrel Telecom', count: null }]);
  });
});

describe('a net figure beside the gross one', () => {
  const gross = 'Up to seven editorial roles are set to be made redundant at Kora Media, the union said. ';
  it('"an overall headcount reduction of six" after "up to seven roles" is the same round', () => {
    expect(
      rounds(
        gross +
          'The union criticised plans by Kora Media to cut staff in three towns, which will lead to an overall ' +
          'headcount reduction of six.',
      ),
    ).toEqual([{ org: 'Kora Media', count: 7 }]);
  });

  it('near miss: a net figure alone, or larger than the other round, stays a round of its own', () => {
    expect(
      rounds('Kora Media plans to cut staff in three towns, which will lead to an overall headcount reduction of six.'),
    ).toEqual([{ org: 'Kora Media', count: 6 }]);
    expect(
      rounds(
        'Kora Media cut five jobs in March. The union criticised plans by Kora Media to cut staff in three towns, ' +
          'which will lead to an overall headcount reduction of 40.',
      ),
    ).toHaveLength(2);
  });
});
