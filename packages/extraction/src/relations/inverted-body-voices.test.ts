import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a body that speaks after an inverted verb of telling', () => {
  it('cites "…, says the Orsk Workers Union." and a body named by its fields', () => {
    expect(
      extract('Kestrel Media plans deep cuts. The plan will cost 200 jobs, says the Orsk Workers Union.').cited(),
    ).toEqual(['Orsk Workers Union']);
    expect(
      extract('Kestrel Media plans deep cuts. The plan will cost 200 jobs, warned the Orsk Arts Alliance.').cited(),
    ).toEqual(['Orsk Arts Alliance']);
    expect(
      extract(
        'Kestrel Media plans deep cuts. The plan will cost 200 jobs and weaken the papers, says the Print, Radio & Screen Alliance.',
      ).cited(),
    ).toEqual(['Print, Radio & Screen Alliance']);
  });

  it('does not cite a body that is only the object of the verb or that a title follows', () => {
    // "told the union": the body is told, it does not speak; "said the union official": a person speaks.
    expect(
      extract(
        'Kestrel Media plans deep cuts. The plan will cost 200 jobs, Jane Roe told the Orsk Workers Union.',
      ).cited(),
    ).toEqual([]);
    expect(
      extract(
        'Kestrel Media plans deep cuts. The plan will cost 200 jobs, said the Orsk Workers Union official.',
      ).cited(),
    ).not.toContain('Orsk Workers Union');
  });
});
