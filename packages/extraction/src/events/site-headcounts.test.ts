import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => `${e.kind} ${e.org} ${e.count}`);

describe('a closure told by the headcount of the site that closes', () => {
  it('reads "close its plant, which employs 1,200 people" and "where about 350 people work" as the count', () => {
    expect(
      rounds('Kestrel Motors said on Tuesday it would close its Tarvo plant, which employs 1,200 people.'),
    ).toEqual(['layoff Kestrel Motors 1200']);
    expect(rounds('Vessa Paper said it would shut its mill in Linn, where about 350 people work, in June.')).toEqual([
      'layoff Vessa Paper 350',
    ]);
  });

  it('reads the staff of the closed sites told in the next sentence', () => {
    expect(
      rounds(
        'Norrvik Steel will close its mills at Arden and Bray by 2026. Some four thousand permanent employees work across the two mills.',
      ),
    ).toEqual(['layoff Norrvik Steel 4000']);
  });

  it('keeps the headcount out when the site is part of a larger round or its staff are transferred', () => {
    expect(
      rounds(
        'Orra Chemicals will cut 3,000 jobs by 2027. It will also close its Tallin plant, where around 500 people work.',
      ),
    ).toEqual(['layoff Orra Chemicals 3000']);
    expect(
      rounds(
        'Kestrel Motors will close its Tarvo factory next year. About 900 employees work at the factory. The company said it would maintain employment by transferring them to other plants.',
      ),
    ).not.toContainEqual(expect.stringContaining('900'));
    expect(
      rounds(
        'Brantor Pharma is closing its research site in Hollin. The Hollin facility employs about 1,200 people, many of whom will move to other sites in the region.',
      ),
    ).not.toContainEqual(expect.stringContaining('1200'));
  });
});
