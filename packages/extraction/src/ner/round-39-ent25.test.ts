import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { isLenderUnion } from '../gazetteer/lexicon/lender-unions.js';

const companies = (text: string) => extract(text).names('Company');
const roundOrgs = (text: string) =>
  extract(text)
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => e.org);

describe('round 39 (ent25): a lender whose name ends in "Union" is a company wherever it acts', () => {
  it('"Kestrel Credit Union will cut 120 jobs": a company and its round', () => {
    const text =
      'Kestrel Credit Union will cut 120 jobs as it closes branches, the lender said on Tuesday. Jane Roe, chief ' +
      'executive of Kestrel Credit Union, said the move was painful.';
    expect(companies(text)).toContain('Kestrel Credit Union');
    expect(roundOrgs(text)).toContain('Kestrel Credit Union');
    expect(extract(text).role('Jane Roe')?.org).toBe('Kestrel Credit Union');
  });

  it('"Norrvik Savings Union plans to cut 80 jobs", "Vessla Co-operative Credit Union": lenders too', () => {
    expect(roundOrgs('Norrvik Savings Union plans to cut 80 jobs over two years.')).toContain('Norrvik Savings Union');
    expect(isLenderUnion('Vessla Co-operative Credit Union')).toBe(true);
    expect(isLenderUnion('Orsk Thrift Union')).toBe(true);
    // Near miss: "Bank Union" is as often a union of a bank's staff.
    expect(isLenderUnion('Orsk Bank Union')).toBe(false);
  });

  it("near miss: a union of a bank's workers stays a body with no round of its own", () => {
    const text =
      'Norrvik Savings Union plans to cut 80 jobs. The Orsk Bank Workers Union said it would fight the cuts, ' +
      'and the Kora Workers Union will cut its fees.';
    const orgs = roundOrgs(text);
    expect(orgs).toContain('Norrvik Savings Union');
    expect(orgs).not.toContain('Orsk Bank Workers Union');
    expect(orgs).not.toContain('Kora Workers Union');
    expect(isLenderUnion('Orsk Bank Employees Union')).toBe(false);
    expect(isLenderUnion('Kora Banking Union')).toBe(false);
    expect(isLenderUnion('Kestrel Union')).toBe(false);
  });
});

describe('round 39 (ent25): the first word of a place written with a lower-case particle is no company', () => {
  it('"its Ciudad del Este unit" then "the layoffs in Ciudad would begin": no company "Ciudad"', () => {
    const text =
      'Kestrel Foods said on Tuesday it would stop packing meat at its Ciudad del Este unit, cutting 140 jobs. ' +
      'Kestrel said the layoffs in Ciudad would begin next year, including 90 at the Ciudad factory.';
    const names = companies(text);
    expect(names).not.toContain('Ciudad');
    expect(names).toContain('Kestrel Foods');
  });

  it('near miss: a company whose name opens a longer name with a particle that is no place stays a company', () => {
    const text = 'Vessla said on Monday it would cut 300 jobs. Vessla de Orsk, its local arm, will shut a plant.';
    expect(companies(text)).toContain('Vessla');
  });
});

describe('round 39 (ent25): a scheme or programme named with its initials is no company', () => {
  it('"its third round of Early Exit Scheme (EES)": neither the scheme nor its initials is a company', () => {
    const text =
      'Kestrel Bank Ltd (KBL) has opened its third round of Early Exit Scheme (EES) from Monday. "If 900 staff ' +
      'take EES, the cost will be met by the bank," the chief executive said.';
    const names = companies(text);
    expect(names).not.toContain('Early Exit Scheme');
    expect(names).not.toContain('EES');
    expect(names).toContain('Kestrel Bank');
  });

  it('near miss: a fund or a body named with its initials stays an organization', () => {
    const text =
      'The Orsk Teachers Savings Board (OTSB) said it would sell its stake. Kestrel Bank Ltd (KBL) will cut 200 jobs.';
    expect(companies(text).some((n) => n.startsWith('Orsk Teachers Savings Board'))).toBe(true);
  });
});
