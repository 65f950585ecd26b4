import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a predecessor or successor holds the post of the person named with the change', () => {
  it('"who took over from X as chief executive" gives X that post at the same company', () => {
    const x = extract(
      'Kora Motors will cut 9,000 jobs. CEO Ivo Brandt, who took over from Emi Sato as chief executive last month, is restructuring Kora Motors.',
    );
    expect(x.role('Emi Sato')).toEqual({ title: 'chief executive', org: 'Kora Motors' });
  });

  it('without a post named with the change, only the organization ("after the departure of X", "predecessor X")', () => {
    const x = extract(
      'Tessel Bank will cut 3,000 jobs. Interim Chief Executive Ana Ruiz, who took the job after the abrupt departure of Jon Vik, said results were poor.',
    );
    expect(x.role('Jon Vik')).toEqual({ title: undefined, org: 'Tessel Bank' });
    const y = extract(
      "Tessel Bank will cut 3,000 jobs, said Chief Executive Ana Ruiz. In 2011, under Ruiz's predecessor Jon Vik, the bank cut 2,000.",
    );
    expect(y.role('Jon Vik')?.org).toBe('Tessel Bank');
  });

  it('a person with a post of their own keeps it', () => {
    const x = extract(
      'Kora Motors will cut 9,000 jobs. CEO Ivo Brandt replaced Emi Sato, chief executive of Vanta Labs, in May.',
    );
    expect(x.role('Emi Sato')?.org).toBe('Vanta Labs');
  });
});

describe('more posts and bodies', () => {
  it('"X, then chief executive, stepped down" reads the post', () => {
    const x = extract('Tessel Insurance AG will cut 800 jobs. In 2015 Jon Vik, then chief executive, stepped down.');
    expect(x.role('Jon Vik')?.title).toBe('chief executive');
  });

  it('a body written out right before a title holds the post ("Kora Council of Trade Unions president X")', () => {
    const x = extract(
      'Kora Air will cut 6,000 jobs. Kora Council of Trade Unions president Mia Lund made a similar call.',
    );
    expect(x.role('Mia Lund')).toEqual({ title: 'president', org: 'Kora Council of Trade Unions' });
  });
});
