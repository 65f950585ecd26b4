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

  it('an item may open with any legal form written before the name, and its figure with any modifier', () => {
    const text =
      'Mills shed workers\n\nThe most layoffs were at Marlow Tekstil in Kelso, affecting 500 workers.\n\n' +
      'Mills that closed this year:\n\n' +
      '- OOO Kestrel Busana, Orsk: 700 layoffs;\n' +
      '- JSC Norrvik Santosa, Orsk: roughly 500 layoffs.\n';
    const got = rounds(text);
    expect(got).toContainEqual(['layoff', 'Kestrel Busana', 700]);
    expect(got).toContainEqual(['layoff', 'Norrvik Santosa', 500]);
  });

  it('near miss: an item whose company follows other words ("- Staff at X, Kelso: 500") is not opened by it', () => {
    const text =
      'Mills shed workers\n\nThe most layoffs were at Marlow Tekstil in Kelso, affecting 500 workers.\n\n' +
      'Mills that closed this year:\n\n' +
      '- PT Kestrel Busana, Orsk: 700 layoffs;\n' +
      '- Staff at Marlow Tekstil, Kelso: 500 layoffs.\n';
    expect(rounds(text).filter((r) => r[1] === 'Marlow Tekstil')).toEqual([['layoff', 'Marlow Tekstil', 500]]);
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

describe('a closure told with its site’s headcount in brackets', () => {
  it('"will close its plant in Tarvingen (Orsk, 400 employees)": the closing company’s round of 400', () => {
    const text =
      'Norrvik closes Tarvingen plant\n\n' +
      'Norrvik Industries will close its plant in Tarvingen (Orsk, 400 employees), the company said.\n';
    expect(rounds(text)).toEqual([['layoff', 'Norrvik Industries', 400]]);
  });

  it('"has announced a plant closure in Velbrunn (Orsk, 400 employees)": the same, with the closure noun', () => {
    const text =
      'Kestrel shuts plant\n\nKestrel Motors has announced a plant closure in Velbrunn (Orsk, 400 employees).\n';
    expect(rounds(text)).toEqual([['layoff', 'Kestrel Motors', 400]]);
  });

  it('a larger round of another company two sentences later does not absorb the headcount', () => {
    const text =
      'Suppliers cut back\n\n' +
      'Kestrel Motors has announced a plant closure in Velbrunn (Orsk, 400 employees).\n\n' +
      'Sales of its castings fell by a third last year.\n\n' +
      'Hallberg Group will cut 750 jobs in Tarvo.\n';
    expect(rounds(text)).toEqual([
      ['layoff', 'Kestrel Motors', 400],
      ['layoff', 'Hallberg Group', 750],
    ]);
  });

  it('near miss: the same company’s larger round told with the closure keeps the headcount as its part', () => {
    const text =
      'Kestrel to cut jobs\n\n' +
      'Kestrel Motors will cut 2,000 jobs and close its plant in Velbrunn (Orsk, 400 employees), the company said.\n';
    expect(rounds(text)).toEqual([['layoff', 'Kestrel Motors', 2000]]);
  });

  it('near miss: "its plant in Tarvingen (Orsk, 400 employees) will take the work" tells no closure and no round', () => {
    const text =
      'Norrvik moves work\n\n' +
      'Norrvik Industries said its plant in Tarvingen (Orsk, 400 employees) will take the work from Kelso.\n';
    expect(rounds(text)).toEqual([]);
  });

  it('near miss: a closed plant followed by another site’s bracket ("close its Orsk plant and expand Tarvo (400 employees)")', () => {
    const text =
      'Norrvik shifts output\n\n' +
      'Norrvik Industries will close its plant in Orsk and expand its Tarvo works (400 employees), it said.\n';
    expect(rounds(text).filter((r) => r[2] === 400)).toEqual([]);
  });
});
