import { describe, expect, it } from 'vitest';
import { groupCopies, type FoundCandidate } from './group-copies.js';

const sig = (seed: number, changed = 0) =>
  Array.from({ length: 64 }, (_, i) => (i < changed ? 1e9 + i : seed * 1000 + i));
const row = (id: string, textHash: string, minhash: number[] | null) => ({ id, textHash, minhash, keys: [] });
const cand = (id: string, other: string, textHash: string | null, minhash: number[] | null): FoundCandidate => ({
  id,
  other,
  textHash,
  minhash,
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
    expect(groups).toEqual([{ members: ['a', 'b', 'c'], filedBefore: ['b', 'c'], newGroup: 'copy-group:new-1' }]);
  });

  it('joins copies transitively, and names only the members filed before the batch as holders of a group', () => {
    const groups = groupCopies(
      [row('x', 'h', sig(2)), row('y', 'h', sig(2))],
      [cand('x', 'p', 'h', null), cand('y', 'x', 'h', null), cand('y', 'q', 'h', null)],
    );
    expect(groups).toEqual([{ members: ['p', 'q', 'x', 'y'], filedBefore: ['p', 'q'], newGroup: 'copy-group:p' }]);
  });

  it('names a new copy group after its smallest member, so batch and one-by-one writes give the same graph', () => {
    expect(groupCopies([row('b', 'h', null)], [cand('b', 'a', 'h', null)])).toEqual([
      { members: ['a', 'b'], filedBefore: ['a'], newGroup: 'copy-group:a' },
    ]);
  });

  it('gives no copy group to an article without copies', () => {
    expect(groupCopies([row('a', 'h', sig(3))], [cand('a', 'z', 'other', sig(9))], newId)).toEqual([]);
  });
});
