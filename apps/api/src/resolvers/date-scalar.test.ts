import { describe, expect, it } from 'vitest';
import { Kind } from '../graphql-js.js';
import { DateScalar } from './date-scalar.js';

describe('Date scalar', () => {
  it('takes YYYY, YYYY-MM and YYYY-MM-DD of real dates, as variables and literals', () => {
    for (const value of ['2023', '2023-02', '2024-02-29']) {
      expect(DateScalar.parseValue(value)).toBe(value);
      expect(DateScalar.parseLiteral({ kind: Kind.STRING, value }, {})).toBe(value);
      expect(DateScalar.serialize(value)).toBe(value);
    }
  });

  it('rejects malformed or impossible dates with BAD_USER_INPUT', () => {
    for (const value of ['2023-02-30', '2023-13', '23', '2023/01/01', '2023-01-01T00:00:00Z', '', 2023]) {
      expect(() => DateScalar.parseValue(value)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
      );
    }
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '2023' }, {})).toThrow(/YYYY/);
  });
});
