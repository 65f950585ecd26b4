import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const brief = (text: string) =>
  extract(text, '2024-11-19')
    .events()
    .map((e) => [e.org, e.count, e.percent]);

describe('voluntary programmes counted as Japanese and Brazilian copy counts them', () => {
  it('"the largest early retirement scheme, covering N workers"', () => {
    expect(
      brief(
        'Kurosawa Metals Ltd., a unit of Kurosawa Ltd., had the largest voluntary early retirement scheme, covering 1,030 workers.',
      ),
    ).toEqual([['Kurosawa Metals', 1030, null]]);
  });

  it('"followed, with N employees subject to its scheme"', () => {
    expect(
      brief('Apartment rental business Hoshino21 Corp. followed, with 1,000 employees subject to its scheme.'),
    ).toEqual([['Hoshino21', 1000, null]]);
  });

  it('"saw N employees, or about P percent of its workforce, apply for its program"', () => {
    expect(
      brief(
        'Tamura Travel Holdings Co., the operator of travel agencies, saw 1,439 employees, or about 20 percent of its workforce, apply for its program.',
      ),
    ).toEqual([['Tamura Travel Holdings', 1439, 20]]);
  });

  it('"Those who applied numbered N" after the offer', () => {
    expect(
      brief(
        'Between December and January, Sakaki Electric Corp. offered voluntary retirement to workers aged 53 or older. Those who applied numbered 2,378.',
      ),
    ).toEqual([['Sakaki Electric', 2378, null]]);
  });

  it('"X, which hopes to see N employees aged over 49 quit voluntarily": X, not the company listed first', () => {
    expect(
      brief(
        'Those firms include Norrvik Motor Co., which is going to cut 9,000 jobs worldwide, and Hanada Life Holdings Inc., which hopes to see 1,000 employees aged over 49 quit voluntarily.',
      ),
    ).toEqual([
      ['Norrvik Motor', 9000, null],
      ['Hanada Life Holdings', 1000, null],
    ]);
  });

  it('"N workers have already joined the Voluntary Dismissal Plan (PDV)", as Brazilian copy writes it', () => {
    expect(
      brief('Kestrel Bank said that 5,388 workers have already joined the Voluntary Dismissal Plan (PDV).'),
    ).toEqual([['Kestrel Bank', 5388, null]]);
    expect(brief('Kestrel Bank said 300 employees have joined the company this year.')).toEqual([]);
  });

  it('does not count people who retire early for other reasons or who are subject to a rule', () => {
    expect(brief('Sakaki Electric said 300 employees are subject to its new dress code.')).toEqual([]);
  });
});
