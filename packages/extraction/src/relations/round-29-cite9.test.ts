import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('outlets named together before a plural outlet noun', () => {
  it('cites each of two papers that "newspapers reported"', () => {
    const x = extract(
      'Kestrel Airlines is poised to fire at least 2,700 workers, O Norrvik and Diario de Hallberg newspapers ' +
        'reported on Saturday.',
    );
    expect(x.cited()).toEqual(expect.arrayContaining(['O Norrvik', 'Diario de Hallberg']));
  });

  it('cites three papers listed with commas, after "the"', () => {
    const x = extract(
      'Kestrel Bank will close 40 branches, the Norrvik Times, Vestby Post and Lund Herald papers said on Monday.',
    );
    expect(x.cited()).toEqual(expect.arrayContaining(['Norrvik Times', 'Vestby Post', 'Lund Herald']));
  });

  it('cites no nationality or day that stands where the names would', () => {
    const x = extract(
      'Kestrel Airlines will cut 900 jobs, British and German newspapers reported. ' +
        'On Saturday, Monday and Tuesday papers said the plan was delayed.',
    );
    expect(x.cited()).not.toEqual(expect.arrayContaining(['British']));
    expect(x.cited()).not.toContain('German');
    expect(x.cited()).not.toContain('Monday');
    expect(x.cited()).not.toContain('Tuesday');
  });

  it('cites no names before a plural noun that reports nothing', () => {
    const x = extract('Kestrel Airlines will cut 900 jobs. Norrvik Posten and Lund Kuriren newspapers sell well.');
    expect(x.cited()).not.toContain('Norrvik Posten');
    expect(x.cited()).not.toContain('Lund Kuriren');
  });
});

describe('a number inside an outlet name', () => {
  it('keeps the number and the word after it in the name', () => {
    const x = extract(
      'Kestrel Insurance has no plans to cut jobs.\n\n' +
        'Kestrel shares rose after reports by business newspaper Il Kestrel 24 Ore of potential job losses.',
    );
    expect(x.cited()).toContain('Il Kestrel 24 Ore');
    expect(x.cited()).not.toContain('Il Kestrel');
  });

  it('ends the name before a number followed by a lower-case word', () => {
    const x = extract(
      'Kestrel Insurance will cut 300 jobs.\n\n' +
        'The plan was reported by business daily Norrvik Posten 24 hours after the board met.',
    );
    expect(x.cited()).toContain('Norrvik Posten');
  });
});

describe('an outlet credited as the first to report', () => {
  it('cites a paper that "was the first to report" the news', () => {
    const x = extract(
      'Kestrel Group to spin off engine unit\n\n' +
        'The Norrvik Times was the first to report late on Wednesday that Kestrel plans to spin off the unit.',
    );
    expect(x.cited()).toContain('Norrvik Times');
  });

  it('cites no company that was the first to report results', () => {
    const x = extract(
      'Kestrel Group to cut 500 jobs\n\n' +
        'Hallberg Bank was the first to report a loss among the lenders, and Kestrel Group followed on Friday.',
    );
    expect(x.cited()).not.toContain('Hallberg Bank');
  });
});

describe('a place in the possessive before a union named earlier', () => {
  it('cites "the union said" as the union named after the country', () => {
    const x = extract(
      'Kestrel Gold to cut 1,500 jobs\n\n' +
        'Norway’s Kora Union of Mineworkers (KUM) said on Monday more than 1,500 members will march against ' +
        'planned retrenchments at Kestrel Gold.\n\n' +
        '“This drastic action by the company will leave hundreds of mineworkers in a dire situation,” the union ' +
        'said in a statement.',
    );
    expect(x.cited()).toContain('Kora Union of Mineworkers');
    expect(x.cited()).not.toContain('Norway’s Kora Union of Mineworkers');
  });

  it('keeps a possessor that is no place in the name', () => {
    const x = extract(
      'Kestrel Gold to cut 1,500 jobs\n\n' +
        'Halvik’s Mineworkers Union said on Monday more than 1,500 members will march against planned ' +
        'retrenchments at Kestrel Gold.\n\n' +
        '“This drastic action will leave hundreds of mineworkers in a dire situation,” the union said in a statement.',
    );
    expect(x.cited()).toContain('Halvik’s Mineworkers Union');
  });
});

describe('a union official who "dismissed" a view as something', () => {
  it('cites the union whose head dismissed a claim as wrong', () => {
    const x = extract(
      'Kestrel Mining to cut 700 jobs\n\n' +
        'Kestrel Mining will cut 700 jobs at its Norrvik mine.\n\n' +
        'Per Holm, head of the Norrvik Mining Federation union, dismissed the fall in the copper price as a ' +
        '"cyclical issue".',
    );
    expect(x.cited()).toContain('Norrvik Mining Federation');
  });

  it('cites no body that dismissed staff, nor an official dismissed from a post', () => {
    const x = extract(
      'Kestrel Mining to cut 700 jobs\n\n' +
        'Kestrel Mining will cut 700 jobs at its Norrvik mine.\n\n' +
        'The Norrvik Mining Federation dismissed 40 of its own staff as part of a cost review last year.\n\n' +
        'Per Holm, head of the Tovik Miners Union, was dismissed as chairman in May.',
    );
    expect(x.cited()).not.toContain('Norrvik Mining Federation');
    expect(x.cited()).not.toContain('Tovik Miners Union');
  });
});
