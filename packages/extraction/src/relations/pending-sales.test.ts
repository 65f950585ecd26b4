import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a unit in a sale still to come is the seller’s', () => {
  it('"agreed to buy A from B": A belongs to B until the deal closes', () => {
    const x = extract(
      'Marlo Media will cut 600 jobs. Its chief has argued for consolidation and agreed this year to buy Skyreach ' +
        'Deutschland from Calvert Group, a deal that still needs approval.',
    );
    expect(x.parent('Skyreach Deutschland')).toBe('Calvert Group');
  });

  it('a purchase from someone’s fund names no owner ("to buy A from B’s fund")', () => {
    const x = extract('Marlo Media agreed to buy Skyreach Radio from Calvert Group’s fund last year.');
    expect(x.parent('Skyreach Radio')).not.toBe('Calvert Group');
  });
});
