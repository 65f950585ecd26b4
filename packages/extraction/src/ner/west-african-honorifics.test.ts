import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('West African honorifics are no part of a name', () => {
  it('"Mallam Musa Bello" and "Alhaja Amina Yusuf" are Musa Bello and Amina Yusuf', () => {
    const x = extract(
      "Kestrel Bank's chairman, Mallam Musa Bello, said the bank would cut 300 jobs. Its chief executive, Alhaja Amina Yusuf, said the cuts would be voluntary.",
    );
    expect(x.names('Person')).toEqual(['Musa Bello', 'Amina Yusuf']);
  });

  it('keeps a surname that is no honorific ("Jane Mallamo")', () => {
    expect(extract('Jane Mallamo, a spokeswoman for Kestrel Bank, said 300 jobs would go.').names('Person')).toEqual([
      'Jane Mallamo',
    ]);
  });
});
