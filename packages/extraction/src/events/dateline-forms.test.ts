import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

/** Articles without a publication date: the day they speak from is in a dateline, byline or masthead line. */
const whenOf = (text: string) => extract(text).events()[0]?.when;

describe('the day an article speaks from, told in its first lines', () => {
  it('reads a dateline closed by a colon or a full stop', () => {
    expect(whenOf('PUNE, June 3, 2025: Tessaro Motors said on Monday it would cut 1,200 jobs.')).toBe('2025-06-02');
    expect(whenOf('Lisbon, 3 June 2025. Banco Varela will cut 900 jobs, the bank said on Monday.')).toBe('2025-06-02');
  });

  it('reads a byline or masthead line that ends with the date', () => {
    const body = 'Tessaro Motors will cut 1,200 jobs, it said on Monday.';
    expect(whenOf(`Tessaro trims its workforce\n\nBy Mira Hale | June 3, 2025\n\n${body}`)).toBe('2025-06-02');
    expect(whenOf(`Tessaro trims its workforce\n\nPune | Motor Trade Weekly | June 3, 2025\n\n${body}`)).toBe(
      '2025-06-02',
    );
    expect(whenOf(`Tessaro trims its workforce\n\nMotor Trade Weekly - 3 June 2025\n\n${body}`)).toBe('2025-06-02');
  });

  it('takes no date from a headline that names a deadline', () => {
    expect(
      whenOf('Tessaro to shut plant by June 3, 2026\n\nTessaro Motors will cut 1,200 jobs, it said on Monday.'),
    ).toBe(null);
  });
});
