import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('named sites announced after a counted or owned plural are units (round 41, div9)', () => {
  it('"these four mills, namely A, B and C": each mill is a unit of the company in focus', () => {
    const x = extract(
      'Vessla to shut mills\n\nThe Vessla Sugar Corporation (VSC) will shut four of its mills by March. About 2,000 people work at these four mills, namely Orsk Sugar, Tarvo Sugar, Kestrel Sugar and Norrvik Sugar.',
    );
    for (const mill of ['Orsk Sugar', 'Tarvo Sugar', 'Kestrel Sugar', 'Norrvik Sugar']) {
      expect(x.names('Division')).toContain(mill);
      expect(x.parent(mill)).toMatch(/^Vessla Sugar/);
    }
  });

  it('"two of its hotels: A in <town>, and B in <town>": the place after an item does not end the list', () => {
    const x = extract(
      'Hallberg Hotels International (HHI) plans to shut two of its hotels: Kestrel Inn Oldtown in Norrvik, and Kestrel Inn Harbour in Tarvo.',
    );
    expect(x.names('Division')).toEqual(expect.arrayContaining(['Kestrel Inn Oldtown', 'Kestrel Inn Harbour']));
    expect(x.parent('Kestrel Inn Harbour')).toBe('Hallberg Hotels International');
    expect(x.names()).not.toContain('Norrvik');
  });

  it('a spaced dash announces the list too, and a bracketed short form does not end it', () => {
    const x = extract(
      'The Kora Sugar Board said the state will lease four sugar mills - Orvikmill, Tamselco, Brakkor (BRK), and Vandor Valley - to investors.',
    );
    expect(x.names()).toEqual(expect.arrayContaining(['Orvikmill', 'Tamselco', 'Brakkor', 'Vandor Valley']));
  });

  it('no unit from an open "including" list, a plural with no count or owner, or a list of towns (near miss)', () => {
    const including = extract(
      'Kora Mining said its gold mines, including Orvikdal, Tamselberg and Brakkor, would cut 500 jobs.',
    );
    expect(including.names('Division')).toEqual([]);
    const bare = extract('Kora Mining cut jobs. Sugar mills: Orvikdal Sugar and Tamselberg Sugar lost money.');
    expect(bare.names('Division')).toEqual([]);
    const towns = extract('Kora Foods will shut two of its plants: Ghana and Kenya, the company said.');
    expect(towns.names('Division')).toEqual([]);
    const small = extract('Kora Foods will shut two of its plants: Tarvingen and Velbrunn, the company said.');
    expect(small.names('Division')).toEqual([]);
  });
});
