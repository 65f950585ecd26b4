import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.js';
import { checkSpans } from './eval/check-spans.js';
import { splitSentences } from './text/sentences.js';

const NEWSY = [
  'Amazon',
  'AWS',
  'Amazon Web Services',
  'CEO Andy Jassy',
  'Jassy',
  'Meta',
  'cut',
  '14,000',
  'jobs',
  'about 10%',
  'of its workforce',
  'in January 2023',
  'according to Reuters',
  'people familiar with the matter',
  'Twitter (now X)',
  'Google Cloud',
  'thousands more',
  '.',
  ',',
  '\n',
  '\n\n',
  '—',
  '’s',
  'Zoë',
  '🙂',
  'Ünïcode',
  '<p>',
  '---\n',
];
const newsText = fc.array(fc.constantFrom(...NEWSY), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  newsText,
);

describe('extractDocument properties', () => {
  it('never throws and every span is the exact slice of the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = extractDocument({ text, uri: 'p.txt' });
        expect(checkSpans(doc, text).problems).toEqual([]);
        for (const r of doc.relations) {
          const ids = new Set(doc.entities.map((e) => e.id));
          if (r.type !== 'CITES') expect(ids.has(r.from)).toBe(true);
          expect(ids.has(r.to)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // 300 extractions take 2-3 s on a quiet machine and three times that on a loaded one; the limit only stops a hang.
  }, 60_000);

  it('is deterministic: same ids and output across runs', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const a = extractDocument({ text, uri: 'seeds/x.txt' });
        const b = extractDocument({ text, uri: 'seeds/x.txt' });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(a.source.id).toBe('article:file:seeds/x.txt');
      }),
      { numRuns: 100 },
    );
  });

  it('sentence spans are ordered, disjoint and exact', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let last = -1;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).not.toBe('');
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('source ids: the path for files, the canonical URL for pages, content hash without uri', () => {
    expect(extractDocument({ text: 'x', uri: 'seeds/000_c3705ce366644198.txt' }).source.id).toBe(
      'article:file:seeds/000_c3705ce366644198.txt',
    );
    expect(extractDocument({ text: 'x', uri: 'HTTPS://News.Example/a?utm_source=x#top' }).source).toMatchObject({
      id: 'article:https://news.example/a',
      uri: 'https://news.example/a',
    });
    const d = extractDocument({ text: 'Meta cut jobs.' });
    expect(d.source.id).toBe(`article:text:${d.source.contentHash.slice(0, 32)}`);
    expect(d.source.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
