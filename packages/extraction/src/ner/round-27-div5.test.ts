import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 27: units named once, and units whose name extends the owner’s', () => {
  it('"Vessla South Africa … Vessla": a name plus a country of two words is the unit there, the bare name its owner', () => {
    const x = extract(
      'Vessla to cut local jobs\n\nBeer producer Vessla South Africa has said it will cut its local staff by about ' +
        '7%. The firm, a unit of Dutch brewer Vessla, employs 1,000 people.',
    );
    expect(x.entity('Vessla South Africa')?.type).toBe('Division');
    expect(x.parent('Vessla South Africa')).toBe('Vessla');
  });

  it('near miss: "Vessla South Brewing … Vessla": words that are no place together leave the bare name its short form', () => {
    const x = extract(
      'Vessla to cut local jobs\n\nBeer producer Vessla South Brewing has said it will cut its staff by about 7%. ' +
        'Vessla employs 1,000 people.',
    );
    expect(x.orgs()).toContain('Company Vessla South Brewing [Vessla]');
  });

  it('near miss: "Vessla South Africa" with no bare "Vessla" stays a company of its own', () => {
    const x = extract(
      'Brewer to cut local jobs\n\nBeer producer Vessla South Africa has said it will cut its local staff by about ' +
        '7%. The firm employs 1,000 people.',
    );
    expect(x.entity('Vessla South Africa')?.type).toBe('Company');
    expect(x.parent('Vessla South Africa')).toBeNull();
  });
});
