import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('outlets another step took for companies, cited by what they are and do', () => {
  it('cites "X, a newspaper, said …" and "X, a newspaper, on Tuesday reported …"', () => {
    const x = extract(
      'Norrvik Bank will sack 700 workers. The Daily Lantern, a newspaper, said in late December that unions feared more. Morrow, a newspaper, on Tuesday reported that 700 had lost their jobs.',
    );
    expect(x.cited().sort()).toEqual(['Daily Lantern', 'Morrow']);
  });

  it('cites a name that "reported from an unidentified source"', () => {
    const x = extract(
      'Tovik Airlines plans 900 job cuts: KPA\n\nThe airline also plans to cut pay, KPA reported from an unidentified source.',
    );
    expect(x.cited()).toEqual(['KPA']);
  });

  it('cites a one-word name that closes the sentence with "reports", not a company reporting results', () => {
    const x = extract('Hallberg Steel will cut 1,200 jobs in Sweden, the company confirmed, SVK reports.');
    expect(x.cited()).toEqual(['SVK']);
    expect(
      extract('Hallberg Steel will cut 1,200 jobs. Sales fell 5%, Kovaldi reports that profit held.').cited(),
    ).toEqual([]);
  });

  it('cites one word after "was quoted as saying by", but not a common word', () => {
    const x = extract(
      'Hallberg Group closed its plant. The minister called it a fraud, she was quoted as saying by Kovaldi.',
    );
    expect(x.cited()).toEqual(['Kovaldi']);
    expect(extract('Hallberg Group closed its plant. The minister was quoted as saying by Monday.').cited()).toEqual(
      [],
    );
  });

  it('an outlet a headline credits and the body quotes is neither the company in focus nor its unit', () => {
    const x = extract(
      'Kora Post may cut as many as 1,000 jobs - Vessla\n\nKora Post Group and its labour union will start talks and it may cut as many as 1,000 jobs, the Vessla business daily reported on Monday.\n\nThe postal group needs to cut costs in its financial business, the Vessla said.',
    );
    expect(x.cited()).toEqual(['Vessla']);
    expect(x.parent('Vessla')).toBeNull();
  });
});
