import { describe, expect, it } from 'vitest';
import { UNION_WORD_BEFORE_RE } from './union-names.js';

describe('UNION_WORD_BEFORE_RE: the word "union" right before a name', () => {
  it('reads a lower-case "union", and a capitalised one opening a sentence or the text', () => {
    expect(UNION_WORD_BEFORE_RE.test('said the union ')).toBe(true);
    expect(UNION_WORD_BEFORE_RE.test('on Monday. Union ')).toBe(true);
    expect(UNION_WORD_BEFORE_RE.test('Union ')).toBe(true);
  });

  it('reads no "Union" that ends a name, nor a word that only ends in "union"', () => {
    expect(UNION_WORD_BEFORE_RE.test('ropean Union ')).toBe(false);
    expect(UNION_WORD_BEFORE_RE.test('the Orsk Credit Union ')).toBe(false);
    expect(UNION_WORD_BEFORE_RE.test('a staff reunion ')).toBe(false);
  });
});
