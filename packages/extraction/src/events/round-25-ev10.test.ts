import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => ({ org: e.org, count: e.count }));

/** Undated text (no publication day): the lede's figure is not dated by the news day. */
const undatedRounds = (text: string) =>
  extract(text)
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => ({ org: e.org, count: e.count }));

const withShares = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => ({ org: e.org, count: e.count, percent: e.percent }));

describe('parts that add up to a round told nearby', () => {
  it('"by 955 …, with a further reduction of 175 … a reduction of 1,130": one round of 1,130', () => {
    expect(
      rounds(
        'Kestrel Air has told pilots that it expects to reduce headcount sharply. In a letter to pilots, the ' +
          'airline says it plans to reduce headcount by 955 for what it calls "volume adjustment", with a further ' +
          'reduction of 175 resulting from "efficiency changes". That would mean a reduction of 1,130 pilots out ' +
          'of a stated total of 4,346.',
      ),
    ).toEqual([{ org: 'Kestrel Air', count: 1130 }]);
  });

  it('"eliminate 12,600 jobs. An additional 4,150 … for a total of 16,750": one round of 16,750', () => {
    expect(
      rounds(
        'Norrvik Group to cut 16,750 jobs\n\nNorrvik Group continued its restructuring with an announcement to ' +
          'eliminate 12,600 jobs in administration. An additional 4,150 jobs will be affected by restructuring ' +
          'projects for a total of 16,750 positions.',
      ),
    ).toEqual([{ org: 'Norrvik Group', count: 16750 }]);
  });

  it('near miss: figures that do not add up to the round stay rounds of their own', () => {
    expect(
      rounds(
        'Kestrel Air plans to reduce headcount by 1,130 pilots. Last year it cut 955 pilots, and 120 engineers ' +
          'left the airline.',
      ),
    ).toContainEqual({ org: 'Kestrel Air', count: 955 });
  });

  it('near miss: a part told as a round of its own time ("on top of … who left") stays a round', () => {
    expect(
      rounds(
        'Norrvik Air has dismissed about 900 employees in Brazil, on top of 1,600 who left under a voluntary ' +
          'scheme, for a total of 2,500 jobs. Norrvik Air said the 2,500 job cuts were painful.',
      ),
    ).toContainEqual({ org: 'Norrvik Air', count: 900 });
  });

  it('near miss: rounds summed only as a running total stay rounds', () => {
    const found = rounds(
      'Norrvik Group cut 3,000 jobs in January. It said on Tuesday it will cut another 2,000 jobs, bringing the ' +
        'total to 5,000 since the start of the year.',
    );
    expect(found).toContainEqual({ org: 'Norrvik Group', count: 3000 });
    expect(found).toContainEqual({ org: 'Norrvik Group', count: 2000 });
  });
});

describe('"one in every three jobs"', () => {
  it('is a share, not a round of one job', () => {
    expect(withShares('Kestrel Motors said it wants to cut one in every three jobs in Germany.')).toEqual([
      { org: 'Kestrel Motors', count: null, percent: 33 },
    ]);
  });

  it('near miss: "one in five" keeps reading as before', () => {
    expect(withShares('Kestrel Motors said it will cut one in five jobs in Germany.')).toEqual([
      { org: 'Kestrel Motors', count: null, percent: 20 },
    ]);
  });
});

describe('a share told after the round, by the people or the cut', () => {
  it('"Those employees account for around 5% of …staff" is the share of the round before', () => {
    expect(
      withShares(
        "Over 2,000 employees at Kestrel Motors applied for early retirement. Kestrel's move is the latest in a " +
          "trend. Those employees account for around 5% of Kestrel's full-time staff in Japan.",
      ),
    ).toEqual([{ org: 'Kestrel Motors', count: 2000, percent: 5 }]);
  });

  it('near miss: "Those plants account for 5%" gives no share to the round', () => {
    expect(
      withShares(
        "Kestrel Motors will close its Norrvik plant, cutting 2,000 jobs. Those plants account for 5% of Kestrel's " +
          'workforce.',
      ),
    ).toEqual([{ org: 'Kestrel Motors', count: 2000, percent: null }]);
  });

  it('"The roughly 2 percent cut to the group\'s global workforce" sizes the round before', () => {
    expect(
      withShares(
        "Kestrel Group announced 7,800 job cuts on Friday. The roughly 2 percent cut to the group's global " +
          'workforce will generate savings.',
      ),
    ).toEqual([{ org: 'Kestrel Group', count: 7800, percent: 2 }]);
  });

  it('near miss: "The 2 percent cut in its dividend" is no share of the workforce', () => {
    expect(
      withShares(
        'Kestrel Group announced 7,800 job cuts on Friday. The 2 percent cut in its dividend will save money.',
      ),
    ).toEqual([{ org: 'Kestrel Group', count: 7800, percent: null }]);
  });
});

describe('a share of "a 400,000 workforce"', () => {
  it('"about 4% of a 400,000 workforce" is the share of the round it fits', () => {
    expect(withShares('Norrvik Group will cut 16,750 positions, about 4% of a 400,000 workforce, by 2026.')).toEqual([
      { org: 'Norrvik Group', count: 16750, percent: 4 },
    ]);
  });

  it('near miss: a share that does not fit the round stays off it', () => {
    expect(
      withShares('Norrvik Group will cut 16,750 positions; about 40% of a 400,000 workforce works in Europe.'),
    ).toEqual([{ org: 'Norrvik Group', count: 16750, percent: null }]);
  });
});

describe('a figure told beside another group of exits is a round of its own', () => {
  it('"the dismissal of 900 … at its factories, which will join the 1,600 who …" stays beside the headline total', () => {
    const found = undatedRounds(
      'Norrvik Air to lay off 2,500 employees in Brazil\n\nNorrvik Air announced the dismissal of 900 employees ' +
        'at its factories in Brazil, which will join the 1,600 who joined the voluntary dismissal programs.',
    );
    expect(found).toContainEqual({ org: 'Norrvik Air', count: 2500 });
    expect(found).toContainEqual({ org: 'Norrvik Air', count: 900 });
  });

  it('near miss: "900 … at its factories, which make regional jets" is still a part of the headline round', () => {
    expect(
      undatedRounds(
        'Norrvik Air to lay off 2,500 employees in Brazil\n\nNorrvik Air announced the dismissal of 900 employees ' +
          'at its factories in Brazil, which make regional jets.',
      ),
    ).toEqual([{ org: 'Norrvik Air', count: 2500 }]);
  });
});

describe('"X% of its workforce, which corresponds to around N employees"', () => {
  it('gives the round its count and its share', () => {
    expect(
      withShares(
        'Norrvik Air today announced an adjustment of 4.5% of its total workforce, which corresponds to around 900 ' +
          'employees in Brazil.',
      ),
    ).toEqual([{ org: 'Norrvik Air', count: 900, percent: 4.5 }]);
  });

  it('near miss: "which corresponds to its Brazilian staff" gives no count', () => {
    expect(
      withShares(
        'Norrvik Air today announced an adjustment of 4.5% of its total workforce, which corresponds to its ' +
          'Brazilian staff.',
      ),
    ).not.toContainEqual(expect.objectContaining({ count: 900 }));
  });
});
