import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const brief = (text: string) =>
  extract(text, '2024-11-19')
    .events()
    .map((e) => [e.kind, e.org, e.count]);

describe('takers of a voluntary scheme told with their employer (round 37, ev28)', () => {
  it('"N employees of X have signed up for voluntary retirement": the count and the employer', () => {
    expect(brief('Some 300 employees of Norrvik Motors have signed up for voluntary retirement.')).toEqual([
      ['layoff', 'Norrvik Motors', 300],
    ]);
  });

  it('an apposition after the employer: "N employees of X Ltd, the oldest …, have opted for the VRS"', () => {
    expect(
      brief(
        'As many as 420 employees of Kestrel Drugs Ltd, the oldest drug maker in Orsk, have opted for the voluntary retirement scheme (VRS).',
      ),
    ).toEqual([['layoff', 'Kestrel Drugs', 420]]);
  });

  it("near miss: a relative clause after the employer is no apposition, and a union's members are no staff", () => {
    expect(
      brief('Some 300 employees of Norrvik Motors, who joined last spring, have signed up for voluntary retirement.'),
    ).toEqual([]);
    expect(brief('Some 300 members of the Orsk Metal Workers Union have signed up for voluntary retirement.')).toEqual(
      [],
    );
  });
});

describe('a unit liquidated, wound up or closed by its owner (round 37, ev28)', () => {
  it('"decided to liquidate the Orsk branch", "will wind up its leasing subsidiary"', () => {
    expect(brief('Vessla Media decided to liquidate the Orsk branch to improve efficiency.')).toEqual([
      ['restructuring', 'Vessla Media', null],
    ]);
    expect(brief('Norrvik Bank will wind up its leasing subsidiary by the end of the year.')).toEqual([
      ['restructuring', 'Norrvik Bank', null],
    ]);
  });

  it('"plans to close the Orsk unit of X": the closer, not the unit\'s brand', () => {
    expect(brief('Vessla Media plans to close the Orsk unit of Kestrel Comics next month, sources said.')).toEqual([
      ['restructuring', 'Vessla Media', null],
    ]);
  });

  it('near miss: stakes, holdings and assets are liquidated as investments; "wind up paying" is no winding up', () => {
    expect(brief('Norrvik Motors plans to liquidate its stake in Kestrel Air.')).toEqual([]);
    expect(brief('The Orsk Growth Fund will liquidate its holdings in Norrvik Motors.')).toEqual([]);
    expect(brief('Norrvik Motors could wind up paying more for steel.')).toEqual([]);
    expect(brief('Vessla Media will close the deal for the unit next week.')).toEqual([]);
  });
});

describe('the whole family of verbs that make a plan of cuts news (round 37, ev28)', () => {
  it('a board\'s "approved in principle the reorganisation", "launched", "embarked on", "presented"', () => {
    expect(brief('Norrvik Holdings said its board had approved in principle the reorganisation of the group.')).toEqual(
      [['restructuring', 'Norrvik Holdings', null]],
    );
    expect(brief('Kestrel Foods launched a restructuring in March.')).toEqual([
      ['restructuring', 'Kestrel Foods', null],
    ]);
    expect(brief('Vessla Bank has embarked on a sweeping restructuring.')).toEqual([
      ['restructuring', 'Vessla Bank', null],
    ]);
    expect(brief('Kestrel Foods presented a reorganisation of its sales teams to the works council.')).toEqual([
      ['restructuring', 'Kestrel Foods', null],
    ]);
  });

  it('near miss: a union that agrees, a company that does not approve, and a restructuring of debt announce nothing', () => {
    expect(brief('The Orsk Workers Union agreed to the job cuts.')).toEqual([]);
    expect(brief('Norrvik Holdings did not approve the layoffs.')).toEqual([]);
    expect(brief('Norrvik Holdings approved a restructuring of its bonds.')).toEqual([]);
    expect(brief('Norrvik Holdings announced a restructuring of its debt.')).toEqual([]);
  });
});

describe('jobs cut without a figure by the verbs of trimming (round 37, ev28)', () => {
  it('"trimmed staff", "will slim down its workforce", "pare back its headcount", "scaled back its workforce"', () => {
    expect(brief('Norrvik Holdings trimmed staff again.')).toEqual([['layoff', 'Norrvik Holdings', null]]);
    expect(brief('Norrvik Holdings will slim down its workforce.')).toEqual([['layoff', 'Norrvik Holdings', null]]);
    expect(brief('Kestrel Foods will pare back its headcount.')).toEqual([['layoff', 'Kestrel Foods', null]]);
    expect(brief('Vessla Bank scaled back its workforce in Orsk.')).toEqual([['layoff', 'Vessla Bank', null]]);
  });

  it('near miss: costs, plans and output trimmed or scaled back are no jobs', () => {
    expect(brief('Norrvik Holdings will trim its costs.')).toEqual([]);
    expect(brief('Kestrel Foods scaled back its investment plans.')).toEqual([]);
    expect(brief('Vessla Bank will slim down its branch opening hours.')).toEqual([]);
  });
});
