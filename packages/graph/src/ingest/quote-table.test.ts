import { describe, expect, it } from 'vitest';
import { quoteTable } from './quote-table.js';

describe('quoteTable', () => {
  it('stores each text once, in text order, and indexes every list into it', () => {
    const table = quoteTable([
      { starts: [40, 0], quotes: ['Kestrel said so.', 'Norrvik cut 120 jobs.'] },
      { starts: [0], quotes: ['Norrvik cut 120 jobs.'] },
      { starts: [], quotes: [] },
      // The same words at two places: one text, both spans keep their own offsets on the relationship.
      { starts: [90], quotes: ['Norrvik cut 120 jobs.'] },
    ]);
    expect(table.texts).toEqual(['Norrvik cut 120 jobs.', 'Kestrel said so.']);
    expect(table.indexes).toEqual([[1, 0], [0], [], [0]]);
  });

  it('is empty without quotes', () => {
    expect(quoteTable([])).toEqual({ texts: [], indexes: [] });
  });
});
