import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 31 (ent18): "the union\'s president" after a union named as "the KWMU union, which …"', () => {
  it('gives the union named by its acronym before the word "union"', () => {
    const x = extract(
      "Kestrel to fire 4,000\n\nKestrel Steel said on Friday it would fire 4,000 workers at its Tarvo mill. The KWMU union, which represents steelworkers around Tarvo, said a meeting with managers ended without a deal. According to Jane Roe, the union's president, the dismissals will go ahead by March 15.",
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'president', org: 'KWMU' });
  });

  it('"the Kestrel Steel union" (a company\'s staff) is no union of that name (near miss)', () => {
    const x = extract(
      "Kestrel to fire 4,000\n\nKestrel Steel said on Friday it would fire 4,000 workers at its Tarvo mill. The Kestrel Steel union, which represents workers at the mill, said a meeting with managers ended without a deal. According to Jane Roe, the union's president, the dismissals will go ahead by March 15.",
    );
    expect(x.role('Jane Roe')?.org).not.toBe('Kestrel Steel');
  });
});
