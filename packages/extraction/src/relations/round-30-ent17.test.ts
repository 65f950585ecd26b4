import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 30 (ent17): what an owner "won control of" or "will retain ownership of"', () => {
  it('"won control of A", "will retain ownership of B" make both parts of the owner', () => {
    const x = extract(
      'Kestrel Industries to cut 300 jobs\n\nKestrel Industries won control of Norrvik Engineering in 2018. Kestrel Industries added it will retain ownership of Norrvik Aerospace after the split.',
    );
    expect([x.parent('Norrvik Engineering'), x.parent('Norrvik Aerospace')]).toEqual([
      'Kestrel Industries',
      'Kestrel Industries',
    ]);
  });

  it('"gave up control of", and customers listed in the kept unit’s apposition, stay unowned (near miss)', () => {
    const x = extract(
      'Kestrel Industries to cut 300 jobs\n\nKestrel Industries gave up control of Tarvo Motors. Kestrel Industries will retain ownership of Norrvik Aerospace, a supplier of engine parts for companies including Orsk Airlines and Lyngby Air.',
    );
    expect([x.parent('Tarvo Motors'), x.parent('Orsk Airlines'), x.parent('Lyngby Air')]).toEqual([null, null, null]);
    expect(x.parent('Norrvik Aerospace')).toBe('Kestrel Industries');
  });
});
