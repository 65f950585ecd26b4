import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

// One announced round told with its parts: a country's share and "additional … elsewhere", or the functions the
// cuts fall in ("in research", "in corporate functions") — one event, not one per part.
describe('parts of one announced round', () => {
  it('reads "N in France, with M additional positions eliminated elsewhere" as the round\'s parts', () => {
    const x = extract(
      'Norrvik Cars plans to cut 9,000 jobs worldwide. The measures will affect about 8% of its staff: some 3,100 posts will go in Sweden, with more than 5,800 additional positions eliminated elsewhere.',
    );
    expect(x.events().map((e) => [e.org, e.count])).toEqual([['Norrvik Cars', 9000]]);
  });

  it('reads "the remaining N in the rest of the world" as a part too', () => {
    const x = extract(
      'Hallberg Group will cut 4,000 jobs. About 1,500 of them are in Germany, and a further 2,500 will go in the rest of the world.',
    );
    expect(x.events().map((e) => e.count)).toEqual([4000]);
  });

  it('reads the functions a round falls in as its parts ("It will cut 600 jobs in crop research")', () => {
    const x = extract(
      'Hallberg Group plans to cut 7,000 jobs. Most of the jobs to be axed are in corporate functions. It will cut 600 jobs in crop research and 200 positions in sales, and a further 900 will go in administration.',
    );
    expect(x.events().map((e) => e.count)).toEqual([7000]);
  });

  it('keeps a dated earlier round of the same company apart', () => {
    const x = extract('Hallberg Group plans to cut 7,000 jobs. In 2019 it cut 600 jobs in crop research.');
    expect(x.events().map((e) => e.count)).toEqual([7000, 600]);
  });

  it('keeps a larger figure after a smaller round apart (no part is larger than its round)', () => {
    const x = extract('Hallberg Group will cut 300 jobs in Norway. Vessla Foods will cut 2,000 jobs elsewhere.');
    expect(x.events().map((e) => [e.org, e.count])).toEqual([
      ['Hallberg Group', 300],
      ['Vessla Foods', 2000],
    ]);
  });
});

describe('a remainder is no earlier round', () => {
  it('keeps "Last year it cut N jobs elsewhere" apart from the new round', () => {
    const x = extract(
      'Hallberg Group will cut 4,000 jobs in Norway. Last year it cut 900 jobs elsewhere.',
      '2025-03-01',
    );
    expect(x.events().map((e) => e.count)).toEqual([4000, 900]);
  });
});

describe('a share told again', () => {
  it('is the round that has it, not a share-only round a later part fills', () => {
    const x = extract(
      'As it integrates Vessla, Hallberg will eliminate around 10% of its global workforce\n\nChemicals group Hallberg plans to cut 12,000 jobs. The number represents almost a tenth of its 118,000-strong workforce. It will cut 900 jobs in crop research and 350 positions at its Vandmoor plant.',
    );
    expect(x.events().map((e) => [e.org, e.count, e.percent])).toEqual([['Hallberg', 12000, 10]]);
  });
});
