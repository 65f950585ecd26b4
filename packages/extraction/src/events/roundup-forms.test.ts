import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

/**
 * How an industry round-up tells several companies' cuts, one clause each (forms seen in trade-press digests of
 * drugmakers' and banks' cuts, written here with invented names).
 */
describe('cuts told in an industry round-up', () => {
  it('"decrease its workforce of 40,000 employees by 15 percent": the workforce is the base, not a cut', () => {
    const { events } = extract(
      'Tarvik Pharma said on Monday it would cut about 3,000 jobs. All told, the cuts will decrease ' +
        "Tarvik's global workforce of 40,000 employees by roughly 15 percent by the end of 2026.",
    );
    expect(events().map((e) => [e.org, e.count, e.percent])).toEqual([['Tarvik Pharma', 3000, 15]]);
  });

  it('"cuts at Morvane, which announced that it would be eliminating 2,500 jobs": a company in a relative clause', () => {
    const { names, events } = extract(
      'Other big cuts will be seen at Morvane, which announced that it would be eliminating 2,500 jobs.',
    );
    expect(names('Company')).toEqual(['Morvane']);
    expect(events().map((e) => [e.org, e.count])).toEqual([['Morvane', 2500]]);
  });

  it('"Kestrel revealed in a federal filing that it will cut …": the company, its filing and its cut', () => {
    const { names, cited, events } = extract(
      'Selvia is trimming roughly 20% of its diabetes sales force. Kestrel revealed in a federal filing that it ' +
        'will cut less than 10% of its global workforce.',
    );
    expect(names('Company')).toEqual(['Selvia', 'Kestrel']);
    expect(cited()).toEqual(['Kestrel filings']);
    expect(events().map((e) => [e.org, e.count, e.percent])).toEqual([
      ['Selvia', null, 20],
      ['Kestrel', null, 10],
    ]);
  });

  it('"400 staff members stand to lose their jobs": "stand to" as "will"', () => {
    const { events } = extract('Norvo said about 400 staff members stand to lose their jobs.');
    expect(events().map((e) => [e.org, e.count])).toEqual([['Norvo', 400]]);
  });

  it('"following Kelmo Varra, which recently announced a plan to fire 500 employees": a company by its act', () => {
    const { names, events } = extract(
      'Velde Mobile is following in the footsteps of Kelmo Varra, which recently announced a plan to fire 500 ' +
        'employees.',
    );
    expect(names('Company')).toContain('Kelmo Varra');
    expect(events().map((e) => [e.org, e.count])).toEqual([['Kelmo Varra', 500]]);
  });
});
