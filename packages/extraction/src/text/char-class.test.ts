import { describe, expect, it } from 'vitest';
import { collapseSpaces, hasDigit, isSpaceAt, isSpaceCode } from './char-class.js';

describe('isSpaceCode', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const re = /\s/;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== re.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('is false past the end of the text', () => {
    expect(isSpaceAt('ab', 2)).toBe(false);
    expect(isSpaceAt('a b', 1)).toBe(true);
  });
});

/** Every string of up to `n` characters drawn from `alphabet`. */
function strings(alphabet: readonly string[], n: number): string[] {
  let level = [''];
  const all = [''];
  for (let k = 0; k < n; k++) {
    level = level.flatMap((s) => alphabet.map((a) => s + a));
    all.push(...level);
  }
  return all;
}

describe('collapseSpaces and hasDigit', () => {
  it('agree with the regular expressions they replace', () => {
    const alphabet = ['a', ' ', '\t', '\n', '\u00a0', '\u2009', '\ufeff', '7', 'é', '\u200b'];
    const wrong = strings(alphabet, 4).filter(
      (s) => collapseSpaces(s) !== s.replace(/\s+/g, ' ') || hasDigit(s) !== /\d/.test(s),
    );
    expect(wrong).toEqual([]);
  });

  it('returns a name with single plain spaces as it is', () => {
    expect(collapseSpaces('Norrvik  Motors\nAB')).toBe('Norrvik Motors AB');
    const name = 'Norrvik Motors AB';
    expect(collapseSpaces(name)).toBe(name);
  });
});
