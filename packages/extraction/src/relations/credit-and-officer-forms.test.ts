import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text, '2024-05-30').cited();

describe('a last line "Source X" without its colon credits the outlet, as "Source: X" does', () => {
  it('cites the outlet the line names', () => {
    expect(cited('Kestrel cuts\n\nKestrel Air will cut 70 pilots, it said.\n\nSource NKB')).toEqual(['NKB']);
    expect(cited('Kestrel cuts\n\nKestrel Air will cut 70 pilots, it said.\n\nSource: NKB')).toEqual(['NKB']);
  });

  it('near miss: a company named on that line is no outlet', () => {
    expect(cited('Kestrel cuts\n\nKestrel Air will cut 70 pilots, it said.\n\nSource Kestrel')).toEqual([]);
  });
});

describe('a union officer’s title opening a sentence names no body of its own', () => {
  const closure = 'Kestrel closes plant\n\nKestrel Foods will close its Orsk plant, cutting 300 jobs.\n\n';

  it('"The regional organiser for the union, Jane Roe, said …" cites the union, not "The"', () => {
    expect(
      cited(`${closure}The regional organiser for the union, Jane Roe, said it would fight the closure.\n`),
    ).toEqual(['union']);
  });

  it('a name before the officer’s title and the officer’s name is still the body that speaks', () => {
    expect(cited(`${closure}Vakka general secretary Jane Roe said the union would fight the closure.\n`)).toEqual([
      'Vakka',
    ]);
  });
});
