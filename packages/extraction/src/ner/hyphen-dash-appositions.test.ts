import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('an apposition set off by a hyphen typed as a dash', () => {
  it('" - the telecom arm of Vessla Industries - ": the unit and its owner', () => {
    const x = extract(
      'The price war, started by new entrant Kora Mobile Ltd - the telecom arm of Vessla Industries - has ' +
        'squeezed margins across the market.',
    );
    expect(x.parent('Kora Mobile')).toBe('Vessla Industries');
  });

  it('" - the country\'s largest lender - ": the name is a company', () => {
    const x = extract('Orsk said on Monday that Brisa - the country’s largest lender - will cut 300 jobs.');
    expect(x.names('Company')).toContain('Brisa');
  });

  it('a hyphen inside a word opens no apposition', () => {
    const x = extract('Talks at Kora-Vessla, the joint venture, stalled on Monday.');
    expect(x.names()).not.toContain('Kora');
  });
});
