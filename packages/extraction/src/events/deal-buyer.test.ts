import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2024-06-12') => extract(text, pub).events();

describe('a sale’s other party is its buyer, not the business sold', () => {
  it('"sells majority stake to Marlo Foods" and "sell its 58% stake in Tolvo Brewing Plc to Marlo Foods" are one deal', () => {
    const text = [
      'Kora Drinks exits Tolvo Brewing, sells majority stake to Marlo Foods',
      '',
      'LAGOS — British drinks group Kora Drinks Plc has agreed to sell its 58% stake in Tolvo Brewing Plc to Marlo Foods, the Singapore-based conglomerate, in a deal that ends six decades of control.',
    ].join('\n');
    expect(events(text).filter((e) => e.kind === 'restructuring')).toHaveLength(1);
  });

  it('stakes sold to two different buyers stay two deals', () => {
    const text = [
      'Kora Drinks Plc has agreed to sell its stake in Tolvo Brewing Plc to Marlo Foods, it said on Monday.',
      'Separately, Kora Drinks Plc agreed to sell its stake in Brenner Malt to Vessa Capital.',
    ].join(' ');
    expect(events(text).filter((e) => e.kind === 'restructuring')).toHaveLength(2);
  });
});
