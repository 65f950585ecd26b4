import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.kind, e.org, e.count, e.percent]);

describe('a sentence opening with the restructuring or plan that sizes it as a share of the workforce', () => {
  const lede =
    'Hallberg Motors to shed 4,200 posts\n\n' +
    'Hallberg Motors said on Thursday it would shed as many as 4,200 posts as orders slow.\n\n' +
    'The Tarvo-based group expects the four-year restructuring to save 150 million crowns annually.\n\n' +
    'Falling orders from truck makers drove the decision, the group said.\n\n' +
    'Simplifying its plant network is the other aim of the restructuring, it added.\n\n' +
    'Natural attrition will account for part of the reduction, a spokeswoman said.\n\n';

  it('"The restructuring will affect about 11% of the workforce" five sentences after the count: that round’s share', () => {
    expect(rounds(`${lede}The restructuring will affect about 11% of the workforce, the group said.`)).toEqual([
      ['layoff', 'Hallberg Motors', 4200, 11],
    ]);
  });

  it('"The plan could affect about 8% of its staff": the same, told of the plan', () => {
    expect(rounds(`${lede}The plan could affect about 8% of its staff, the group said.`)).toEqual([
      ['layoff', 'Hallberg Motors', 4200, 8],
    ]);
  });

  it('near miss: a rival’s round with another count told between leaves the share to no counted round', () => {
    const text =
      `${lede}Its rival Norrvik Trucks said in March it would cut about 1,500 jobs.\n\n` +
      'The restructuring will affect about 11% of the workforce, the group said.';
    expect(rounds(text).filter((r) => r[2] === 4200)).toEqual([['layoff', 'Hallberg Motors', 4200, null]]);
  });

  it('near miss: "The wage freeze will affect about 11% of the workforce" (no round or plan as subject) gives no share', () => {
    expect(
      rounds(`${lede}The wage freeze will affect about 11% of the workforce, the group said.`).filter(
        (r) => r[2] === 4200,
      ),
    ).toEqual([['layoff', 'Hallberg Motors', 4200, null]]);
  });
});
