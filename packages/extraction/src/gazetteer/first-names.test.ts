import { describe, expect, it } from 'vitest';
import { FIRST_NAMES, WEAK_FIRST_NAMES, opensWithGivenName } from './first-names.js';
import { extract } from '../test-helpers.js';

describe('common English short given names', () => {
  it('"Meg" is a given name and "Rob" a weak one (it is also the verb "rob")', () => {
    expect(FIRST_NAMES.has('Meg')).toBe(true);
    expect(WEAK_FIRST_NAMES.has('Rob')).toBe(true);
    for (const n of ['Bob', 'Tom', 'Jim', 'Ben', 'Dan', 'Sam', 'Tim', 'Ken', 'Ron', 'Pat', 'Sue', 'Liz', 'Kate'])
      expect(FIRST_NAMES.has(n) || WEAK_FIRST_NAMES.has(n)).toBe(true);
  });

  it('"Rob Norrvik" and "Meg Tanvik" open like people and are found as people', () => {
    expect(opensWithGivenName(['Rob', 'Norrvik'])).toBe(true);
    expect(opensWithGivenName(['Meg', 'Tanvik'])).toBe(true);
    const people = extract(
      'Kestrel Bank will cut 300 jobs, Rob Norrvik, its chief executive, said. Meg Tanvik, an analyst at Vessla, said.',
    ).names('Person');
    expect(people).toEqual(expect.arrayContaining(['Rob Norrvik', 'Meg Tanvik']));
  });

  it('near miss: weak "Rob" before a common word opens no name, and "Sun" is no given name', () => {
    expect(opensWithGivenName(['Rob', 'Banks'])).toBe(false);
    expect(FIRST_NAMES.has('Sun') || WEAK_FIRST_NAMES.has('Sun')).toBe(false);
  });

  it('the other short forms faker lacks: "Jen Tanvik" is a person; "Val", "Ed" are weak; "Walt", "Will" are no given names', () => {
    for (const n of ['Jen', 'Jo', 'Bea', 'Viv', 'Stu', 'Roz', 'Trish']) expect(FIRST_NAMES.has(n)).toBe(true);
    for (const n of ['Val', 'Ed']) expect(WEAK_FIRST_NAMES.has(n)).toBe(true);
    for (const n of ['Walt', 'Will', 'Dot', 'Les']) expect(FIRST_NAMES.has(n) || WEAK_FIRST_NAMES.has(n)).toBe(false);
    expect(opensWithGivenName(['Val', 'Results'])).toBe(false);
    expect(extract('Kestrel Bank will cut 300 jobs, Jen Tanvik, an analyst at Vessla, said.').names('Person')).toEqual([
      'Jen Tanvik',
    ]);
  });
});
