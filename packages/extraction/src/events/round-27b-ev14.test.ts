import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.org, e.count ?? e.countText ?? null, e.cumulative === true]);

describe('the headcount a cut is taken from is no running total', () => {
  it('"700 jobs would go at the plant from a total of 2,200 posts" retells the round', () => {
    expect(
      rounds(
        'Kestrel Motors to cut 700 jobs at Varlo plant\n\nKestrel Motors said on Tuesday it would cut 700 jobs at its ' +
          'Varlo plant.\n\nKestrel Motors confirmed that 700 jobs would go at the Varlo plant from a total of 2,200 posts.\n',
      ),
    ).toEqual([['Kestrel Motors', 700, false]]);
  });

  it('"72 redundancies out of a total of 248 pilots" counts no round of 248', () => {
    expect(
      rounds(
        'Kestrel Air to shut base\n\nKestrel Air said on Monday it will close its Varlo base. The airline warned of 72 ' +
          'potential pilot redundancies out of a total of 248 pilots working for it.\n',
      ).map((r) => r[1]),
    ).not.toContain(248);
  });

  it('near miss: "has cut a total of 2,200 jobs" is still a running total', () => {
    expect(
      rounds(
        'Kestrel Motors trims staff\n\nKestrel Motors said on Tuesday it would cut 700 jobs at its Varlo plant. ' +
          'Since 2019 the carmaker has cut a total of 2,200 jobs.\n',
      ),
    ).toContainEqual(['Kestrel Motors', 2200, true]);
  });
});

describe('a figure that counts rounds of cuts is no count of jobs', () => {
  it('"neither of the two sets of job cuts" adds no round of 2', () => {
    expect(
      rounds(
        'Norrvik Chemicals to cut 105 jobs\n\nNorrvik Chemicals said on Tuesday it will reduce staffing by 105 at its ' +
          'resin plants.\n\nNorrvik Chemicals says neither of the two sets of job cuts are a direct result of the downturn.\n',
      ),
    ).toEqual([['Norrvik Chemicals', 105, false]]);
  });

  it('near miss: "two thousand job cuts" is a count', () => {
    expect(
      rounds('Norrvik Chemicals cuts jobs\n\nNorrvik Chemicals said on Tuesday it plans two thousand job cuts.\n'),
    ).toEqual([['Norrvik Chemicals', 2000, false]]);
  });
});

describe('a magnitude told after the exact count of the same round', () => {
  const lede =
    'Kestrel Bank to axe 800 jobs\n\nKestrel Bank has decided to axe as many as 800 positions as the slump deepened.' +
    "\n\nThe cuts account for 10% of the bank's workforce, people familiar with the matter said.\n\n";

  it('"The bank already began cutting hundreds of jobs this week" joins the 800', () => {
    expect(rounds(lede + 'The bank already began the process of cutting hundreds of jobs this week.\n')).toEqual([
      ['Kestrel Bank', 800, false],
    ]);
  });

  it('near miss: "Last year the bank cut hundreds of jobs" is an earlier round', () => {
    expect(rounds(lede + 'Last year the bank cut hundreds of jobs in its branches.\n')).toContainEqual([
      'Kestrel Bank',
      'hundreds',
      false,
    ]);
  });
});

describe('an owner aside whose list of titles holds commas', () => {
  const lede =
    'Kestrel Media plans 800 layoffs\n\nMILAN, Feb 11 - Italian publisher Kestrel Media plans to lay off 800 people, ' +
    'sources said.\n\n';

  it('", publisher of …, and of El Halden, is also planning to sell" leaves the titles out of the clause', () => {
    const orgs = rounds(
      lede +
        "Kestrel, publisher of Italy's largest daily, Corriere Norrvik, and of Spain's El Halden, is also planning to " +
        'sell two of its Milan offices, the sources said.\n',
    ).map((r) => r[0]);
    expect(orgs).not.toContain('El Halden');
    expect(orgs).not.toContain('Corriere Norrvik');
  });

  it('near miss: the company before the aside still acts ("Varlo Group, publisher of …, said it will sell")', () => {
    expect(
      rounds(
        lede +
          'Varlo Group, publisher of the Norrvik Post, said on Monday it will sell its printing unit, Halden Print.\n',
      ).map((r) => r[0]),
    ).toContain('Varlo Group');
  });
});
