import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('an owner named right before a unit word and the unit’s name', () => {
  it('"Vessla subsidiary Kora Media": Vessla is a company and owns the unit', () => {
    const x = extract(
      'In January, Vessla subsidiary Kora Media underwent a restructure, and its head of programming departed.',
    );
    expect(x.parent('Kora Media')).toBe('Vessla');
  });

  it('"Norrvik unit Orsk Finance": the same with "unit"', () => {
    const x = extract('Layoffs spread in March. Norrvik unit Orsk Finance will close two offices in the north.');
    expect(x.parent('Orsk Finance')).toBe('Norrvik');
  });
});
