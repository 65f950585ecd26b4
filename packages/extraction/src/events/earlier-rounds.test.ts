import { describe, expect, it } from 'vitest';
import { eventRows } from './event-rows.js';

const brief = (text: string) => eventRows(text, '2024-11-13', 'org', 'count', 'when');

describe('an earlier round named beside the new one is a round of its own, with its own date', () => {
  it('reads "on top of the 6,000 announced in 2023" and "in addition to the 2,000 it announced last year"', () => {
    expect(brief('Norrvik Group will cut a further 3,000 jobs on top of the 6,000 announced in 2023.')).toEqual([
      ['Norrvik Group', 3000, null],
      ['Norrvik Group', 6000, '2023'],
    ]);
    expect(brief('Norrvik Group will cut 3,000 jobs in addition to the 2,000 it announced last year.')).toEqual([
      ['Norrvik Group', 3000, null],
      ['Norrvik Group', 2000, '2023'],
    ]);
  });

  it('reads "its third round this year, after 500 in January and 400 in May"', () => {
    expect(
      brief('Norrvik Group will cut 300 jobs, its third round this year after 500 in January and 400 in May.'),
    ).toEqual([
      ['Norrvik Group', 300, '2024'],
      ['Norrvik Group', 500, '2024-01'],
      ['Norrvik Group', 400, '2024-05'],
    ]);
  });

  it('does not read years of growth as a round', () => {
    expect(brief('Norrvik Group will cut 3,000 jobs, after 20 years of growth.')).toEqual([
      ['Norrvik Group', 3000, null],
    ]);
  });
});
