import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('people: a place noun right after a name ("suburb", "area", "council") makes the name a place', () => {
  it('reads no person in a name a suburb, an area or a council follows', () => {
    const x = extract(
      'Kestrel Textiles will move its depot to the Emilia Varg suburb. Staff in the Lena Orsk area were told on Monday, and the Anna Vessby council will be consulted.',
    );
    expect(x.names('Person')).toEqual([]);
  });

  it('near miss: a councillor, a council post after a comma, and "areas" keep the person', () => {
    const x = extract(
      'Emilia Varg councillor for the ward, said the depot would close. "We were not told," said Lena Orsk, council leader. Anna Vessby areas of work include the depot, Kestrel Textiles said.',
    );
    expect(x.names('Person')).toEqual(expect.arrayContaining(['Emilia Varg', 'Lena Orsk']));
  });
});
