import { describe, expect, it } from 'vitest';
import { groupReports } from './group-reports';

const nyt = {
  id: 'source:a',
  title: 'Amazon cuts 14,000',
  publisher: 'NYT',
  publishedAt: '2025-10-28',
  kind: 'article',
};
const wire = { id: 'source:b', title: 'Amazon layoffs', publisher: 'Wire', publishedAt: '2025-10-29', kind: 'article' };

describe('groupReports', () => {
  it('gives every reporting source its own quotes, in text order, keeping the sources order', () => {
    const reports = groupReports({
      sources: [nyt, wire],
      evidence: [
        { source: wire, text: 'second', start: 50, end: 56 },
        { source: nyt, text: 'later', start: 200, end: 205 },
        { source: nyt, text: 'first', start: 0, end: 5 },
      ],
    });
    expect(reports.map((r) => [r.source.id, r.quotes.map((q) => q.text)])).toEqual([
      ['source:a', ['first', 'later']],
      ['source:b', ['second']],
    ]);
  });

  it('keeps a source with no quote, and evidence from a source missing from the list', () => {
    const stray = { id: 'source:c', title: 'Memo' };
    const reports = groupReports({
      sources: [nyt],
      evidence: [{ source: stray, text: 'memo text', start: 3, end: 12 }],
    });
    expect(reports).toEqual([
      { source: nyt, quotes: [] },
      { source: stray, quotes: [{ text: 'memo text', start: 3, end: 12 }] },
    ]);
  });
});
