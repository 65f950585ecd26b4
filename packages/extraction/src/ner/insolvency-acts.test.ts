import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('names of several words that go into administration or rescue', () => {
  it.each([
    ['went into administration', 'Across the sea, Summit Tasmania went into voluntary administration last month.'],
    ['is in business rescue', 'Meanwhile, Crest Kenya is in business rescue and has stopped flying.'],
    ['filed for protection', 'Rival Harbour Nigeria filed for bankruptcy protection in May.'],
  ])('%s', (_, text) => {
    const name = /(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) (?:went|is|filed)/u.exec(text)![1]!;
    expect(extract(text).entity(name)?.type).toBe('Company');
  });
});
