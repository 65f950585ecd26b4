import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { isFundName } from './fund-short-names.js';

describe('an investment firm called by its first word', () => {
  it('"Harbour Capital Partners … Harbour will" is one firm', () => {
    const x = extract(
      'Tessel Retail agreed to sell its department stores to private equity firm Harbour Capital Partners for $90 million. Under the deal, Harbour will take over 30 stores and 5,000 staff.',
    );
    expect(x.names('Company')).toContain('Harbour Capital Partners');
    expect(x.names('Company')).not.toContain('Harbour');
    expect(x.entity('Harbour Capital Partners')?.aliases).toContain('Harbour');
  });

  it('names a fund only by investment words after its own word', () => {
    expect(isFundName('Harbour Capital Partners')).toBe(true);
    expect(isFundName('Meadow Asset Management')).toBe(true);
    expect(isFundName('Harbour Global')).toBe(false);
    expect(isFundName('Harbour Steel Partners')).toBe(false);
  });
});
