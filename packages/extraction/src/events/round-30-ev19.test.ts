import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.kind, e.org, e.count]);

describe('a round of cuts named as an exercise the company runs', () => {
  const MINES = 'Mine unions warn of more cuts\n\n';

  it('"Kestrel Platinum recently finished a retrenchment exercise at its two mines": a layoff without a figure', () => {
    expect(
      rounds(`${MINES}Kestrel Platinum recently finished a retrenchment exercise at its Orm and Vessla mines.`),
    ).toContainEqual(['layoff', 'Kestrel Platinum', null]);
  });

  it('"Norrvik Media will begin launching large-scale redundancy rounds": a layoff without a figure', () => {
    expect(
      rounds(
        `Publisher to cut costs\n\nNorrvik Media will begin launching large-scale redundancy rounds from Thursday.`,
      ),
    ).toContainEqual(['layoff', 'Norrvik Media', null]);
  });

  it('near miss: "The union criticised the retrenchment exercise at Kestrel Platinum" (only named) is no round', () => {
    expect(rounds(`${MINES}The union criticised the retrenchment exercise at Kestrel Platinum.`)).toEqual([]);
  });

  it('near miss: "Kestrel Platinum started talks on the redundancy process" (talks about it) is no round', () => {
    expect(rounds(`${MINES}Kestrel Platinum started talks on the redundancy process with the union.`)).toEqual([]);
  });
});

describe('a split of two named parts told beside a round with a figure', () => {
  const LEDE =
    'Kestrel Telecom to axe 800 jobs\n\nKestrel Telecom on Wednesday announced plans to axe 800 jobs as part of a new strategy.\n\n';

  it('"It will also split its mobile and network divisions into separate businesses": a restructuring of its own', () => {
    expect(rounds(`${LEDE}It will also split its mobile and network divisions into separate businesses.`)).toEqual([
      ['layoff', 'Kestrel Telecom', 800],
      ['restructuring', 'Kestrel Telecom', null],
    ]);
  });

  it('near miss: "It had already split its mobile and network divisions …" (a past split) joins the round', () => {
    expect(rounds(`${LEDE}It had already split its mobile and network divisions into separate businesses.`)).toEqual([
      ['layoff', 'Kestrel Telecom', 800],
    ]);
  });

  it('near miss: "split its mobile and network costs into separate budgets" (no unit) is no restructuring', () => {
    expect(rounds(`${LEDE}It will also split its mobile and network costs into separate budgets.`)).toEqual([
      ['layoff', 'Kestrel Telecom', 800],
    ]);
  });

  it('"to split into three companies" and "plans a spin-off of its health unit in 2027" stay two events', () => {
    const found = rounds(
      'Kestrel Industries to split into three public companies\n\nKestrel Industries said on Tuesday that it plans a spin-off of its health unit in early 2027.',
    );
    expect(found.filter(([kind]) => kind === 'restructuring')).toHaveLength(2);
  });
});

describe('the parent company told in an aside whose list of brands holds commas', () => {
  const HEAD = 'Carmakers cut jobs\n\n';

  it('"Kestrel Group, the parent company of 14 brands with Norrvik, …, and Tarn Motors as its best-known names, wants to cut 2,000 jobs": Kestrel Group’s', () => {
    const found = rounds(
      `${HEAD}Kestrel Group, the parent company of 14 brands with Norrvik, Hallberg, Brask, Lomm, and Tarn Motors as its best-known names, wants to cut 2,000 jobs in Italy this year.`,
    );
    expect(found).toEqual([['layoff', 'Kestrel Group', 2000]]);
  });

  it('near miss: "Kestrel Group, the parent company of Norrvik, said that Hallberg, Lomm, and Tarn Motors will cut 2,000 jobs": not the parent’s', () => {
    const found = rounds(
      `${HEAD}Kestrel Group, the parent company of Norrvik, said that Hallberg, Lomm, and Tarn Motors will cut 2,000 jobs in Italy this year.`,
    );
    expect(found.filter(([, org]) => org === 'Kestrel Group')).toEqual([]);
    expect(found).toContainEqual(['layoff', 'Tarn Motors', 2000]);
  });
});
