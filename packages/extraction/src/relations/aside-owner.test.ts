import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a unit named inside a bracketed aside', () => {
  it('belongs to the company right before the bracket, not to an earlier item of the list', () => {
    const x = extract(
      'Breakups swept the sector. Restructurings came at chemicals group Tamberg (which spun off its materials unit ' +
        'Brisa), Vessla Group (which sold its coffee brand Kora) and Orsk Holdings.',
    );
    expect(x.parent('Brisa')).toBe('Tamberg');
    expect(x.parent('Kora')).toBe('Vessla Group');
  });
});
