import { describe, expect, it } from 'vitest';
import { replacePart } from './replace-part.js';

describe('replacePart', () => {
  it('replaces the one occurrence of the part', () => {
    expect(replacePart('MATCH (n)\nSET n.x = 1\nRETURN n', 'SET n.x = 1\n', '')).toBe('MATCH (n)\nRETURN n');
  });

  it('throws, naming the part, when the part is not in the text', () => {
    expect(() => replacePart('MATCH (n) RETURN n', 'SET n.x = 1', '')).toThrow(
      'replacePart: the part is not in the text: "SET n.x = 1"',
    );
  });

  it('throws when the part is in the text more than once, or empty', () => {
    expect(() => replacePart('RETURN 1 UNION RETURN 1', 'RETURN 1', 'RETURN 2')).toThrow('more than once');
    expect(() => replacePart('RETURN 1', '', 'x')).toThrow('not in the text');
  });
});
