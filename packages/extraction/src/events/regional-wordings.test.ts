import { describe, expect, it } from 'vitest';
import { eventRows } from './event-rows.js';

const brief = (text: string) => eventRows(text, '2023-10-19', 'kind', 'org', 'count');

/** Wordings of cuts in regional dailies of Africa, South Asia and Latin America, and in their headlines. */
describe('regional wordings of a cut', () => {
  it('reads "lay-off" written with a hyphen as a verb, in a sentence and a title-case headline', () => {
    expect(brief('Kora Mills is planning to lay-off at least 50 employees to cope with weak demand.')).toEqual([
      ['layoff', 'Kora Mills', 50],
    ]);
    expect(brief('Vessla Motors said on Monday it plans to Lay-Off 3,600 workers at its plant.')).toEqual([
      ['layoff', 'Vessla Motors', 3600],
    ]);
  });

  it('reads "send home" and "cut off" with named jobs as cuts, "tens of its staff" as a count without a figure', () => {
    expect(brief('Orsk Foods is set to send home tens of its staff at its regional office, the company said.')).toEqual(
      [['layoff', 'Orsk Foods', null]],
    );
    expect(brief('Norrvik Motors has decided to cut off 1,200 of its employees because of weak demand.')).toEqual([
      ['layoff', 'Norrvik Motors', 1200],
    ]);
  });

  it('reads "cutting down" named jobs as a cut, in a recap of an earlier round as well', () => {
    expect(brief('Vessla Steel is cutting down 900 jobs at its rolling mill.')).toEqual([
      ['layoff', 'Vessla Steel', 900],
    ]);
    expect(
      brief(
        'In the last fiscal, Vessla Steel restructured its Finnish operations, closing down a furnace and cutting down 700 jobs.',
      ),
    ).toEqual([['layoff', 'Vessla Steel', 700]]);
  });

  it('reads "is cutting down its workforce" as a cut without a figure', () => {
    expect(
      brief('Norrvik Air news\n\nNorrvik Air is cutting down its workforce as part of a restructuring scheme.'),
    ).toEqual([['layoff', 'Norrvik Air', null]]);
  });

  it('reads "terminating contracts with N workers" as a cut of N', () => {
    expect(
      brief('Kestrel Air will start terminating contracts with 700 workers next month, its chief executive said.'),
    ).toEqual([['layoff', 'Kestrel Air', 700]]);
  });

  it('reads a plan "that will see N sent home" as a cut of N', () => {
    expect(brief('Orsk Bank announced retrenchment plans that will see more than 200 sent home.')).toEqual([
      ['layoff', 'Orsk Bank', 200],
    ]);
  });

  it('reads "cutting under 100 jobs" and a quoted count that "have been laid off"', () => {
    expect(
      brief('Norrvik Media said on Tuesday that it will be cutting under 100 jobs across its newspapers.'),
    ).toEqual([['layoff', 'Norrvik Media', 100]]);
    expect(brief('Vessla Learning said "fewer than 400 employees" have been laid off across its group.')).toEqual([
      ['layoff', 'Vessla Learning', 400],
    ]);
  });

  it('reads a headline that "pegs job cuts at" a figure without an article', () => {
    expect(brief('Kora Learning pegs job cuts at 500 as worry spreads')).toEqual([['layoff', 'Kora Learning', 500]]);
  });

  it('reads "a cut of N" with "cut" as a noun, and advisers and workmen as jobs, never "a pay cut of"', () => {
    expect(brief('Orsk Bank had also announced a cut of 550 investment advisers.')).toEqual([
      ['layoff', 'Orsk Bank', 550],
    ]);
    expect(brief('Orsk Motors has laid off 1419 workmen at its Pune factory.')).toEqual([
      ['layoff', 'Orsk Motors', 1419],
    ]);
    expect(brief('Orsk Bank announced a pay cut of 10% for 500 staff.')).toEqual([]);
  });

  it('reads "the sack of N workers", "followed sack of N workers" and "the disengagement of N staff"', () => {
    expect(brief('The protest followed sack of 900 workers of Orsk Bank nationwide.')).toEqual([
      ['layoff', 'Orsk Bank', 900],
    ]);
    expect(brief('Orsk Bank confirmed the disengagement of 300 staff.')).toEqual([['layoff', 'Orsk Bank', 300]]);
  });

  it('reads employees "issued with retrenchment notices" as cut', () => {
    expect(brief('About 300 Vessla Telecom employees were issued with retrenchment notices on Monday.')).toEqual([
      ['layoff', 'Vessla Telecom', 300],
    ]);
  });

  it('does not take workers sent home for a day, or "tens of millions", as a cut', () => {
    expect(brief('Kora Motors sent home 2,000 workers on Friday after a fire at a supplier.')).toEqual([]);
    expect(brief('Orsk Bank will spend tens of millions of dollars on its branches.')).toEqual([]);
  });
});

