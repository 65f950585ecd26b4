import { describe, expect, it } from 'vitest';
import { hasEventTerms, parseEventSearchTerms } from './event-search-terms.js';

describe('parseEventSearchTerms', () => {
  it('reads figures however they are written, and years apart from figures', () => {
    expect(parseEventSearchTerms('14,000 14000 14k 1.5k 2m 14.000 2023')).toMatchObject({
      counts: [14_000, 14_000, 14_000, 1_500, 2_000_000, 14_000],
      years: ['2023'],
      organization: '',
    });
  });

  it('maps kind words to kinds and keeps the organization words', () => {
    expect(parseEventSearchTerms('Amazon Web Services job cuts in 2025')).toEqual({
      counts: [],
      kinds: ['layoff'],
      years: ['2025'],
      countWords: [],
      organization: 'amazon web services',
    });
    expect(parseEventSearchTerms('Meta restructuring, layoffs').kinds).toEqual(['restructuring', 'layoff']);
  });

  it('keeps figure words for countText ("thousands more") and drops filler', () => {
    expect(parseEventSearchTerms('“thousands more” jobs at Amazon')).toMatchObject({
      countWords: ['thousands', 'more'],
      organization: 'amazon',
    });
  });

  it('says whether the query is about events at all (a name alone is not)', () => {
    expect(hasEventTerms(parseEventSearchTerms('Andy Jassy'))).toBe(false);
    expect(hasEventTerms(parseEventSearchTerms('Amazon 14,000'))).toBe(true);
    expect(hasEventTerms(parseEventSearchTerms('hundreds'))).toBe(true);
  });
});
