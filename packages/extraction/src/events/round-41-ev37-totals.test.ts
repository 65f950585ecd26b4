import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 41 (ev37): a plan told with "a total of"', () => {
  it('keeps a plan told with "a total of" one round with its later retelling ("is to shed a total of 2,600 staff")', () => {
    const text =
      'Norrvik Bygg is to shed a total of 2,600 staff across three countries. Orsk loses 1,500 of the posts, ' +
      'Vessla 700 and Kestrel 400. Norrvik Bygg puts the bill for shedding 2,600 staff at 400 million crowns.';
    const rounds = extract(text, '2009-03-02')
      .events()
      .filter((e) => e.count === 2600);
    expect(rounds).toHaveLength(1);
  });

  it('still keeps a running total told with "a total of … so far" apart from a new round', () => {
    const x = extract(
      'Norrvik Bygg has shed a total of 2,600 staff so far this year. On Monday it said it would dismiss 300 more.',
      '2009-03-02',
    );
    const total = x.doc.events.find((e) => e.count === 2600);
    expect(total?.cumulative).toBe(true);
  });
});
