import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const PUB = '2024-05-08';
/** The restructurings (kind and organization) read in `text`. */
const moves = (text: string) =>
  extract(text, PUB)
    .events()
    .map((e) => `${e.kind} ${e.org}`);

describe('round 27 (rest3): the owner named in a possessive before the move', () => {
  it('gives the move to the owner, not to the buyer the clause opens with', () => {
    expect(
      moves(
        'Norrvik Bank has agreed to buy Kestrel Group’s consumer banking unit for $900 million, becoming the first sale in Kestrel Group’s retail exit from 13 markets.',
      ),
    ).toEqual(['restructuring Kestrel Group']);
  });
  // near miss: the possessive stands earlier in the clause, not right before the move; the subject moves
  it('keeps the subject when the possessive is not right before the move', () => {
    expect(
      moves('Norrvik Foods, which bought Hallberg Foods’s dairy arm last year, announced an exit from three markets.'),
    ).toEqual(['restructuring Norrvik Foods']);
  });
});

describe('round 27 (rest3): a unit with a known parent undergoes a move told in the passive', () => {
  it('gives the split to the parent', () => {
    expect(
      moves(
        'Kestrel Group owns the Vessla Engineering unit. The former Vessla Engineering business unit will be split into two independent units.',
      ),
    ).toEqual(['restructuring Kestrel Group']);
  });
  // near miss: the unit acts (no passive); the unit keeps the move
  it('keeps a unit that splits itself', () => {
    expect(
      moves(
        'Kestrel Group owns the Vessla Engineering unit. Vessla Engineering will split itself into two independent companies.',
      ),
    ).toEqual(['restructuring Vessla Engineering']);
  });
});

describe('round 27 (rest3): a headline move keeps its mover when the lede opens with its unit', () => {
  const text = (lede: string) =>
    `Hallberg to spin off Vessla automotive and castings divisions\n\n${lede}\n\nHallberg Industries, the turnaround specialist that owns Vessla, will separate its Vessla Automotive and Vessla Castings divisions.`;
  it('keeps the headline’s organization', () => {
    expect(moves(text('Vessla will be split into Vessla Automotive and Vessla Castings, Hallberg said.'))).toEqual([
      'restructuring Hallberg Industries',
    ]);
  });
  // near miss: a move weighed once, earlier ("had considered selling") is no event; "is considering selling" is
  it('reads no event in a move weighed once before', () => {
    expect(moves('Before that, Norrvik Group had considered selling its castings business.')).toEqual([]);
    expect(moves('Norrvik Group is considering selling its castings business.')).toEqual([
      'restructuring Norrvik Group',
    ]);
  });
});

describe('round 27 (rest3): one buyer named short and in full', () => {
  const sale = (lede: string) =>
    extract(`Kestrel to sell paint unit to Tolvo for $4.9 billion\n\n${lede}`, PUB).events().length;
  it('reads the headline and the lede as one sale', () => {
    expect(
      sale(
        '(Wire) - Kestrel Chemicals struck a deal to sell its paint business to private equity firm Tolvo Group LP.',
      ),
    ).toBe(1);
  });
  // near miss: a sale to another buyer stays a sale of its own
  it('keeps a sale to another buyer apart', () => {
    expect(
      sale(
        '(Wire) - Kestrel Chemicals struck a deal to sell its paint business to private equity firm Marlow Partners.',
      ),
    ).toBe(2);
  });
});

describe('round 27 (rest3): a production halt of some days is no restructuring', () => {
  it('reads no event in a halt for days or weeks', () => {
    expect(
      moves(
        'Norrvik Motors agreed with labour representatives to halt production for a total of 20 days at its main plant.',
      ),
    ).toEqual([]);
    expect(moves('Norrvik Motors will halt production at its Vessla plant for two weeks.')).toEqual([]);
  });
  // near miss: a halt told without a span of days
  it('reads the halt of a plant for good', () => {
    expect(moves('Norrvik Motors will halt production at its Vessla plant by the end of the year.')).toEqual([
      'restructuring Norrvik Motors',
    ]);
  });
});

describe('round 27 (rest3): a strategic review of a unit the company owns', () => {
  it.each([
    'Kestrel Group has started a strategic review of its Maltese arm.',
    'Kestrel Group announced a portfolio review of its consumer businesses.',
    'Kestrel Group is exploring strategic options for its paints unit.',
  ])('reads a restructuring of the owner in %j', (text) => {
    expect(moves(text)).toEqual(['restructuring Kestrel Group']);
  });
  // near misses: a review of nothing the company owns
  it.each([
    'Analysts called for a strategic review of the sector.',
    'Kestrel Group said a strategic review of its pricing was complete.',
  ])('reads no event in %j', (text) => {
    expect(moves(text)).toEqual([]);
  });
});

describe('round 27 (rest3): the company named by what it is, broken into parts', () => {
  it('reads "breaking up the industrial giant into three companies"', () => {
    expect(
      moves(
        'Kestrel Group announced on Tuesday that it is breaking up the industrial giant into three public companies.',
      ),
    ).toEqual(['restructuring Kestrel Group']);
  });
  // near misses: no parts told, or no company broken up
  it.each([
    "Kestrel Group is breaking up the industrial giant's monopoly.",
    'Kestrel Group is breaking up the long talks into three sessions.',
  ])('reads no event in %j', (text) => {
    expect(moves(text)).toEqual([]);
  });
});
