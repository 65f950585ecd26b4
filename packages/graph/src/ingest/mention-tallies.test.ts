import { describe, expect, it } from 'vitest';
import { MENTION_TALLY_SHARDS, pickTallyShard, sumTallies } from './mention-tallies.js';

describe('sumTallies', () => {
  it('sums per entity, drops what cancels out and sorts by id (one lock order for every transaction)', () => {
    expect(
      sumTallies([
        { entityId: 'company:b', delta: 3 },
        { entityId: 'company:a', delta: 2 },
        { entityId: 'person:c', delta: 4 },
        { entityId: 'company:b', delta: -1 },
        { entityId: 'person:c', delta: -4 },
      ]),
    ).toEqual([
      { entityId: 'company:a', delta: 2 },
      { entityId: 'company:b', delta: 2 },
    ]);
  });
});

describe('pickTallyShard', () => {
  it('picks a shard among MENTION_TALLY_SHARDS', () => {
    const shards = new Set(Array.from({ length: 2_000 }, () => pickTallyShard()));
    expect([...shards].every((shard) => Number.isInteger(shard) && shard >= 0 && shard < MENTION_TALLY_SHARDS)).toBe(
      true,
    );
    expect(shards.size).toBe(MENTION_TALLY_SHARDS);
  });
});
