import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a plural company noun opening a sentence', () => {
  it('"Carmakers announced layoffs", "Lenders are wary": a sector, not a company', () => {
    const x = extract('Carmakers announced layoffs this week. Lenders are wary. Kora Motors will cut 300 jobs.');
    expect(x.names('Company')).toEqual(['Kora Motors']);
  });
});
