import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2025-04-03') => extract(text, pub).events();
const kinds = (text: string) => events(text).map((e) => `${e.kind} ${e.org}`);

describe('demergers, suspensions and country exits told without a figure', () => {
  it('reads "demerge the company into two listed entities" as a restructuring', () => {
    expect(
      kinds(
        'Tarvo Motors on Monday said its board had approved a plan to demerge the company into two listed entities.',
      ),
    ).toEqual(['restructuring Tarvo Motors']);
  });

  it('reads "suspended all its flights" as a restructuring, but not a suspension of some routes', () => {
    expect(kinds('Kestrel Air on Wednesday suspended all its flights after its lenders refused new funding.')).toEqual([
      'restructuring Kestrel Air',
    ]);
    expect(kinds('Kestrel Air temporarily suspended flights to Dubai on Monday.')).toEqual([]);
  });

  it('reads "will close its business in <country>" as an exit', () => {
    expect(
      kinds('Marlow Retail will close its business in Tunisia by the end of the year, it said on Tuesday.'),
    ).toEqual(['restructuring Marlow Retail']);
  });
});

describe('jobs put in doubt', () => {
  it('reads "puts about 1,200 jobs in the town in doubt" as the closure’s count', () => {
    const text =
      'Tarra Mining will shut its copper mines at Kelso next year, a decision that puts about 1,200 jobs in the town in doubt.';
    expect(events(text)).toEqual([expect.objectContaining({ org: 'Tarra Mining', count: 1200 })]);
  });
});
