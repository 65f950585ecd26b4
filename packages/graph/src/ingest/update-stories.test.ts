import { describe, expect, it } from 'vitest';
import { storyFigures } from './update-stories.js';

describe('storyFigures', () => {
  it('keeps the figures a story summary folds in and leaves the quoted spans behind', () => {
    const figures = {
      count: 300,
      countText: '300',
      percent: null,
      when: '2031-05',
      status: 'planned',
      basisKind: 'statement',
      cumulative: false,
      reportedAt: '2031-05-02',
      preferKey: 'k',
    };
    const spans = { starts: [10], ends: [42], quotes: ['Brindlewood Mills will cut 300 jobs'] };
    expect(storyFigures({ ...spans, ...figures })).toEqual(figures);
  });

  it('gives a figure the report lacks as null, as a missing property reads in Cypher', () => {
    expect(storyFigures({ countText: 'hundreds' }).count).toBeNull();
  });
});
