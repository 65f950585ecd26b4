import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string) => extract(text, '2024-09-04').events();

describe('a figure told without its organization in an article about a unit', () => {
  it("is the unit's when the headline opens with the unit", () => {
    const text =
      'Vessla Deutschland to cut about 600 jobs\n\n' +
      'COLOGNE — Vessla Deutschland, the German arm of Luxembourg-based Vessla Group, will cut about 600 of its ' +
      'roughly 7,500 positions, its management told staff on Tuesday. Since autumn last year, a hiring freeze has ' +
      'removed about 300 more positions without formal cuts.';
    expect(events(text).map((e) => [e.org, e.count])).toEqual([
      ['Vessla Deutschland', 600],
      ['Vessla Deutschland', 300],
    ]);
  });

  it("stays the parent's once a sentence opens with the parent", () => {
    const text =
      'Vessla Deutschland to cut about 600 jobs\n\n' +
      'COLOGNE — Vessla Deutschland, the German arm of Luxembourg-based Vessla Group, will cut about 600 of its ' +
      'roughly 7,500 positions. Vessla Group has been shrinking for two years. Since autumn last year, a hiring ' +
      'freeze has removed about 300 more positions.';
    expect(events(text).find((e) => e.count === 300)?.org).toBe('Vessla Group');
  });
});

describe('a unit named in an aside after its owner', () => {
  it('is the subject: "Vessla Group\'s steel unit, Vessla Steel Europe, will cut …"', () => {
    expect(
      events("Vessla Group's steel unit, Vessla Steel Europe, will cut 2,000 jobs, it said on Tuesday.").map(
        (e) => e.org,
      ),
    ).toEqual(['Vessla Steel Europe']);
  });

  it('is the subject of a reported clause: "Vessla Group said on Tuesday its steel unit Vessla Steel Europe would …"', () => {
    expect(
      events('Vessla Group said on Tuesday its steel unit Vessla Steel Europe would cut 2,000 jobs.').map((e) => e.org),
    ).toEqual(['Vessla Steel Europe']);
  });
});

describe('a unit named only by what it is, then its owner', () => {
  const lede = (subject: string) =>
    `HAMBURG — ${subject} will cut around 900 jobs worldwide by 2026. Kelvara Wind, a subsidiary of the ` +
    'Hamburg-based Kelvara Energy AG, announced the plan on Wednesday.';

  it('is the unit the story names: "The troubled wind arm of Kelvara Energy will cut …"', () => {
    expect(events(lede('The troubled wind arm of Kelvara Energy')).map((e) => [e.org, e.count])).toEqual([
      ['Kelvara Wind', 900],
    ]);
  });

  it('stays the owner when the owner itself is the subject', () => {
    expect(events(lede('Kelvara Energy')).map((e) => [e.org, e.count])).toEqual([['Kelvara Energy', 900]]);
  });
});
