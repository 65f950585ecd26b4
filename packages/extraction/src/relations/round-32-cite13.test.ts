import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 32 (cite13): speakers nobody names', () => {
  it('cites analysts who speak as the subject at a sentence start, after an auxiliary too', () => {
    const x = extract(
      'Kestrel Bank and Norrvik Bank to merge\n\nKestrel Bank will merge with Norrvik Bank by the end of the year, ' +
        'its chairman told the Vessla Daily. Analysts had said the merger could make handling bad debts easier.',
    );
    expect(x.cited()).toContain('analysts');
  });

  it('cites analysts named by a lower-case group word ("industry analysts say")', () => {
    const x = extract(
      'Hallberg Group to split off its machinery arm\n\nHallberg Group will spin off its machinery business into a ' +
        'new holding company, it said on Tuesday.\n\nIndustry analysts say the move speeds up the succession.',
    );
    expect(x.cited()).toContain('industry analysts');
  });

  it('does not cite analysts who only call or expect something, nor a firm’s analysts as unnamed ones', () => {
    const x = extract(
      'Hallberg Group to merge two units\n\nHallberg Group will merge two of its energy units, in what analysts ' +
        'call its largest overhaul. Analysts expected a deeper cut. Tarvo Securities analysts said the plan was bold.',
    );
    expect(x.cited()).not.toContain('analysts');
    expect(x.cited()).not.toContain('industry analysts');
  });

  it('cites the union when its officer speaks under a title that names only the union', () => {
    const lead = 'Kestrel Bank to cut jobs\n\nKestrel Bank said on Monday it would cut 300 jobs in Norrvik.\n\n';
    for (const line of [
      "The union's general secretary Jane Roe said the cuts were unfair.",
      'Jane Roe, the union head at the state-owned bank, said about 5,000 jobs could go.',
      'Jane Roe, the head of the union at the plant, said the cuts were unfair.',
    ])
      expect(extract(lead + line).cited()).toContain('union');
  });

  it('does not cite a union its officer does not speak for, nor a union named as an object', () => {
    const lead = 'Kestrel Bank to cut jobs\n\nKestrel Bank said on Monday it would cut 300 jobs in Norrvik.\n\n';
    for (const line of [
      'Jane Roe, the union head at the bank, was dismissed last year.',
      'Kestrel Bank held talks with the union head at the bank on Tuesday.',
      "The union's strike halted the branch network for a week.",
    ])
      expect(extract(lead + line).cited()).not.toContain('union');
  });

  it('cites an unnamed company official who speaks, by the words that name the official', () => {
    const x = extract(
      'Norrvik Stampings to cut shifts\n\nNorrvik Stampings, which has Kestrel Motors as its main client, works ' +
        'single shifts. "There has been a heavy cut in production," a company official said.',
    );
    expect(x.cited()).toContain('company official');
    expect(x.cited()).not.toContain('Kestrel Motors official');
  });

  it('does not cite an official who does not speak, nor one whose employer no word gives', () => {
    const x = extract(
      'Norrvik Stampings to cut shifts\n\nNorrvik Stampings will cut shifts. A company official was dismissed ' +
        'last week. An official said the plan was ready.',
    );
    expect(x.cited().filter((n) => /official/.test(n ?? ''))).toEqual([]);
  });

  it('cites company officials named in a reporting clause after what they said, not officials only mentioned', () => {
    const said = extract(
      'Kestrel Motors to offer early retirement\n\nKestrel Motors has notified employees of the plan, company ' +
        'officials said Sunday.',
    );
    expect(said.cited()).toContain('company officials');
    const named = extract(
      'Kestrel Motors to offer early retirement\n\nKestrel Motors will offer early retirement, company officials ' +
        'who took part in the talks were dismissed.',
    );
    expect(named.cited()).not.toContain('company officials');
  });
});
