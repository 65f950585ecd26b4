import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const people = (text: string) => extract(text).names('Person');

describe('the words after a body\'s "Office for" / "Institute of" are its remit, never a person', () => {
  it('"the Office for Vessla Norrvik said" names no person', () => {
    expect(people('Kestrel Bank will cut 300 jobs. Output fell 2%, the Office for Vessla Norrvik said.')).toEqual([]);
  });

  it('"the Institute of Kestrel Studies said on Monday" names no person', () => {
    expect(
      people('Kestrel Bank will cut 300 jobs. Prices rose, the Institute of Kestrel Studies said on Monday.'),
    ).toEqual([]);
  });

  it('near miss: a person named after the body ("Office for Vessla Norrvik director Jane Roe said") is kept', () => {
    const text = 'Kestrel Bank will cut 300 jobs. Output fell, Office for Vessla Norrvik director Jane Roe said.';
    expect(people(text)).toEqual(['Jane Roe']);
  });

  it('near miss: "a spokesman for Jane Roe said" (no body word before "for") still names her', () => {
    const text = 'Kestrel Bank will cut 300 jobs. Jane Roe will leave, a spokesman for Jane Roe said.';
    expect(people(text)).toContain('Jane Roe');
  });
});
