import { describe, expect, it } from 'vitest';
import { acceptedLanguages, createFormatter, headline, pickLocale } from './format';

describe('createFormatter', () => {
  it('writes numbers and dates in the reader’s locale, each date at its own precision', () => {
    const us = createFormatter('en-US');
    const de = createFormatter('de-DE');
    expect([us.count(14_000), de.count(14_000)]).toEqual(['14,000', '14.000']);
    expect([us.when('2025-10-28'), us.when('2025-10'), us.when('2025'), us.when(null)]).toEqual([
      'Oct 28, 2025',
      'Oct 2025',
      '2025',
      'undated',
    ]);
    expect(de.when('2025-10-28')).toBe('28. Okt. 2025');
    expect([us.period('2025-Q4'), de.period('2023-01')]).toEqual(['Q4 2025', 'Jan. 2023']);
    expect(us.eventSize({ count: 14_000, countText: null, percent: 4 })).toBe('14,000 (4%)');
    expect(de.eventSize({ count: null, countText: 'hundreds', percent: 4.5 })).toMatch(/^hundreds \(4,5\s%\)$/);
  });
});

describe('locale from Accept-Language', () => {
  it('takes the tags by quality and the first one Intl knows', () => {
    expect(acceptedLanguages('de-CH,de;q=0.9,en;q=0.8,*;q=0.1')).toEqual(['de-CH', 'de', 'en']);
    expect(acceptedLanguages('en;q=0.5, fr')).toEqual(['fr', 'en']);
    expect(acceptedLanguages(null)).toEqual([]);
    expect(pickLocale(['x-invalid-tag-!!', 'fr-FR'])).toBe('fr-FR');
    expect(pickLocale([])).toBe('en-US');
  });
});

describe('headline', () => {
  it('keeps a real title and cuts a first sentence used as a title', () => {
    expect(headline('Understanding Amazon AWS’s Recent Job Cuts and Strategic Restructuring')).toEqual({
      text: 'Understanding Amazon AWS’s Recent Job Cuts and Strategic Restructuring',
      isSentence: false,
    });
    const sentence =
      'Amazon is cutting 14,000 corporate jobs in a systemwide overhaul to eliminate bureaucracy and empower front-line employees on technology projects.';
    const cut = headline(sentence);
    expect(cut.isSentence).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(81);
    expect(sentence.startsWith(cut.text.slice(0, -1))).toBe(true);
  });
});
