import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 26: an owner named with its bracketed short form', () => {
  it('"the Kestrel Airlines Group (KAG), which owns Norrvik Air": the group owns the airline', () => {
    const x = extract(
      'Kestrel to cut jobs\n\nOn 28 April, the Kestrel Airlines Group (KAG), which owns Norrvik Air announced that ' +
        'the carrier could see up to 12,000 job losses.',
    );
    expect(x.parent('Norrvik Air')).toBe('Kestrel Airlines Group');
  });

  it('near miss: a bracket of other words before ", which owns" names no owner', () => {
    const x = extract(
      'Kestrel to cut jobs\n\nOn 28 April, the Brisa fund (in which Kestrel holds a stake), which owns Norrvik Air ' +
        'announced that the carrier could see up to 12,000 job losses.',
    );
    expect(x.parent('Norrvik Air')).toBeNull();
  });

  it('"Tamberg (TAMB3), the parent company of Lumen Stores": a ticker between owner and phrase', () => {
    const x = extract(
      'Retailers cut jobs\n\nAlso in the retail sector, Tamberg (TAMB3), the parent company of Lumen Stores, ' +
        'announced the closure of a factory and the dismissal of 2,000 employees.',
    );
    expect(x.parent('Lumen Stores')).toBe('Tamberg');
  });

  it('near miss: a person with a bracketed post before "the owner of" is no company owning it', () => {
    const x = extract(
      'Retailers cut jobs\n\nTamberg said on Monday it would close a factory. Ingo Hallberg (CEO), the owner of ' +
        'Lumen Stores, declined to comment.',
    );
    expect(x.parent('Lumen Stores')).toBeNull();
  });
});
