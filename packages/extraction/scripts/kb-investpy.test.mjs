import { describe, expect, it } from 'vitest';
import { cleanInvestpyName } from './kb-investpy.mjs';

describe('cleanInvestpyName', () => {
  it('drops share-class and legal tails, keeps group words', () => {
    expect(cleanInvestpyName('Norrvik Brewing Holding NV')).toBe('Norrvik Brewing Holding');
    expect(cleanInvestpyName('Kestrel Airlines Group SA ADR')).toBe('Kestrel Airlines Group');
    expect(cleanInvestpyName('Vessla Cement Ltd')).toBe('Vessla Cement');
    expect(cleanInvestpyName('Orsk Steel Public Company Limited')).toBe('Orsk Steel');
    expect(cleanInvestpyName('Tarrow Foods Corp Class B')).toBe('Tarrow Foods');
  });

  it('gives no name for abbreviated listings, shouted capitals or stray characters', () => {
    expect(cleanInvestpyName('Kestrel Airways Intl')).toBeNull();
    expect(cleanInvestpyName('NORRVIK ON')).toBeNull();
    expect(cleanInvestpyName('Vessla (Pty)/Old')).toBeNull();
  });
});
