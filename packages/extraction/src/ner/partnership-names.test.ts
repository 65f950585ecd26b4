import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('firms named after their founders with "&"', () => {
  it('takes "X & Y" for a company wherever it stands', () => {
    expect(
      extract('Norvale Air will cut 300 jobs. Its engines come from Kellwick & Whitney.').names('Company'),
    ).toContain('Kellwick & Whitney');
  });

  it('takes no place joined by "&" for a company', () => {
    expect(extract('Norvale Air will cut 300 jobs in Trinidad & Tobago.').names('Company')).toEqual(['Norvale Air']);
  });
});
