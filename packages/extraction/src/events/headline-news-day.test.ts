import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe("a headline's round with no figure takes the lede's news day (finalize-events.ts)", () => {
  it('"Kestrel Rail unveils voluntary retirement scheme … Kestrel Rail has today opened …": the publication day', () => {
    const x = extract(
      'Kestrel Rail unveils voluntary retirement scheme\n\nKestrel Rail has today opened a voluntary redundancy scheme to its staff.',
      '2013-09-12',
    );
    expect(x.cuts()).toEqual([{ count: null, percent: null, when: '2013-09-12' }]);
  });

  it('near miss: a round with no figure told first in the body (no headline) is not dated by this step', () => {
    const x = extract(
      'Kestrel Rail is drawing up a voluntary redundancy scheme for its staff. Kestrel Rail has today opened the voluntary redundancy scheme.',
      '2013-09-12',
    );
    expect(x.cuts()).toEqual([{ count: null, percent: null, when: null }]);
  });
});
