import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const companies = (text: string) => extract(text).names('Company');

describe('a bracketed acronym after a name ending in a nationality word is that name', () => {
  it('"Vessla Nigerian (VN) … VN shares fell" makes no separate company "VN"', () => {
    const text = 'Kestrel Bank will cut 300 jobs. Vessla Nigerian (VN) said it would cut 200 jobs. VN shares fell.';
    expect(companies(text)).toEqual(['Kestrel Bank', 'Vessla Nigerian']);
  });

  it('near miss: without the brackets, a later "VN" is not taken for the name', () => {
    const text = 'Kestrel Bank will cut 300 jobs. Vessla Nigerian said it would cut 200 jobs. VN shares fell.';
    expect(companies(text)).toContain('VN');
  });
});
