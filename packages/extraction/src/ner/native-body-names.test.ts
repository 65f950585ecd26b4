import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe("a body's name in its own language, in brackets after its English name", () => {
  it('is an alias of the cited body, no second company', () => {
    const x = extract(
      'Norrvik Bank will cut 800 jobs in Zurich. ' +
        'The Foreign Traders Association (Auslandhandelsverband) said the cuts were expected.',
    );
    // The body cited by its full name is a company as well (resolve/named-bodies.ts); its native name is no other.
    expect(x.names('Company')).toEqual(['Norrvik Bank', 'Foreign Traders Association']);
    expect(x.cited()).toEqual(['Foreign Traders Association']);
    expect(x.entity('Foreign Traders Association')?.aliases).toContain('Auslandhandelsverband');
  });

  it('initials in brackets still name the body, and a word after a company name is left as before', () => {
    const x = extract(
      'Norrvik Bank will cut 800 jobs in Zurich. The Foreign Traders Association (FTA) said the cuts were expected.',
    );
    expect(x.cited()).toEqual(['Foreign Traders Association']);
    const y = extract('Vessla Holdings (Vesslabeteiligungen) will cut 300 jobs at its Zurich office.');
    expect(y.names('Company')).toContain('Vessla Holdings');
    expect(y.cited()).toEqual([]);
  });
});
