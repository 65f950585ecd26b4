import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('unions that speak: handed an event, their leader after the verb, named later, far from the verb', () => {
  it("cites a workers' union even where a figure was read as its own", () => {
    const x = extract(
      'The Kora Union of Mineworkers (KUM) said on Monday it was unhappy with the decision taken by Hallberg Gold\'s Tovik mine to retrench about 900 workers to save costs.\n\n"The KUM is asking the company to rethink its decision and to talk to us," said Jan Roe.',
    );
    expect(x.cited()).toContain('Kora Union of Mineworkers');
  });

  it('never cites a company whose name only holds the word "Union"', () => {
    const x = extract(
      'Norrvik Union Bank (NUB) said on Monday it was unhappy with the decision taken by its Tovik unit to cut about 900 workers to save costs.\n\n"The NUB is asking the unit to rethink its decision," said Jan Roe.',
    );
    expect(x.cited()).toEqual([]);
  });

  it('cites a body whose general secretary speaks, even where a cut was read as its own', () => {
    const x = extract(
      'Kolatu and its mining affiliate, the Kora Union of Mineworkers (KUM), have vowed to fight the pending retrenchment of 196 workers at Tovik Platinum mine.\n\nKolatu deputy general secretary Jan Roe said Tovik Platinum had given notice of the retrenchments last week.',
    );
    expect(x.cited()).toContain('Kolatu');
    const manager = extract(
      'Kolatu and its mining affiliate, the Kora Union of Mineworkers (KUM), have vowed to fight the pending retrenchment of 196 workers at Tovik Platinum mine.\n\nKolatu general manager Jan Roe said Tovik Platinum had given notice of the retrenchments last week.',
    );
    expect(manager.cited()).not.toContain('Kolatu');
  });

  it("a union's regional branch speaks for the union, and its statement is not the company's", () => {
    const x = extract(
      'The Kora Union of Mineworkers (KUM) in Norrland intends to take Tovik Coal to court over 300 retrenchments, the union said on Saturday. KUM Norrland regional secretary Jan Roe said in a statement that Tovik Coal had not issued a notice.',
    );
    expect(x.cited()).toEqual(['Kora Union of Mineworkers']);
    const bank = extract(
      'Hallberg Bank (HB) will cut 300 jobs. HB Norrland regional manager Jan Roe said in a statement that the branches would close.',
    );
    expect(bank.cited()).toEqual(['Hallberg Bank statement']);
  });

  it('cites the union whose leader is named after the verb', () => {
    const x = extract(
      'Norrvik Cars said on Tuesday it would cut 600 jobs at its Halden plant.\n\n"The workers reject the proposal," said union general secretary Jan Roe.',
    );
    expect(x.cited()).toEqual(['union']);
    const member = extract(
      'Norrvik Cars said on Tuesday it would cut 600 jobs at its Halden plant.\n\n"The workers reject the proposal," said union member Jan Roe.',
    );
    expect(member.cited()).not.toContain('union');
  });

  it('reads a union through up to three places before its verb', () => {
    const x = extract(
      'Norrvik Cars said on Tuesday it would cut 600 jobs at its Halden plant.\n\nThe metalworkers union at the plant in Halden in northern Vestia state said the workers had downed tools.',
    );
    expect(x.cited()).toEqual(['metalworkers union']);
    const workers = extract(
      'Norrvik Cars said on Tuesday it would cut 600 jobs at its Halden plant.\n\nWorkers at the plant in Halden in northern Vestia state said they had downed tools.',
    );
    expect(workers.cited()).toEqual([]);
  });

  it('an unnamed union cited before the one union the text names is that union', () => {
    const x = extract(
      'Norrvik Cars said on Tuesday it would cut 600 jobs at its Halden plant, according to a union that represents the workers.\n\nThe Vakta union representing workers at the Halden plant said they had voted to strike.\n\n"The plant will stay shut," the union said in a statement.',
    );
    expect(x.cited()).toEqual(['Vakta']);
    const two = extract(
      'Norrvik Cars said on Tuesday it would cut 600 jobs at its Halden plant, according to a union that represents the workers.\n\nThe Vakta union said they had voted to strike, and the Tovik union said its members would join.',
    );
    expect(two.cited()).toContain('union');
  });
});

describe('a dateline whose city is written in lower case', () => {
  it('cites the news agency after "Halden, May 27"', () => {
    const x = extract(
      'Halden, May 27 (Jiji Press)--Norrvik Corp. introduced an early retirement system covering some 700 managers, company officials said Saturday.',
    );
    expect(x.cited()).toContain('Jiji Press');
  });

  it("never cites an outlet's own desk in that place", () => {
    const x = extract(
      'Halden, May 27 (Kora Newswire)--Norrvik Corp. introduced an early retirement system covering some 700 managers.',
    );
    expect(x.cited()).not.toContain('Kora Newswire');
  });
});
