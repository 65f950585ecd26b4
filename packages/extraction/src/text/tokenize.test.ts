import { describe, expect, it } from 'vitest';
import { countWordRuns, tokenize } from './tokenize.js';

const words = (t: string) => tokenize(t).map((x) => x.text);

describe('tokenize', () => {
  it('keeps joined names whole and splits a possessive', () => {
    expect(words('Hallberg’s AT&T-style layoffs.fyi Lip-Bu')).toEqual([
      'Hallberg',
      's',
      'AT&T-style',
      'layoffs.fyi',
      'Lip-Bu',
    ]);
  });

  it('keeps a slashed legal form ("A/S") whole but splits other slashes', () => {
    expect(words('Norrvik A/S and/or 24/7 km/h')).toEqual(['Norrvik', 'A/S', 'and', 'or', '24', '7', 'km', 'h']);
  });
});

describe('countWordRuns', () => {
  it('counts what /[\\p{L}\\p{N}]+/gu matches, astral letters and lone surrogates included', () => {
    const alphabet = ['a', '1', ' ', ',', 'é', '\ud800', '\udc00', '😀', '𝐀', '-', '中', '\u0301'];
    let level = [''];
    const wrong: string[] = [];
    for (let k = 0; k < 4; k++) {
      level = level.flatMap((s) => alphabet.map((a) => s + a));
      for (const s of level) if (countWordRuns(s, 99) !== (s.match(/[\p{L}\p{N}]+/gu) ?? []).length) wrong.push(s);
    }
    expect(wrong).toEqual([]);
  });

  it('stops counting at the cap', () => {
    expect(countWordRuns('one two three four five', 3)).toBe(3);
  });
});
