import { describe, expect, it } from 'vitest';
import { isSpaceAt, isSpaceCode } from './char-class.js';

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
