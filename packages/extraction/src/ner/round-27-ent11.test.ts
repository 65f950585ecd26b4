import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a given name before the goods a maker is named for', () => {
  it('"Marlo Pumps, a maker of pumps" is a company, not a person', () => {
    const x = extract('Vessla will sell Marlo Pumps, a maker of pumps, to Tessel.');
    expect(x.names('Company')).toContain('Marlo Pumps');
    expect(x.names('Person')).toEqual([]);
  });

  it('"Hallberg Engines said at least 9,000 jobs" and "Kora Equipment said" are companies', () => {
    expect(extract('Hallberg Engines said at least 9,000 jobs would go.').names('Company')).toEqual([
      'Hallberg Engines',
    ]);
    expect(extract('Kora Equipment said on Monday it would cut 300 jobs.').names('Company')).toEqual([
      'Kora Equipment',
    ]);
  });

  it('near miss: a surname that is also a plural noun ("Marlo Banks said") stays a person', () => {
    const x = extract('Marlo Banks, the chief executive of Vessla, said it would cut 300 jobs.');
    expect(x.names('Person')).toEqual(['Marlo Banks']);
    expect(x.names('Company')).toEqual(['Vessla']);
  });
});

describe('a company closing a deal or releasing its results', () => {
  it('"Tessel recently completed its $3 billion deal to buy …" makes Tessel a company', () => {
    const x = extract('Tessel recently completed its $3 billion deal to buy Brakvik Systems Inc., a valve maker.');
    expect(x.names('Company')).toEqual(['Tessel', 'Brakvik Systems']);
  });

  it('"Norrvik Media Tessel has released its annual results" makes the name a company', () => {
    const x = extract('Norrvik Media Tessel has released its annual results, which show a loss.');
    expect(x.names('Company')).toEqual(['Norrvik Media Tessel']);
  });

  it('near miss: "completed its review" or "released the results of a survey" tells of no business', () => {
    expect(extract('Tessel recently completed its review of the plan.').names('Company')).toEqual([]);
    expect(extract('Norrvik Media Tessel has released the results of a survey of drivers.').names('Company')).toEqual(
      [],
    );
  });
});

describe("a person's possessive before the company they own", () => {
  it('"Ingo Hallberg\'s Kestrel Steel" names Kestrel Steel, not Ingo Hallberg, as the company', () => {
    const x = extract('Ingo Hallberg’s Kestrel Steel will shut two mills, cutting 400 jobs.');
    expect(x.names('Company')).toEqual(['Kestrel Steel']);
    expect(x.events()[0]?.org).toBe('Kestrel Steel');
  });

  it('near miss: a group of one word or with a head word still owns the company it possesses', () => {
    expect(extract("Tamberg's Kora Studios is expected to lay off 20% of its staff.").names('Company')).toContain(
      'Tamberg',
    );
    expect(extract("Norrvik Group's Kora Studios is expected to lay off 20% of its staff.").names('Company')).toContain(
      'Norrvik Group',
    );
  });
});

describe('a business act opening a bullet or a sentence', () => {
  it('"Tessel carried out more than 90 layoffs", "Tessel executed 70 layoffs" make Tessel a company', () => {
    expect(extract('Tessel carried out more than 90 layoffs in the south.').names('Company')).toEqual(['Tessel']);
    expect(extract('Recent examples include:\n• Tessel executed 70 layoffs this spring.').names('Company')).toEqual([
      'Tessel',
    ]);
  });

  it('"Tessel manufactures steel valves" and "Tessel ceased operations in Norrby" make Tessel a company', () => {
    expect(extract('Tessel manufactures steel valves for ships.').names('Company')).toEqual(['Tessel']);
    expect(extract('Tessel ceased operations in Norrby, resulting in layoffs.').names('Company')).toEqual(['Tessel']);
  });

  it('near miss: "carried out more than 90 inspections" or "ceased talks" tells of no business', () => {
    expect(extract('Tessel carried out more than 90 inspections in the south.').names('Company')).toEqual([]);
    expect(extract('Tessel ceased talks in Norrby after a week.').names('Company')).toEqual([]);
  });
});

describe('two capitalised words joined by a plus', () => {
  it('"Kestrel+Norrvik" is one company', () => {
    const x = extract('Valve maker Kestrel+Norrvik said it would cut 400 jobs.');
    expect(x.names('Company')).toEqual(['Kestrel+Norrvik']);
    expect(x.events()[0]?.org).toBe('Kestrel+Norrvik');
  });

  it('near miss: a plus after a name with nothing capitalised after it ("Kestrel+ subscribers") joins nothing', () => {
    expect(extract('Kestrel said Kestrel+ subscribers rose to 9 million.').names('Company')).toEqual(['Kestrel']);
  });
});

describe('the other party to a merger', () => {
  it('"after its merger agreement with Brakvik Kenya", "a takeover by Brakvik" name a company', () => {
    expect(extract('The carrier cut 240 jobs after its merger agreement with Brakvik Kenya.').names('Company')).toEqual(
      ['Brakvik Kenya'],
    );
    expect(extract('It agreed a takeover by Brakvik last month.').names('Company')).toEqual(['Brakvik']);
  });

  it('near miss: a merger word not right before the name ("the merger, with Marta Hallberg as chair") names none', () => {
    expect(extract('The board approved the merger, with Marta Hallberg as chair.').names('Company')).toEqual([]);
  });
});
