import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches.js';

const same = (re: RegExp, text: string) =>
  expect(allMatches(re, text).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0]]));

describe('allMatches', () => {
  it('finds what matchAll finds, in order', () => {
    same(/\b(?:said|told)\b/g, 'Roe said that Hallberg told staff, he said.');
    same(/,\s+|;\s+/g, 'a, b; c,d, e');
  });

  it('steps over empty matches by code unit or code point', () => {
    same(/x*/g, 'axxb');
    same(/\p{L}*/gu, '😀ab 😀');
  });

  it('leaves the expression reset', () => {
    const re = /a/g;
    allMatches(re, 'aaa');
    expect(re.lastIndex).toBe(0);
  });
});
