import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.js';

function extracted(text: string, uri = 'invented.txt', publishedAt = '2024-03-06') {
  const doc = extractDocument({ text, uri, publishedAt });
  const name = (id: string) => doc.entities.find((e) => e.id === id)?.name ?? id;
  const countOf = (id: string) => doc.events.find((e) => e.id === id)?.count ?? id;
  return { doc, name, countOf };
}

describe('event flags', () => {
  it('marks a year-long sum of rounds as aggregate, and a single round not', () => {
    const { doc } = extracted(
      'Contoso has made widespread layoffs across the company in 2023 that affected over 9,000 employees. ' +
        'Later, Contoso cut 1,000 jobs in 2023 at its plant.',
    );
    expect(doc.events.map((e) => [e.count, e.aggregate ?? false])).toEqual([
      [9000, true],
      [1000, false],
    ]);
  });

  it('reads an explicit reference to an earlier round, resolved against the publication date', () => {
    const { doc } = extracted(
      'The cuts announced in January will hit 1,200 engineers at Contoso. ' +
        'Separately, the round of cuts it unveiled last March affected 400 staff at Contoso.',
    );
    expect(doc.events.map((e) => [e.count, e.reference?.when, e.reference?.span.text])).toEqual([
      [1200, '2024-01', 'The cuts announced in January'],
      [400, '2024-03', 'the round of cuts it unveiled last March'],
    ]);
  });
});

describe('supports', () => {
  it('ties a trailing attribution to the figure before it only', () => {
    const { doc, name, countOf } = extracted(
      'Contoso Corp. will cut 2,000 jobs, according to people familiar with the matter, after cutting 500 in May.',
    );
    expect(doc.supports!.map((s) => [name(s.by), countOf(s.event!)])).toEqual([['Contoso anonymous sources', 2000]]);
  });

  it('ties a leading attribution to the whole sentence, and a speaker to the figure in their words', () => {
    const { doc, name, countOf } = extracted(
      'According to a memo seen by Reuters, Contoso Corp. will cut 700 jobs. Later, Contoso said it would cut 900 jobs.',
    );
    expect(doc.supports!.map((s) => [name(s.by), countOf(s.event!)])).toEqual([
      ['Contoso internal memo', 700],
      ['Reuters', 700],
      ['Contoso', 900],
    ]);
  });
});

describe('document identity', () => {
  const memoIds = (text: string, uri: string) =>
    extractDocument({ text, uri, publishedAt: '2025-06-01' })
      .entities.filter((e) => e.kind === 'internal-memo')
      .map((e) => [e.id, e.detail ?? null]);

  it('gives two articles citing the same author’s memo of the same date one node', () => {
    const a = memoIds(
      'Jane Roe wrote in a memo to staff on January 10, 2023 that Contoso Corp. would cut 1,000 jobs.',
      'a.txt',
    );
    const b = memoIds(
      'In a memo to staff on January 10, 2023, Jane Roe said Contoso Corp. would cut 1,000 jobs.',
      'b.txt',
    );
    expect(a).toEqual([['source:contoso-internal-memo-jane-roe-2023-01-10', 'Jane Roe, 2023-01-10']]);
    expect(b).toEqual(a);
  });

  it('keeps two memos of one company apart: different authors and dates, in one article', () => {
    const ids = memoIds(
      'Jane Roe wrote in a memo to staff on January 10, 2023 that Contoso Corp. would cut 1,000 jobs. ' +
        'Contoso cut 300 more jobs, Maria Holt wrote in a memo to employees on May 2, 2025.',
      'c.txt',
    );
    expect(ids).toEqual([
      ['source:contoso-internal-memo-jane-roe-2023-01-10', 'Jane Roe, 2023-01-10'],
      ['source:contoso-internal-memo-maria-holt-2025-05-02', 'Maria Holt, 2025-05-02'],
    ]);
  });

  it('takes a later bare mention of an identified memo in one article for that memo, not a second one', () => {
    const ids = memoIds(
      'Jane Roe told staff in a memo on January 10, 2023 that Contoso Corp. would cut 1,000 jobs. ' +
        'Workers in Norland will be told first, according to the memo.',
      'h.txt',
    );
    expect(ids).toEqual([['source:contoso-internal-memo-jane-roe-2023-01-10', 'Jane Roe, 2023-01-10']]);
  });

  it('gives an unidentified memo and anonymous sources to the citing article alone', () => {
    const text = 'Contoso Corp. will cut 200 jobs, according to an internal memo and people familiar with the matter.';
    const first = extractDocument({ text, uri: 'd.txt' }).entities.filter((e) => e.type === 'Source');
    const second = extractDocument({ text, uri: 'e.txt' }).entities.filter((e) => e.type === 'Source');
    expect(first.map((e) => e.id).filter((id) => second.some((x) => x.id === id))).toEqual([]);
    expect(first.map((e) => e.name).sort()).toEqual(['Contoso anonymous sources', 'Contoso internal memo']);
  });

  it('keeps outlets one node across articles', () => {
    const ids = (uri: string) =>
      extractDocument({ text: 'Contoso will cut 200 jobs, the Kora Daily reported.', uri }).entities.map((e) => e.id);
    expect(ids('f.txt')).toContain('company:kora-daily');
    expect(ids('g.txt')).toContain('company:kora-daily');
  });
});
