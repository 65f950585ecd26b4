import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.org, e.count]);

describe("a plan written as a company's own before its cut (plan-by-owner.ts)", () => {
  it('"The union was unhappy with Kestrel Mining\'s decision to cut 300 jobs": the company\'s round', () => {
    expect(
      rounds("The Orsk union said it was angry about Kestrel Mining's decision to cut 300 jobs at its Vessla mine."),
    ).toEqual([['Kestrel Mining', 300]]);
  });

  it("near miss: an earlier plan told apart from the cut keeps the speaker's own round", () => {
    expect(
      rounds("Kestrel Mining said it would cut 300 jobs. Norrvik's decision to cut 40 jobs last year was smaller."),
    ).toContainEqual(['Kestrel Mining', 300]);
  });
});
