import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('people written with initials, family name first, or after a noun firms share', () => {
  it('an office held "of" a place or body keeps its object out of the holder’s name, and in the title', () => {
    const x = extract(
      'Kora Motors will shut its Norrvik plant. The closure is a blow, the mayor of Norrvik Anna Berg said. ' +
        'Chancellor of the Exchequer Tom Lund said the state would help.',
    );
    expect(x.names('Person')).toEqual(['Anna Berg', 'Tom Lund']);
    expect(x.entity('Anna Berg')?.title).toBe('mayor of Norrvik');
    expect(x.entity('Tom Lund')?.title).toBe('Chancellor of the Exchequer');
  });

  it('a region named by compass points alone is no person, even before "says"', () => {
    const x = extract(
      'The Tarn Metal Workers Union in the North West says it rejects Vessla Mining’s plan to cut 300 jobs.',
    );
    expect(x.names('Person')).toEqual([]);
  });

  it('dotted initials open a name where a title stands before it; the surname alone stays the person', () => {
    const x = extract(
      'Kestrel is splitting into four units, an overhaul chief executive R.K. Velamuri hopes will lift its shares. ' +
        'Velamuri said the bank would grow.',
    );
    expect(x.names('Person')).toEqual(['R.K. Velamuri']);
    expect(x.entity('Velamuri')).toBeUndefined();
  });

  it('the family name of "Surname Given-name" standing alone is no company, even when two relatives share it', () => {
    const x = extract(
      'Chairman Park Tae-won said the group must change. Park Min-jun, chief executive of the unit, agreed. ' +
        'Park has appealed against the ruling.',
    );
    expect(x.names('Person')).toEqual(expect.arrayContaining(['Park Tae-won', 'Park Min-jun']));
    expect(x.entity('Park')).toBeUndefined();
  });

  it('"investor" before a given name and a surname describes a person, not a firm', () => {
    const x = extract('Vella sold a 20% stake to Ombara Group, controlled by Czech investor Daniel Tessaro.');
    expect(x.entity('Daniel Tessaro')?.type).toBe('Person');
  });
});
