import { describe, expect, it } from 'vitest';
import { buildVariants, variants } from '../../bench/story-candidates-variants.js';
import { storyCandidatesQuery } from './story-statements.js';

/**
 * The versions of the candidate statement the A/B bench measures (bench/story-candidates-variants.ts) are built from
 * today's statement: a change to the statement that removes a part a version replaces fails here, not in a bench
 * silently measuring an old text.
 */
describe('story candidate statement versions (bench)', () => {
  const current = storyCandidatesQuery([]).cypher;

  it('builds every version from the statement of today', () => {
    expect(Object.keys(buildVariants(current))).toEqual([
      'noLock',
      'noCandAnc',
      'noUnits',
      'noCase',
      'perOrg',
      'currentAgain',
    ]);
  });

  it('each version but currentAgain differs from the statement, and from the others', () => {
    const { currentAgain, ...others } = variants;
    expect(currentAgain).toBe(current);
    for (const [name, text] of Object.entries(others)) expect(text, name).not.toBe(current);
    expect(new Set(Object.values(others)).size).toBe(Object.keys(others).length);
  });

  it('throws, naming the part, when the statement no longer holds a part a version replaces', () => {
    const withoutLocks = current.replace('MERGE (l:StoryLock', 'MERGE (l:Lock');
    expect(() => buildVariants(withoutLocks)).toThrow(/replacePart: the part is not in the text: .*StoryLock/);
  });
});