describe('a toll of a country or a sector is no company round', () => {
  it('credits no company with "N people in Singapore may lose their jobs"', () => {
    const rows = brief(
      'As many as 15,000 people in Singapore may lose their jobs this year, a report said. ' +
        'Kora Electronics Ltd said on Monday it would retrench 1,800 employees in Singapore.',
    );
    expect(rows).toContainEqual(['layoff', 'Kora Electronics', 1800]);
    expect(rows).not.toContainEqual(['layoff', 'Kora Electronics', 15000]);
  });

  it('reads a sector named with a possessive country ("the Philippines\' electronics sector") as a sum', () => {
    const rows = brief(
      "Up to 60,000 jobs could be lost in the Philippines' key electronics sector after Norrvik Chips shut a plant.",
    );
    expect(rows).not.toContainEqual(['layoff', 'Norrvik Chips', 60000]);
  });
});

describe('who owns a plan a union or a trade is named with', () => {
  it('credits the company a union "slammed … over its plan to cut", not the union', () => {
    expect(brief('Trade union Solidar has slammed Kora Telecom over its plan to cut up to 3 000 jobs.')).toEqual([
      ['layoff', 'Kora Telecom', 3000],
    ]);
  });

  it('credits no company with what "financial institutions" or "Indian banks" laid off', () => {
    expect(
      brief('To keep their margins, financial institutions laid off nearly 2,000 workers, the Vessla Bank union said.'),
    ).not.toContainEqual(['layoff', 'Vessla Bank', 2000]);
  });

  it('still credits a lender described as "one of the country\'s largest banks"', () => {
    expect(brief("Orsk Bank, one of the country's two largest banks, said on Monday it would cut 5,000 jobs.")).toEqual(
      [['layoff', 'Orsk Bank', 5000]],
    );
  });
});

describe('a round split by the class of people it hits', () => {
  it('keeps own employees and contractors as parts of the round told before', () => {
    expect(
      brief(
        'Orsk Mining said close to 3,000 jobs are at risk at its Vale shaft. ' +
          'The restructuring could affect close to 2,400 of its own employees and close to 600 contractor employees.',
      ),
    ).toEqual([['layoff', 'Orsk Mining', 3000]]);
  });

  it('keeps permanent employees, contractors and temporary workers as parts', () => {
    expect(
      brief(
        'Vessla Resources Ltd plans to shed over 1,500 jobs at its Deep mine. ' +
          'About 1,100 permanent employees could be affected. In addition, about 460 contractors could be affected.',
      ),
    ).toEqual([['layoff', 'Vessla Resources', 1500]]);
    expect(
      brief(
        'Norrvik Trucks will lay off 3,600 workers in Brazil. ' +
          'The layoff includes 2,200 workers from the Campo plant and 1,400 temporary workers whose contracts will not be renewed.',
      ),
    ).toEqual([['layoff', 'Norrvik Trucks', 3600]]);
  });
});

describe('a company introduced as "the owner of" a title', () => {
  it('"X, the owner of Y, is preparing to slash jobs. The company will cut …": the cut is X\'s, X is no commentator', () => {
    expect(
      brief(
        'Kestrel Media to slash jobs\n\nKestrel Media SE, the owner of Vossberg News, is preparing to slash jobs. The company will cut fewer than 300 jobs, a spokesman said.',
      ),
    ).toEqual([['layoff', 'Kestrel Media', 300]]);
  });
});

describe('an absolute "with" phrase naming who cuts', () => {
  it('"Kestrel, Marlow and Vessa have all disclosed job cuts, with Kestrel eliminating 7,000 positions and Marlow axing 4,700 roles"', () => {
    expect(
      brief(
        'Tarvik Motors will cut 3,000 jobs. Other suppliers have announced similar measures. Kestrel Industries, Marlow Holdings, and Vessa Group have all disclosed job cuts, with Kestrel Industries eliminating 7,000 positions and Marlow Holdings axing 4,700 roles.',
      ),
    ).toEqual([
      ['layoff', 'Tarvik Motors', 3000],
      ['layoff', 'Kestrel Industries', 7000],
      ['layoff', 'Marlow Holdings', 4700],
    ]);
  });
});
