import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './keyset-cursor.js';

describe('keyset cursors', () => {
  it('round-trip the key of their own list', () => {
    const cursor = encodeCursor('events:COUNT_DESC', [14_000, 'event:layoff-amazon-14000']);
    expect(decodeCursor(cursor, 'events:COUNT_DESC', 'ns')).toEqual([14_000, 'event:layoff-amazon-14000']);
  });

  it('are refused by another list, with another shape, or when not ours', () => {
    const cursor = encodeCursor('sources:NEWEST', ['2025-10-28', 'article:a']);
    expect(decodeCursor(cursor, 'sources:TITLE', 'ss')).toBeNull();
    expect(decodeCursor(cursor, 'sources:NEWEST', 'ns')).toBeNull();
    expect(decodeCursor(Buffer.from('offset:19').toString('base64url'), 'sources:NEWEST', 'ss')).toBeNull();
    expect(decodeCursor('!!!', 'sources:NEWEST', 'ss')).toBeNull();
    expect(decodeCursor('x'.repeat(2_000), 'sources:NEWEST', 'ss')).toBeNull();
  });
});
