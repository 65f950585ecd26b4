import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('"A is part of B" states that B owns A (round 38, div6)', () => {
  it("a sentence saying A is part of B, with a country's possessive before B", () => {
    const x = extract(
      "Some 300 staff will go at Tarn Timber Mills, the company said. Tarn Timber Mills is part of Norway's Kestrel Resources and runs two sawmills.",
    );
    expect(x.parent('Tarn Timber Mills')).toBe('Kestrel Resources');
  });

  it('"is now part of the B group"', () => {
    const x = extract('Lantern Paper will cut 20 jobs. Lantern Paper is now part of the Norrvik Group, it said.');
    expect(x.parent('Lantern Paper')).toBe('Norrvik Group');
  });

  it('no owner in "part of a consortium led by B" or "part of talks with B" (near miss)', () => {
    const x = extract(
      'Kestrel Bank will cut 200 jobs. Kestrel Bank is part of a consortium led by Vessla Capital that bid for the port. Orsk Mining was part of talks with Hallberg Metals.',
    );
    expect(x.parent('Kestrel Bank')).toBeNull();
    expect(x.parent('Orsk Mining')).toBeNull();
  });

  it('no owner in "part of the group that sued B" or "part of a panel reviewing B" (near miss)', () => {
    const x = extract(
      'Kestrel Bank will cut 200 jobs. Kestrel Bank was part of the group that sued Vessla Capital last year. Orsk Mining is part of a panel reviewing Hallberg Metals.',
    );
    expect(x.parent('Kestrel Bank')).toBeNull();
    expect(x.parent('Orsk Mining')).toBeNull();
  });
});
