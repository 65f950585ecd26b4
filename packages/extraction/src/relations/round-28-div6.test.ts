import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 28: a list of units with its owner named once for all', () => {
  it('"A, B and C, which are all owned by Denmark\'s Orsk Holdings": every name listed belongs to the owner', () => {
    const x = extract(
      'Textile makers cut jobs\n\nIn October, three textile companies in Norway — Brannvik Textiles Inc., Tovik ' +
        "Apparel Corporation and Lunde Wear Inc., which are all owned by Denmark's Orsk Holdings — issued notices " +
        'for 2,400 workers.',
    );
    expect(x.parent('Brannvik Textiles')).toBe('Orsk Holdings');
    expect(x.parent('Tovik Apparel')).toBe('Orsk Holdings');
    expect(x.parent('Lunde Wear')).toBe('Orsk Holdings');
  });

  it('near miss: "A, B and C, which are all supplied by X" names a supplier, not an owner', () => {
    const x = extract(
      'Textile makers cut jobs\n\nIn October, three textile companies in Norway — Brannvik Textiles Inc., Tovik ' +
        "Apparel Corporation and Lunde Wear Inc., which are all supplied by Denmark's Orsk Holdings — issued " +
        'notices for 2,400 workers.',
    );
    expect(x.parent('Brannvik Textiles')).toBeNull();
    expect(x.parent('Tovik Apparel')).toBeNull();
  });

  it('"other airlines within the group, such as A, B or C": the group that opens the sentence owns them', () => {
    const x = extract(
      'Vessla Air to cut pilots\n\nVessla Air plans to cut 1,100 pilot jobs. Kora Airlines Group has not made ' +
        'similar announcements for other airlines within the group, such as Brisa, Tallvik Air or Norrvik Express.',
    );
    expect(x.parent('Brisa')).toBe('Kora Airlines Group');
    expect(x.parent('Tallvik Air')).toBe('Kora Airlines Group');
    expect(x.parent('Norrvik Express')).toBe('Kora Airlines Group');
  });

  it('"The group has … other banks within the group, such as A and B": the group is the company in focus', () => {
    const x = extract(
      'Hallberg Bank to cut 3,000 jobs\n\nHallberg Bank said on Monday it would cut 3,000 jobs. The group has not ' +
        'made similar announcements for other banks within the group, such as Brannpost and Tovik Bank.',
    );
    expect(x.parent('Brannpost')).toBe('Hallberg Bank');
    expect(x.parent('Tovik Bank')).toBe('Hallberg Bank');
  });

  it('near miss: "other airlines in the region, such as A and B" names rivals', () => {
    const x = extract(
      'Vessla Air to cut pilots\n\nVessla Air plans to cut 1,100 pilot jobs. Kora Airlines Group said other ' +
        'airlines in the region, such as Brisa and Tallvik Air, could follow.',
    );
    expect(x.parent('Brisa')).toBeNull();
    expect(x.parent('Tallvik Air')).toBeNull();
  });
});

describe('round 28: the owner named in apposition after "the parent company of A"', () => {
  it('"The parent company of Hong Kong listed Kestrel Energy, Norrvik Coal Group, announced": Norrvik owns Kestrel', () => {
    const x = extract(
      'Norrvik Coal Group to cut 5,000 jobs\n\nThe parent company of Hong Kong listed Kestrel Energy, Norrvik ' +
        'Coal Group, announced it will cut 5,000 jobs this year.',
    );
    expect(x.parent('Kestrel Energy')).toBe('Norrvik Coal Group');
  });

  it('near miss: "the parent company of A, B and C said" is a list, not an apposition', () => {
    const x = extract(
      'Coal groups cut jobs\n\nThe parent company of Kestrel Energy, Norrvik Coal Group and Tovik Power said they ' +
        'would cut 5,000 jobs this year.',
    );
    expect(x.parent('Kestrel Energy')).toBeNull();
  });
});
