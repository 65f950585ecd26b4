import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

const words = (t: string) => tokenize(t).map((x) => x.text);

describe('tokenize', () => {
  it('keeps joined names whole and splits a possessive', () => {
    expect(words('Hallberg’s AT&T-style layoffs.fyi Lip-Bu')).toEqual([
      'Hallberg',
      's',
      'AT&T-style',
      'layoffs.fyi',
      'Lip-Bu',
    ]);
  });

  it('keeps a slashed legal form ("A/S") whole but splits other slashes', () => {
    expect(words('Norrvik A/S and/or 24/7 km/h')).toEqual(['Norrvik', 'A/S', 'and', 'or', '24', '7', 'km', 'h']);
  });
});
