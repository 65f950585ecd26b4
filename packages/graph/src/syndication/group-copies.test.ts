import { describe, expect, it } from 'vitest';
import { groupCopies, type Candidate } from './group-copies.js';

const sig = (seed: number, changed = 0) =>
  Array.from({ length: 64 }, (_, i) => (i < changed ? 1e9 + i : seed * 1000 + i));
const row = (id: string, textHash: string, minhash: number[] | null) => ({ id, textHash, minhash, keys: [] });
const cand = (
  id: string,
  other: string,
  textHash: string | null,
  minhash: number[] | null,
  copyGroup: string | null = null,
): Candidate => ({
  id,
  other,
  textHash,
  minhash,
  copyGroup,
});

describe('groupCopies', () => {
  let n = 0;
  const newId = () => `copy-group:new-${++n}`;

  it('joins exact and near copies, not articles that merely share a band', () => {
    const rows = [row('a', 'h1', sig(1))];
    const groups = groupCopies(
      rows,
      [cand('a', 'b', 'h1', null), cand('a', 'c', 'hx', sig(1, 10)), cand('a', 'd', 'hy', sig(1, 40))],
      newId,
    );
    expect(groups).toEqual([{ copyGroup: 'copy-group:new-1', members: ['a', 'b', 'c'], merged: [] }]);
  });

  it('joins an existing copy group, and merges two groups a new copy bridges into the smaller id', () => {
    const groups = groupCopies(
      [row('x', 'h', sig(2))],
      [
        cand('x', 'p', 'h', null, 'copy-group:b'),
        cand('x', 'q', 'h', null, 'copy-group:a'),
        cand('x', 'r', 'h', null, 'copy-group:a'),
      ],
      newId,
    );
    expect(groups).toEqual([{ copyGroup: 'copy-group:a', members: ['p', 'q', 'r', 'x'], merged: ['copy-group:b'] }]);
  });

  it('names a new copy group after its smallest member, so batch and one-by-one writes give the same graph', () => {
    expect(groupCopies([row('b', 'h', null)], [cand('b', 'a', 'h', null)])).toEqual([
      { copyGroup: 'copy-group:a', members: ['a', 'b'], merged: [] },
    ]);
  });

  it('gives no copy group to an article without copies', () => {
    expect(groupCopies([row('a', 'h', sig(3))], [cand('a', 'z', 'other', sig(9))], newId)).toEqual([]);
  });
});
