import { describe, expect, it } from 'vitest';
import { detached, memoByString } from './memo.js';

describe('memoByString', () => {
  it('computes each value once and gives the same answer again, null included', () => {
    let calls = 0;
    const initials = memoByString((s: string) => {
      calls++;
      return s.includes(' ')
        ? s
            .split(' ')
            .map((w) => w[0])
            .join('')
        : null;
    });
    expect([initials('Norrvik Motors'), initials('Norrvik Motors'), initials('Norrvik'), initials('Norrvik')]).toEqual([
      'NM',
      'NM',
      null,
      null,
    ]);
    expect(calls).toBe(2);
  });

  it('empties itself when full rather than growing', () => {
    let calls = 0;
    const len = memoByString((s: string) => ++calls && s.length, 2);
    for (const s of ['a', 'bb', 'ccc', 'a']) len(s);
    expect(calls).toBe(4);
  });

  it('keys a copy equal to the slice it was given', () => {
    const text = 'The Norrvik Motors Group said';
    expect(detached(text.slice(4, 18))).toBe('Norrvik Motors');
  });
});
