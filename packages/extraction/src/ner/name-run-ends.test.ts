import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('"A B and C D" joined by its initials written elsewhere', () => {
  const yard = (initials: string) =>
    extract(
      'On Friday, Norrvik Shipbuilding and Marine Engineering announced it will cut 1,000 jobs through voluntary ' +
        `retirement.\n\n${initials} is the most indebted of the big shipbuilders, analysts said.`,
    );

  it('"X Shipbuilding and Marine Engineering … XSME" is one company with its initials as alias', () => {
    expect(yard('NSME').orgs()).toEqual(['Company Norrvik Shipbuilding and Marine Engineering [NSME]']);
  });

  it('near miss: initials in the text that are not the whole name\'s leave the "and" splitting it', () => {
    const r = yard('NSMX');
    expect(r.names('Company')).toContain('Norrvik Shipbuilding');
    expect(r.names()).not.toContain('Norrvik Shipbuilding and Marine Engineering');
  });
});

describe('a title-case headline verb ends the name before it', () => {
  it('"Country\'s X Bank Announces Major Restructuring" gives the bank, not a unit named after the headline', () => {
    const r = extract(
      "Brazil's Banco do Vellar Announces Major Restructuring\n\n" +
        'State-owned Banco do Vellar said on Monday it will close 400 branches and cut 9,000 jobs.',
    );
    expect(r.orgs()).toEqual(['Company Banco do Vellar']);
  });

  it('near miss: the same words in a body sentence are not cut by the headline rule', () => {
    const r = extract(
      'Banco do Vellar cuts jobs\n\n' +
        'Banco do Vellar said on Monday its unit Vellar Cuts Express, a hair salon chain, would close 40 shops.',
    );
    expect(r.names()).toContain('Vellar Cuts Express');
  });
});
