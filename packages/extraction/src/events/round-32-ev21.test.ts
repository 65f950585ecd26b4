import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.kind, e.org, e.count]);

describe('a bulleted list of companies, each item opened by its name, place and figure', () => {
  const list =
    'Textile mills shed workers\n\n' +
    'The highest number of layoffs occurred at PT Marlow Tekstil in Kelso, affecting over 500 workers.\n\n' +
    'Below is a list of mills that closed this year:\n\n' +
    '- PT Kestrel Busana, Orsk: 700 layoffs;\n' +
    '- PT Norrvik Santosa, Orsk, West Province: 500 layoffs;\n' +
    '- PT Hallberg Mills, Tarvo: 400 layoffs.\n\n' +
    'Other mills cut jobs for efficiency:\n\n' +
    '- PT Vessla Jaya, Tarvo: 300 layoffs;\n' +
    '- PT Marlow Tekstil, Kelso: 500 layoffs;\n';

  it('each item is a round of the company that opens it, even with the figure of a company told elsewhere', () => {
    const got = rounds(list);
    expect(got).toContainEqual(['layoff', 'Norrvik Santosa', 500]);
    expect(got).toContainEqual(['layoff', 'Marlow Tekstil', 500]);
    expect(got.filter((r) => r[2] === 400)).toHaveLength(1);
    expect(got.filter((r) => r[1] === 'Kestrel Busana')).toEqual([['layoff', 'Kestrel Busana', 700]]);
  });

  it('near miss: an item opened by a country or a heading, no company, owns no round of its own', () => {
    const text =
      'Kestrel Aero to cut 5,000 jobs\n\n' +
      'Kestrel Aero will cut 5,000 jobs across Europe, the company said.\n\n' +
      'The cuts by country:\n\n' +
      '- France: about 2,000 positions\n' +
      '- Headcount: about 5,000 roles to go\n';
    expect(rounds(text).map((r) => r[1])).not.toContain(null);
    expect(rounds(text).every((r) => r[1] === 'Kestrel Aero')).toBe(true);
  });
});
