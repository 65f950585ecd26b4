import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => [e.org, e.kind, e.count]);

describe('a utility "unbundled" into parts (restructuring-actions.ts, split rule)', () => {
  it('"will unbundle the utility into four companies" is a restructuring', () => {
    expect(rounds('Kestrel Holdings said it would unbundle the utility into four companies by 2027.')).toEqual([
      ['Kestrel Holdings', 'restructuring', null],
    ]);
  });

  it('"will be unbundled into two companies" is a restructuring', () => {
    expect(rounds('Norrvik Holdings will be unbundled into two separate companies next year.')).toEqual([
      ['Norrvik Holdings', 'restructuring', null],
    ]);
  });

  it('near miss: "unbundled access" to a network splits nothing', () => {
    expect(rounds('Vessla Holdings must offer unbundled access to its network into separate products.')).toEqual([]);
  });

  it("near miss: a consultant's study on unbundling the utility is not the move", () => {
    expect(rounds('Orsk Advisory Holdings published a study on unbundling the corporation into two firms.')).toEqual(
      [],
    );
  });
});

describe('a body or company dissolved by another (restructuring-actions.ts, "dissolve a body")', () => {
  it('"the government will dissolve <Company>" is the dissolved company\'s restructuring', () => {
    expect(rounds('The government will dissolve Kestrel Holdings by the end of the year.')).toEqual([
      ['Kestrel Holdings', 'restructuring', null],
    ]);
  });

  it('"the dissolution of <Company>" told by its parent is the dissolved company\'s restructuring', () => {
    expect(rounds('Norrvik Holdings announced the dissolution of Kestrel Trading Ltd.')).toEqual([
      ['Kestrel Trading', 'restructuring', null],
    ]);
  });

  it("near miss: dissolving a company's Board is no restructuring", () => {
    expect(rounds('The shareholders dissolved the Board of Kestrel Holdings on Monday.')).toEqual([]);
  });

  it('near miss: dissolving Parliament is no restructuring of the company that comments', () => {
    expect(rounds('The president dissolved Parliament, Kestrel Holdings said.')).toEqual([]);
  });
});
