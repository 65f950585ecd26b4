import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('places opened by a given name are no people (round 38, div6)', () => {
  it('a street, a city or a theatre named after someone is a place', () => {
    const x = extract(
      'Norrvik Apparels said its factory on Jonas Road would shut. The group opened in Maria Vessla City in 1994. Staff marched to the Anna Berg National Theatre.',
    );
    expect(x.names('Person')).toEqual([]);
  });

  it('a name a place noun follows, or "the region of" opens, is a place', () => {
    const x = extract(
      'Kestrel Textiles said coaches would carry the staff home to Lena Orsk district. Its mill lies in the region of Emilia Norrvik and has 180 staff.',
    );
    expect(x.names('Person')).toEqual([]);
  });

  it('keeps a person a title or a speech verb names beside the same nouns (near miss)', () => {
    const x = extract(
      'Kestrel Textiles chief executive Anna Berg said the mill in the region would shut. "We regret it," said Emilia Roe, district manager at Kestrel Textiles.',
    );
    expect(x.names('Person')).toEqual(['Anna Berg', 'Emilia Roe']);
  });
});

describe('"Comrade" styles a union official and is no part of the name (round 38, div6)', () => {
  it('"Comrade Ade Bakare" is Ade Bakare', () => {
    const x = extract('KBWU President, Comrade Ade Bakare, told members the union rejected the cuts at Kestrel Bank.');
    expect(x.names('Person')).toEqual(['Ade Bakare']);
  });

  it('keeps a surname that only begins like it ("Jane Comradeson")', () => {
    expect(x0('Jane Comradeson, a spokeswoman for Kestrel Bank, said 300 jobs would go.')).toEqual(['Jane Comradeson']);
  });
});

function x0(text: string): string[] {
  return extract(text).names('Person');
}
