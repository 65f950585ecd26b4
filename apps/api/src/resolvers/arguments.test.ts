import { describe, expect, it } from 'vitest';
import { documentInputOf, pageSize } from './arguments.js';

describe('documentInputOf', () => {
  it('keeps what the client sent and leaves out the fields it sent as null', () => {
    expect(
      documentInputOf({ text: 'Body.', title: 'T', uri: null, publisher: undefined, publishedAt: '2025-10-28' }),
    ).toEqual({
      text: 'Body.',
      title: 'T',
      publishedAt: '2025-10-28',
    });
  });
});

describe('pageSize', () => {
  it('defaults when absent and refuses what is over the cap instead of clamping', () => {
    expect(pageSize(null, 20)).toBe(20);
    expect(pageSize(100, 20)).toBe(100);
    expect(() => pageSize(101, 20)).toThrow(/between 1 and 100/);
    expect(() => pageSize(0, 20)).toThrow(/between 1 and 100/);
  });
});
