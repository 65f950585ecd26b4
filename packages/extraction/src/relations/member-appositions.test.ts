import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const story = (s: string) => `Orsk Group will cut 500 jobs this year. ${s} The company gave no details.`;

describe('an apposition naming the owner inside it', () => {
  it.each([
    'Vellmark Foods, an Orsk Group company, will close a plant.',
    "Vellmark Foods, one of Orsk Group's brands, will close a plant.",
    'Vellmark Foods, a member of the Orsk Group, will close a plant.',
  ])('%s', (s) => {
    expect(extract(story(s)).parent('Vellmark Foods')).toBe('Orsk Group');
  });

  it('"A and B, both owned by C": both belong to C', () => {
    const x = extract(story('Vellmark Foods and Tarn Snacks, both owned by Orsk Group, will close plants.'));
    expect(x.parent('Vellmark Foods')).toBe('Orsk Group');
    expect(x.parent('Tarn Snacks')).toBe('Orsk Group');
  });

  it('a member of an alliance belongs to none', () => {
    const x = extract(
      'Kestrel Air, a member of the Oneworld-style Skyreach alliance, will cut 300 jobs. Skyreach Partners said it would help.',
    );
    expect(x.parent('Kestrel Air')).toBeNull();
  });
});
