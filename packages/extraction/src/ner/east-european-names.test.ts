import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('companies named with a Central European group word, and posts held before', () => {
  it('"Grupa X" and "X" are one company', () => {
    const x = extract('Grupa Vellmar said on Monday it would sell a refinery. Vellmar shares rose 3%.');
    expect(x.names('Company')).toEqual(['Grupa Vellmar']);
    expect(x.entity('Grupa Vellmar')?.aliases).toContain('Vellmar');
  });

  it('"Former X chief executive Jane Roe" opening a sentence gives the post to X, not to "Former X"', () => {
    const x = extract(
      'Vellmar will sell the plant. Former Vellmar chief executive Piotr Nowacki told a newspaper the price was low.',
    );
    expect(x.role('Piotr Nowacki')).toMatchObject({ org: 'Vellmar' });
    expect(x.entity('Former Vellmar')).toBeUndefined();
  });
});
