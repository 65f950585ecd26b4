import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const counts = (text: string) =>
  extract(text, '2018-03-02')
    .events()
    .map((e) => e.count);

describe('a bare year after "by" is when, not how many (round 39, ev32)', () => {
  it('"shrink its payroll by 2027" and "to trim headcount by 2024]" give no count', () => {
    expect(counts('Norrvik Bank aims to shrink its payroll by 2027 through attrition, it said.')).not.toContain(2027);
    expect(
      counts(
        'Norrvik Bank said it wants to meet sooner a pledge [made to its new owner, to trim headcount by 2024] ' +
          'than agreed.',
      ),
    ).not.toContain(2024);
    expect(counts('Norrvik Bank said its headcount would fall by 2020.')).not.toContain(2020);
  });

  it('near miss: "by 2000 jobs", "by 2,025" and "by about 2000" stay counts', () => {
    expect(counts('Norrvik Bank will trim its payroll by 2000 jobs, it said.')).toContain(2000);
    expect(counts('Norrvik Bank will trim its payroll by 2,025, it said.')).toContain(2025);
    expect(counts('Norrvik Bank will cut jobs by about 2000, it said.')).toContain(2000);
    expect(counts('Norrvik Bank will trim its payroll by 1500, it said.')).toContain(1500);
  });
});
