import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a short form written without the accents of the full name', () => {
  it('"Késtrel Group … Kestrel had planned" is one company with one round', () => {
    const doc = extract(
      'Késtrel Group will cut 300 jobs, the company said on Monday.\n\nAccording to the union, Kestrel had initially planned to lay off more staff.',
      '2024-11-19',
    );
    expect(doc.names('Company')).toEqual(['Késtrel Group']);
    expect(doc.events().map((e) => [e.org, e.count])).toEqual([['Késtrel Group', 300]]);
  });

  it('a full name of its own that only shares the plain head stays a company of its own', () => {
    const doc = extract(
      'Nórrvik Group will cut 300 jobs, the company said on Monday. Separately, Norrvik Bank said it would close 12 branches.',
      '2024-11-19',
    );
    expect(doc.names('Company')).toEqual(expect.arrayContaining(['Nórrvik Group', 'Norrvik Bank']));
  });
});
