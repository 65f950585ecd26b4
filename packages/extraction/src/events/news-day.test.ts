import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a dated announcement and the figures told below it', () => {
  it('dates the round with the day of the news when the figure comes a few lines later', () => {
    const text =
      '---\ntitle: "Kora cuts"\npublished: 2024-11-21\n---\nKora cuts\n\n' +
      'Kora Motors said on 20 November that it will cut jobs in Europe once more, blaming weak demand. ' +
      'The carmaker gave the figures below.\n\n4,000\nJobs to go across Europe by the end of 2027, most of them ' +
      'in product development.\n';
    expect(
      extract(text)
        .events()
        .map((e) => [e.count, e.when]),
    ).toEqual([[4000, '2024-11-20']]);
  });
});
