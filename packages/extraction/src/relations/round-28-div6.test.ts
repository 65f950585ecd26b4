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

describe('round 28: an owner described at length, or written with a bare apostrophe', () => {
  it('"A (TCM), owned by London-listed metals and mining group B": the description ends in a noun for a company', () => {
    const x = extract(
      'Tovik to cut jobs\n\nZambian mining company Tovik Copper Mines (TCM), owned by London-listed metals and ' +
        'mining group Orsk Resources, has announced plans to lay off 2,000 employees.',
    );
    expect(x.parent('Tovik Copper Mines')).toBe('Orsk Resources');
  });

  it('near miss: "owned by the state and managed by mining group B" names a manager, not an owner', () => {
    const x = extract(
      'Tovik to cut jobs\n\nZambian mining company Tovik Copper Mines (TCM), owned by the state and managed by ' +
        'mining group Orsk Resources, will cut 2,000 jobs.',
    );
    expect(x.parent('Tovik Copper Mines')).toBeNull();
  });

  it('"Brisa, Orvis\' budget arm,": a name ending in s owns the unit with the apostrophe alone', () => {
    const x = extract(
      "Orvis to cut 2,500 jobs\n\nOrvis will cut 2,500 jobs. Brisa, Orvis' budget arm, said it would outsource " +
        'the work.',
    );
    expect(x.parent('Brisa')).toBe('Orvis');
  });

  it('near miss: "Brisa, Orvis\' rival," is another company', () => {
    const x = extract(
      "Orvis to cut 2,500 jobs\n\nOrvis will cut 2,500 jobs. Brisa, Orvis' rival, said it would hire the staff.",
    );
    expect(x.parent('Brisa')).toBeNull();
  });
});

describe('round 28: a unit the company works through in a country', () => {
  it('"The United States, through A, is the other big earner": A belongs to the company in focus', () => {
    const x = extract(
      'Kestrel Group splits in two\n\nKestrel Group makes most of its profit in Asia. The United States, through ' +
        'Vella Insurance Co., is the other big earner.',
    );
    expect(x.parent('Vella Insurance')).toBe('Kestrel Group');
  });

  it('"X will keep consolidating B …, and a presence in Mexico through A": A belongs to the subject, not to B', () => {
    const x = extract(
      'Kestrel Bank to split Mexican arm\n\nKestrel Bank will keep consolidating Brisa Bank in its results, and ' +
        'will retain a significant presence in Mexico through Vella Insurance Co., which serves 2,000 clients.',
    );
    expect(x.parent('Vella Insurance')).toBe('Kestrel Bank');
  });

  it('near miss: "sells its cars in Kenya through A, a local distributor" names a distributor', () => {
    const x = extract(
      'Kestrel Motors to cut jobs\n\nKestrel Motors sells its cars in Kenya through Orsk Motors, a local ' +
        'distributor.',
    );
    expect(x.parent('Orsk Motors')).toBeNull();
  });

  it('near miss: "holds its stake through A" names no country and no unit', () => {
    const x = extract(
      "Kestrel Group to cut jobs\n\nKestrel Group holds its stake through Tovik Holding, the family's vehicle.",
    );
    expect(x.parent('Tovik Holding')).toBeNull();
  });
});

describe('round 28: "The company, which is part of X," — the company called by its trade belongs to X', () => {
  it('"The company, which is part of Gupta\'s Orsk Holdings group, said": the company in focus', () => {
    const x = extract(
      'Norrvik Steel to idle plants\n\nNorrvik Steel is to idle some of its smaller plants in a restructuring ' +
        "that could cut 440 jobs.\n\nThe company, which is part of Gupta's Orsk Holdings group, said it " +
        'would focus on alloy steel.',
    );
    expect(x.parent('Norrvik Steel')).toBe('Orsk Holdings');
  });

  it('"The carmaker, owned by Detroit-based A, …": the company the sentence before opens with', () => {
    const x = extract(
      'Brisa Motors to cut jobs\n\nBrisa Motors said on Tuesday it would cut 1,200 jobs at its plant in Luton. ' +
        'The carmaker, owned by Detroit-based Kestrel Motors, employs 4,500 people in Britain.',
    );
    expect(x.parent('Brisa Motors')).toBe('Kestrel Motors');
  });

  it('near miss: "The company, which is part of the Tovik 600 index," is no owner', () => {
    const x = extract(
      'Brisa Motors to cut jobs\n\nBrisa Motors said on Tuesday it would cut 1,200 jobs at its plant in Luton. ' +
        'The company, which is part of the Tovik 600 index, employs 4,500 people in Britain.',
    );
    expect(x.parent('Brisa Motors')).toBeNull();
  });

  it('near miss: "The company, which is in talks with A," names a partner', () => {
    const x = extract(
      'Brisa Motors to cut jobs\n\nBrisa Motors said on Tuesday it would cut 1,200 jobs at its plant in Luton. ' +
        'The company, which is in talks with Kestrel Motors, employs 4,500 people in Britain.',
    );
    expect(x.parent('Brisa Motors')).toBeNull();
  });
});
