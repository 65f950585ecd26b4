import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe("a workers' union's regional branch is the union (workers-bodies.ts)", () => {
  it('reads "<union acronym> <region> regional secretary" as a post at the union, with no unit', () => {
    const x = extract(
      'The Kora Union of Mineworkers (KUM) in the Eastern Cape plans to bring Tovik Coal before the labour court over 300 dismissals, the union announced late on Friday. The KUM was furious with Tovik Coal, KUM Eastern Cape regional secretary John Moyo said in a statement.',
    );
    expect(x.names('Division')).toEqual([]);
    expect(x.role('John Moyo')).toEqual({ title: 'regional secretary', org: 'Kora Union of Mineworkers' });
  });

  it("keeps a company's unit named after it and a country", () => {
    const x = extract('Norrvik Mining will cut 300 jobs. Norrvik Mining South Africa said the mines would close.');
    expect(x.parent('Norrvik Mining South Africa')).toBe('Norrvik Mining');
  });
});
