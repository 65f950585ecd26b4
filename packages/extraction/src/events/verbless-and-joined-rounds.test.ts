import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const brief = (text: string) =>
  extract(text, '2024-11-19')
    .events()
    .map((e) => [e.org, e.count]);

describe('takers of a voluntary scheme with words between the count and the verb', () => {
  it('"N workers at its home plants joined an early retirement plan"', () => {
    expect(
      brief('Hallberg Motors said on Monday that 1,200 workers at its home plants joined an early retirement plan.'),
    ).toEqual([['Hallberg Motors', 1200]]);
  });

  it('"close to N employees have agreed to an early retirement plan"', () => {
    expect(
      brief(
        'Norrvik Cars said close to 9,300 employees have agreed to an early retirement plan, helping it save costs.',
      ),
    ).toEqual([['Norrvik Cars', 9300]]);
  });

  it('"over N employees at the carmaker applied for early retirement"', () => {
    expect(
      brief('Norrvik Cars said on Monday that more than 2,000 employees at the carmaker applied for early retirement.'),
    ).toEqual([['Norrvik Cars', 2000]]);
  });

  it('near misses keep no count: "joined the union", "applied for the 40 places in its scheme"', () => {
    const counts = brief(
      'Hallberg Motors said on Monday that 1,200 workers at its home plants joined the union, and 300 employees applied for the 40 places in its early retirement scheme.',
    ).map((row) => row[1]);
    expect(counts).not.toContain(1200);
    expect(counts).not.toContain(300);
  });
});

describe('"a reduction in headcount by N heads"', () => {
  it('takes the count after "by"', () => {
    expect(
      brief('Kestrel Telecom said on Monday it would make a reduction in headcount by 241 heads as part of its plan.'),
    ).toEqual([['Kestrel Telecom', 241]]);
  });

  it('a year or a sum after "by" is no count', () => {
    expect(
      brief(
        'Kestrel Telecom said on Monday it expects a reduction in headcount by 2025 and a reduction in costs by 40 million.',
      )
        .map((row) => row[1])
        .filter((count) => count !== null),
    ).toEqual([]);
  });
});

describe('an earlier round told without its verb', () => {
  it('"the new round comes after around N employees at X in December 2022." is a round of its own', () => {
    const events = extract(
      'Brannholm Foods said on Tuesday it will cut 120 jobs at its Dalby plant. The new round of cuts comes after around 70 employees at Brannholm Foods in December 2022.',
      '2024-11-19',
    ).events();
    expect(events.map((e) => [e.org, e.count, e.when])).toContainEqual(['Brannholm Foods', 70, '2022-12']);
    expect(events.map((e) => e.count)).toContain(120);
  });

  it('a verb after the month leaves the count alone', () => {
    expect(
      brief(
        'Brannholm Foods said on Tuesday it will cut 120 jobs at its Dalby plant. The plant opened after 70 employees at Brannholm Foods in December 2022 voted for it.',
      ).map((row) => row[1]),
    ).not.toContain(70);
  });
});

describe('a round told first as a magnitude, then with its count', () => {
  it('"has laid off thousands … is laying off 1,800 employees" is one round of 1,800', () => {
    expect(
      brief(
        'Kestrel Airways has reportedly laid off thousands of employees as it struggles with competition.\nAccording to a trade newsletter, the airline is laying off 1,800 employees.',
      ),
    ).toEqual([['Kestrel Airways', 1800]]);
  });

  it('"another" before the count, or a count the magnitude does not cover, keeps two rounds', () => {
    expect(
      brief(
        'Kestrel Airways has laid off hundreds of workers over the past year, the union said on Monday.\nThe airline will now cut another 800 employees at its main hub, the union said.',
      ),
    ).toEqual([
      ['Kestrel Airways', null],
      ['Kestrel Airways', 800],
    ]);
    expect(
      brief(
        'Kestrel Airways has laid off hundreds of workers, the union said on Monday.\nThe airline is laying off 1,800 employees at its main hub, the union said.',
      ),
    ).toEqual([
      ['Kestrel Airways', null],
      ['Kestrel Airways', 1800],
    ]);
  });
});
