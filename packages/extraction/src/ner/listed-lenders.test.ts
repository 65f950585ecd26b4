import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('banks, funds and makers named beside figures, models and state owners', () => {
  it('a currency before a figure is no part of the lender named before it', () => {
    const x = extract('Three lenders joined the rescue: Ombara Bank Rs 600 crore and Tessali Bank Rs 500 crore.');
    expect(x.names('Company')).toEqual(expect.arrayContaining(['Ombara Bank', 'Tessali Bank']));
  });

  it('two companies listed with "and" stay two when the first already ends in an organization word', () => {
    const x = extract('Vellmora Bank and Kestrali Ltd put in 1,000 crore each.');
    expect(x.names('Company')).toEqual(expect.arrayContaining(['Vellmora Bank', 'Kestrali']));
    expect(x.entity('Vellmora Bank and Kestrali')).toBeUndefined();
  });

  it("a model code after a maker's name leaves the maker named alone", () => {
    const x = extract('Norrvik Air will park its 12 Airbus A380 superjumbos in the desert.');
    expect(x.entity('Airbus')?.type).toBe('Company');
    expect(x.entity('Airbus A380')).toBeUndefined();
  });

  it('"state-owned", "state-run" introduce organizations, and a public word may open a bank\'s name', () => {
    const x = extract(
      'Creditors, led by state-owned Krung Vella Bank and Government Savings Bank, will vote. ' +
        'The ministry sold part of its holding to the state-run Talvane Fund.',
    );
    expect(x.names('Company')).toEqual(
      expect.arrayContaining(['Krung Vella Bank', 'Government Savings Bank', 'Talvane Fund']),
    );
  });
});
