import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a business paper named "Business …" or "Financial …" that cites', () => {
  it('"Business Vantage said" opening a sentence is the paper, cited whole, not a company "Vantage"', () => {
    const x = extract(
      'Norrvik Mining will cut 800 jobs. Business Vantage said the union had been told on Monday. ' +
        'The plan was confirmed on Tuesday, Financial Ledger said.',
    );
    expect(x.names('Company')).not.toContain('Vantage');
    expect(x.names('Company')).not.toContain('Ledger');
    expect(x.cited()).toEqual(expect.arrayContaining(['Business Vantage', 'Financial Ledger']));
  });

  it('the same words with no reporting verb, or ending in an organization word, cite nothing new', () => {
    const x = extract('Norrvik Mining will cut 800 jobs, as the Business Vantage awards were handed out in Oslo.');
    expect(x.cited()).not.toContain('Business Vantage');
    const y = extract('Norrvik Mining will cut 800 jobs. Financial Group said it would buy the shafts.');
    expect(y.cited()).not.toContain('Financial Group');
  });
});
