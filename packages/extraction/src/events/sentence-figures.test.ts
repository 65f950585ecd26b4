import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { createSentenceFigures } from './sentence-figures.js';
import { F, tokenMask } from './trigger-lexicon.js';

/** The tokens of an invented sentence and its shared table. */
function figuresOf(text: string) {
  const tokens = tokenize(text);
  const masks = tokens.map(tokenMask);
  return { tokens, figures: createSentenceFigures({ tokens, masks, from: 0, to: tokens.length, mask: 0 }) };
}

describe('sentence figures', () => {
  it('lists the tokens of an anchor family in order', () => {
    const { tokens, figures } = figuresOf('Norrvik Cars will cut 900 jobs and lay off 300 contractors.');
    expect(figures.anchors(F.number).map((i) => tokens[i]!.text)).toEqual(['900', '300']);
    expect(figures.anchors(F.cutVerb).map((i) => tokens[i]!.text)).toEqual(['cut', 'lay']);
  });

  it('lists a token once for a union of families it has several of', () => {
    const { tokens, figures } = figuresOf('Hallberg Group cut 900 jobs.');
    expect(figures.anchors(F.number | F.cutVerb).map((i) => tokens[i]!.text)).toEqual(['cut', '900']);
  });

  it('lists nothing for a family the sentence lacks', () => {
    expect(figuresOf('Jane Roe joined Hallberg Group in May.').figures.anchors(F.number)).toEqual([]);
  });
});
