import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string, day = '2023-06-13') =>
  extract(text, day)
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => [e.org, e.count, e.percent, e.when]);

const LEDE =
  'Kestrel Mutual Insurance aims to reduce headcount by some 900 posts, or 12% of staff, insiders said on Monday.';

describe('a year the figure is measured against is not its date (dates.ts)', () => {
  it('"… against fiscal 2021 levels, insiders said on Monday" is dated by the Monday', () => {
    const text =
      'Kestrel Mutual Insurance aims to reduce headcount by some 900 posts, or 12% of staff, against fiscal 2021 ' +
      'levels, insiders said on Monday.';
    expect(rounds(text)).toEqual([['Kestrel Mutual Insurance', 900, 12, '2023-06-12']]);
  });

  it('near miss: "cut 900 jobs in 2021" keeps its year', () => {
    const text = 'Kestrel Mutual Insurance Inc. cut 900 jobs in 2021, it said on Monday in a report on its costs.';
    expect(rounds(text).map((r) => r[3])).toEqual(['2021']);
  });
});

describe('a headline round "during fiscal 2025" is a target, and joins the body round of its figure', () => {
  it('"Kestrel Mutual to shed 900 posts during fiscal 2025" over the lede of the same 900 is one round', () => {
    const text = 'Kestrel Mutual to shed 900 posts during fiscal 2025\n\n' + LEDE;
    expect(rounds(text)).toEqual([['Kestrel Mutual Insurance', 900, 12, '2023-06-12']]);
  });

  it('near miss: "Kestrel cut 900 jobs in fiscal 2022" in the past keeps its year', () => {
    const text = 'Kestrel Mutual Insurance Inc. cut 900 jobs in fiscal 2022, the company said in a filing.';
    expect(rounds(text).map((r) => r[3])).toEqual(['2022']);
  });
});

describe('a share in the headline and the count further down are one round (headline-rounds.ts)', () => {
  it('"Haulage firm sheds 20% of workforce" over "51 Vessla employees were dismissed" paragraphs on', () => {
    const text =
      'ORSK – Haulage firm sheds 20% of workforce\n\n' +
      'Vessla Freight is among the larger haulage firms in Orsk. The firm moves goods by road. ' +
      'Its drivers earn little. The workers wanted a union. The managers said no.\n\n' +
      '51 Vessla employees were dismissed for calling a strike. They stood outside the depot.';
    expect(rounds(text).map((r) => [r[0], r[1], r[2]])).toEqual([['Vessla Freight', 51, 20]]);
  });

  it('near miss: a headline share of another organization than the body count stays apart', () => {
    const text =
      'Norrvik Bank to cut 20% of staff\n\n' +
      'Norrvik Bank said the plan would take two years. The bank has many branches. It serves farmers. ' +
      'Its rival lent more. The board met on Friday.\n\n51 Vessla Freight employees were dismissed for calling a strike.';
    const got = rounds(text).map((r) => [r[0], r[1], r[2]]);
    expect(got).toContainEqual(['Norrvik Bank', null, 20]);
  });
});
