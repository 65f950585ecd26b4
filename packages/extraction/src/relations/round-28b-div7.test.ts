import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 28b (div7): owners of units', () => {
  it('"The airline\'s parent company, B": the company in focus belongs to B', () => {
    const x = extract(
      "Vessla Air will cut 1,200 jobs. The airline's parent company, Kora Airways Group (KAG), said it needed a restructuring.",
    );
    expect(x.parent('Vessla Air')).toBe('Kora Airways Group');
  });

  it('"the rival airline\'s parent company, B" is another\'s owner (near miss)', () => {
    const x = extract(
      "Vessla Air will cut 1,200 jobs. The rival airline's parent company, Kora Group, said it needed no restructuring.",
    );
    expect(x.parent('Vessla Air')).toBeNull();
    expect(x.parent('Kora Group')).toBeNull();
  });

  it('"Its parent company, B" opening a sentence: B owns the company in focus, it is no unit of it', () => {
    const x = extract(
      'Vessla Air will cut 1,200 jobs. Its parent company, Kora Group, said it needed a restructuring.',
    );
    expect(x.parent('Vessla Air')).toBe('Kora Group');
    expect(x.parent('Kora Group')).toBeNull();
  });

  it('"Its holding company, B" is still a unit of the company in focus (near miss)', () => {
    const x = extract(
      'Vessla Air will cut 1,200 jobs. Its holding company, Kora Group, said it needed a restructuring.',
    );
    expect(x.parent('Kora Group')).toBe('Vessla Air');
    expect(x.parent('Vessla Air')).toBeNull();
  });
});
