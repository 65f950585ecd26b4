import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => [e.org, e.kind, e.count]);

describe('"layoff" written as one word and used as a verb (triggers.ts CUT_VERB)', () => {
  it('"will layoff 315 employees" is a round of cuts', () => {
    expect(rounds('Vessla Tiles will layoff 315 employees at its Orsk depot.')).toEqual([
      ['Vessla Tiles', 'layoff', 315],
    ]);
  });

  it('"plans to layoff about 10 percent of its workers" is a round with a share', () => {
    const events = extract('Norrvik Tools plans to layoff about 10 percent of its workers.', '2024-05-08').events();
    expect(events.map((e) => [e.org, e.percent])).toEqual([['Norrvik Tools', 10]]);
  });

  it('near miss: the noun "layoffs" before a figure that is no object is no round', () => {
    expect(rounds('The layoffs 2,000 workers had feared never came, Vessla Tiles said.')).toEqual([]);
  });
});
