import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('units held through a subsidiary belong to the subsidiary', () => {
  it('"A has two trusts, B and C, through its fund subsidiary, D": C belongs to D, not A', () => {
    const x = extract(
      'Ostra Holdings cut 300 jobs. Ostra Property, the property subsidiary, builds homes. Ostra Property has ' +
        'itself two listed trusts, Norvane Retail Trust and Tarrow Office Trust, through its fund management subsidiary, ' +
        'Kestrel Capital.',
    );
    expect(x.parent('Tarrow Office Trust')).toBe('Kestrel Capital');
  });
  it('"A, which B controls through its holding company C": A belongs to C, C to B', () => {
    const x = extract(
      'Kestrel Air will cut 2,000 jobs. Brussa Airlines, which Kestrel Air controls through its Belgian holding company Norhold, said in May that it would cut up to 1,000 jobs.',
    );
    expect(x.parent('Brussa Airlines')).toBe('Norhold');
    expect(x.parent('Norhold')).toBe('Kestrel Air');
  });
});
