import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('sources as wire copy cites them: industry sources, letters to unions, staff of other companies', () => {
  it('cites "according to multiple industry sources" as anonymous sources', () => {
    const x = extract(
      'Norrvik Bank will offer early retirement to 500 staff, according to multiple industry sources on Sunday.',
    );
    expect(x.cited()).toEqual(['Norrvik Bank anonymous sources']);
  });

  it('cites a letter to the unions as the company’s letter', () => {
    const x = extract(
      'Norrvik Bank will cut 500 jobs. In a letter to unions, a copy of which was seen by Kora Wire, the bank said there would be 500 cuts.',
    );
    expect(x.cited().sort()).toEqual(['Kora Wire', 'Norrvik Bank letter to unions']);
  });

  it('"unions at bankrupt carrier X warned": the unions speak, not the company they work at', () => {
    const x = extract(
      'Norrvik Air plans job cuts. Meanwhile, unions at bankrupt carrier Tovik Air warned yesterday that the rescue plan was in danger of collapse.',
    );
    expect(x.cited()).toEqual(['unions']);
    expect(extract('Norrvik Air plans job cuts, analysts at Kora Securities said.').cited()).toEqual([
      'Kora Securities',
    ]);
  });

  it('"a spokesman for the carmaker’s works council" cites the works council, not a company', () => {
    const x = extract(
      'Norrvik Motors plans to cut 3,000 jobs, the minister Jan Roe told reporters. The figure is nonsense, a spokesman for the carmaker’s works council said.',
    );
    expect(x.cited()).toContain('works council');
    expect(x.cited().some((n) => /spokesperson/.test(n ?? ''))).toBe(false);
  });
});
