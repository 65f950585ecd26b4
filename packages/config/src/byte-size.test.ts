import { describe, expect, it } from 'vitest';
import { parseByteSize } from './byte-size';

describe('parseByteSize', () => {
  it('reads bytes and 1024-based units, case-insensitively', () => {
    expect(parseByteSize('4194304')).toBe(4 * 1024 * 1024);
    expect(parseByteSize('4MiB')).toBe(4 * 1024 * 1024);
    expect(parseByteSize('512kb')).toBe(512 * 1024);
    expect(parseByteSize(' 1 GiB ')).toBe(1024 ** 3);
  });

  it('is undefined for empty input and refuses nonsense with a readable message', () => {
    expect(parseByteSize('')).toBeUndefined();
    expect(parseByteSize(undefined)).toBeUndefined();
    expect(() => parseByteSize('lots')).toThrow(/Not a byte size: "lots"/);
    expect(() => parseByteSize('0')).toThrow(/out of range/);
    expect(() => parseByteSize('-1MiB')).toThrow(RangeError);
  });
});
