import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('bodies named by their remit: "<noun> for <remit>" (for-bodies.ts)', () => {
  it('keeps a union named "Kora Union for …" whole, its short form an alias, and its head holds the post there', () => {
    const x = extract(
      'HALDEN — Vessla Rail and the Kora Union for Rail Transport this week agreed a deal on early retirement. Vessla Rail chief executive Jane Roe and the head of the Kora Union for Rail Transport and Travel John Moyo put their names to the deal.',
    );
    expect(x.orgs()).toContain('Company Kora Union for Rail Transport and Travel [Kora Union for Rail Transport]');
    expect(x.role('John Moyo')?.org).toBe('Kora Union for Rail Transport and Travel');
  });

  it('reads an institute named for its remit as one organization, not a person', () => {
    const x = extract(
      'Unemployment will rise as Norrvik cuts 300 jobs, the Institute for Fiscal Studies said on Monday.',
    );
    expect(x.names('Person')).toEqual([]);
    expect(x.orgs()).toContain('Company Institute for Fiscal Studies');
  });

  it('runs a remit listed with commas and "and" to its end', () => {
    const x = extract(
      'The Kora Union of Mineworkers (KUM) will bring Tovik Coal before the Commission for Mediation, Arbitration, and Appeals (CMAA) over 300 retrenchments.',
    );
    expect(x.orgs().some((o) => o.startsWith('Company Commission for Mediation, Arbitration, and Appeals'))).toBe(true);
  });

  it('runs a remit on through "of" ("Society for Welfare of Kestrel Pilots")', () => {
    const x = extract(
      'Orvane Air halted all flights. The Society for Welfare of Kestrel Pilots (SWKP), which represents about 1,100 of the carrier’s pilots, said it would appeal.',
    );
    expect(x.cited()).toEqual(['Society for Welfare of Kestrel Pilots']);
  });

  it('never joins a firm named before "for", nor names listed after a remit', () => {
    const firm = extract('Norrvik Group for Kestrel Holdings said it would cut 300 jobs.');
    expect(firm.orgs().some((o) => o.includes(' for '))).toBe(false);
    const list = extract('The Union for Transport, Kestrel and Vessla said on Monday they would cut 300 jobs.');
    expect(list.orgs().some((o) => o.includes('Kestrel and Vessla'))).toBe(false);
  });

  it('a bank named by its remit ("Vessla Bank for Foreign Trade") is one name; another firm\'s noun before "for" is not', () => {
    expect(extract('The Vessla Bank for Foreign Trade will cut 300 jobs, the lender said.').orgs()).toContain(
      'Company Vessla Bank for Foreign Trade',
    );
    expect(extract('Norrvik Group for Kestrel will cut 300 jobs.').orgs()).not.toContain(
      'Company Norrvik Group for Kestrel',
    );
  });
});
