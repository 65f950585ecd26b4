import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('the short form of an organization already found is no person', () => {
  it('reads "Sinar Kora said" after "Sinar Kora Group" as the group', () => {
    const x = extract(
      'Norvale Motors will cut 2,000 jobs. The Indonesian conglomerate Sinar Kora Group will buy the plant. Sinar Kora said the deal would close in June.',
    );
    expect(x.names('Person')).toEqual([]);
    expect(x.names('Company')).toContain('Sinar Kora Group');
  });

  it('still reads a titled person whose first name opens an organization’s name', () => {
    const x = extract(
      'Norvale Motors will cut 2,000 jobs. The conglomerate Sinar Kora Group will buy the plant. Chief executive Sinar Lestari said the deal would close in June.',
    );
    expect(x.names('Person')).toEqual(['Sinar Lestari']);
  });
});
