import { describe, expect, it } from 'vitest';
import { groupStories, type Candidate } from './group-stories.js';

const sig = (seed: number, changed = 0) =>
  Array.from({ length: 64 }, (_, i) => (i < changed ? 1e9 + i : seed * 1000 + i));
const row = (id: string, textHash: string, minhash: number[] | null) => ({ id, textHash, minhash, keys: [] });
const cand = (
  id: string,
  other: string,
  textHash: string | null,
  minhash: number[] | null,
  story: string | null = null,
): Candidate => ({
  id,
  other,
  textHash,
  minhash,
  story,
});

describe('groupStories', () => {
  let n = 0;
  const newId = () => `story:new-${++n}`;

  it('joins exact and near copies, not articles that merely share a band', () => {
    const rows = [row('a', 'h1', sig(1))];
    const groups = groupStories(
      rows,
      [cand('a', 'b', 'h1', null), cand('a', 'c', 'hx', sig(1, 10)), cand('a', 'd', 'hy', sig(1, 40))],
      newId,
    );
    expect(groups).toEqual([{ story: 'story:new-1', members: ['a', 'b', 'c'], merged: [] }]);
  });

  it('joins an existing story, and merges two stories a new copy bridges into the smaller id', () => {
    const groups = groupStories(
      [row('x', 'h', sig(2))],
      [
        cand('x', 'p', 'h', null, 'story:b'),
        cand('x', 'q', 'h', null, 'story:a'),
        cand('x', 'r', 'h', null, 'story:a'),
      ],
      newId,
    );
    expect(groups).toEqual([{ story: 'story:a', members: ['p', 'q', 'r', 'x'], merged: ['story:b'] }]);
  });

  it('names a new story after its smallest member, so batch and one-by-one writes give the same graph', () => {
    expect(groupStories([row('b', 'h', null)], [cand('b', 'a', 'h', null)])).toEqual([
      { story: 'story:a', members: ['a', 'b'], merged: [] },
    ]);
  });

  it('gives no story to an article without copies', () => {
    expect(groupStories([row('a', 'h', sig(3))], [cand('a', 'z', 'other', sig(9))], newId)).toEqual([]);
  });
});
