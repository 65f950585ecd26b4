import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a majority holding stated with its share is PART_OF', () => {
  it('"A, 60%-owned by Britain\'s B" and "A, in which B holds 60 per cent"', () => {
    const x = extract("Tarvik Nigeria Plc, 60%-owned by Britain's Halden Group, said it would cut 300 jobs.");
    expect(x.parent('Tarvik Nigeria')).toBe('Halden Group');
    const y = extract(
      'Tarvik Nigeria Plc, in which Halden Group holds 60 per cent, said it would cut 300 jobs. Tarvik Nigeria makes soap.',
    );
    expect(y.parent('Tarvik Nigeria')).toBe('Halden Group');
  });

  it('half or less is an investment, not a part', () => {
    const x = extract(
      'Tarvik Nigeria Plc, in which Halden Group holds 30 per cent, said it would cut 300 jobs. Tarvik Nigeria makes soap.',
    );
    expect(x.parent('Tarvik Nigeria')).toBeNull();
  });
  it('"B agreed to sell its 58 per cent stake in A": A is B\'s until sold', () => {
    const x = extract(
      'Halden Group has agreed to sell its 58 per cent stake in Tarvik Nigeria Plc to Osei Holdings. Tarvik Nigeria said the deal needs approval.',
    );
    expect(x.parent('Tarvik Nigeria')).toBe('Halden Group');
  });
});
