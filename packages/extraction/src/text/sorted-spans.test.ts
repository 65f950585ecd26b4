import { describe, expect, it } from 'vitest';
import { firstStartingAt, startingIn } from './sorted-spans.js';

const items = [0, 5, 5, 9, 14, 20].map((start, i) => ({ start, i }));

describe('range look-ups on spans sorted by start', () => {
  it('finds the first span starting at or after an offset', () => {
    expect(firstStartingAt(items, 0)).toBe(0);
    expect(firstStartingAt(items, 5)).toBe(1);
    expect(firstStartingAt(items, 6)).toBe(3);
    expect(firstStartingAt(items, 21)).toBe(6);
    expect(firstStartingAt([], 3)).toBe(0);
  });

  it('returns the spans starting in [start, end), equal starts included, in order', () => {
    expect(startingIn(items, 5, 14).map((x) => x.i)).toEqual([1, 2, 3]);
    expect(startingIn(items, 15, 20)).toEqual([]);
    expect(startingIn(items, -10, 100)).toHaveLength(6);
  });
});
