import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.org, e.count]);

describe('"the company" after a union named last', () => {
  it('is the company named before the union, not the union', () => {
    expect(
      rounds(
        'Norrvik Trucks union to walk out over dismissals\n\nThe Sindicato de Vessla said in a statement that members would walk out on Monday after the company said it would dismiss 2,400 employees at its bus factory.\n',
      ),
    ).toEqual([['Norrvik Trucks', 2400]]);
  });

  it('near miss: a company named last, even one that "reported" something, stays "the company"', () => {
    expect(
      rounds(
        'Norrvik Trucks union to walk out over dismissals\n\nKestrel Freight reported that members would walk out on Monday after the company said it would dismiss 2,400 employees at its bus factory.\n',
      ),
    ).toEqual([['Kestrel Freight', 2400]]);
  });
});

describe('the one told of a cut', () => {
  it('is no actor of the cut it is told of', () => {
    expect(
      rounds(
        "Norrvik Mining to cut jobs\n\nNorrvik Mining said on Tuesday it would shed 230 jobs at its Tarn smelter.\n\nAn official of the smelter's union told Norway's Radio Kestrel that members would stop work over the loss of 60 posts in maintenance.\n",
      ),
    ).not.toContainEqual(['Radio Kestrel', 60]);
  });

  it('near miss: the one who tells its staff of its own cut still cuts', () => {
    expect(
      rounds(
        'Radio Kestrel to cut jobs\n\nNorrvik Mining said on Tuesday it would shed 230 jobs at its Tarn smelter.\n\nRadio Kestrel told staff that it would cut 60 posts in its newsroom.\n',
      ),
    ).toContainEqual(['Radio Kestrel', 60]);
  });
});
