import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleId, fileUri, recordUri } from './article-id.js';
import { canonicalUrl } from './canonical-uri.js';

const HASH = 'ab'.repeat(32);
const segment = fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/).filter((s) => s !== '.' && s !== '..');
const host = fc
  .array(fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/), { minLength: 1, maxLength: 3 })
  .map((labels) => `${labels.join('.')}.example`);
const query = fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.stringMatching(/^[A-Za-z0-9]{0,6}$/)), {
  maxLength: 3,
});
const url = fc.record({
  https: fc.boolean(),
  host,
  path: fc.array(segment, { maxLength: 4 }),
  slash: fc.boolean(),
  query,
});
type Url = typeof url extends fc.Arbitrary<infer T> ? T : never;

const isTracking = (name: string) => name.startsWith('utm_') || name === 'amp' || name === 'smid' || name === 'ocid';
const plain = (u: Url) =>
  `${u.https ? 'https' : 'http'}://${u.host}/${u.path.join('/')}${u.slash && u.path.length ? '/' : ''}` +
  (u.query.some(([k]) => !isTracking(k))
    ? `?${u.query
        .filter(([k]) => !isTracking(k))
        .map(([k, v]) => `${k}=${v}`)
        .join('&')}`
    : '');

/** The same page spelled differently: scheme and host case, default port, tracking parameters, fragment, escapes. */
const respell = (u: Url, seed: number) => {
  const scheme = seed & 1 ? (u.https ? 'HTTPS' : 'HTTP') : u.https ? 'https' : 'http';
  const hostText = seed & 2 ? u.host.toUpperCase() : u.host;
  const port = seed & 4 ? (u.https ? ':443' : ':80') : '';
  const path = u.path.map((s) => (seed & 8 ? s.replace(/~/g, '%7e').replace(/a/g, '%61') : s)).join('/');
  const params = u.query.filter(([k]) => !isTracking(k)).map(([k, v]) => `${k}=${v}`);
  if (seed & 16) params.splice(params.length > 0 ? 1 : 0, 0, 'utm_source=newsletter', 'fbclid=XyZ');
  return (
    `${scheme}://${hostText}${port}/${path}${u.slash && u.path.length ? '/' : ''}` +
    (params.length ? `?${params.join('&')}` : '') +
    (seed & 32 ? '#comments' : '')
  );
};

describe('articleId (issue 16 item 2: ids that never collide)', () => {
  it('gives every spelling of the same URL the same id', () => {
    fc.assert(
      fc.property(url, fc.integer({ min: 0, max: 63 }), (u, seed) => {
        expect(articleId(respell(u, seed), HASH)).toBe(articleId(plain(u), HASH));
      }),
      { numRuns: 3000 },
    );
  });

  it('never gives two different URLs the same id', () => {
    fc.assert(
      fc.property(fc.uniqueArray(url.map(plain), { minLength: 2, maxLength: 40 }), (urls) => {
        const ids = new Set(urls.map((u) => articleId(u, HASH)));
        const pages = new Set(urls.map((u) => canonicalUrl(u)));
        expect(ids.size).toBe(pages.size);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent on its canonical URL', () => {
    fc.assert(
      fc.property(url, fc.integer({ min: 0, max: 63 }), (u, seed) => {
        const once = canonicalUrl(respell(u, seed))!;
        expect(canonicalUrl(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps apart the URLs the old slug merged: query, fragment-free case, `/a-b/c` vs `/a/b-c`', () => {
    const ids = [
      'https://news.example/a-b/c',
      'https://news.example/a/b-c',
      'https://news.example/a/b-c?page=2',
      'https://news.example/A/b-c',
      'https://news.example/a/b-c/',
    ].map((u) => articleId(u, HASH));
    expect(new Set(ids).size).toBe(5);
    expect(articleId('https://news.example/a/b-c#top', HASH)).toBe(ids[1]);
  });

  it('gives paths relative to the root distinct ids, and the same path the same id however spelled', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/')),
          { minLength: 2, maxLength: 40 },
        ),
        (paths) => {
          const ids = paths.map((p) => articleId(fileUri(p), HASH));
          expect(new Set(ids).size).toBe(paths.length);
          for (const [i, p] of paths.entries())
            expect(articleId(fileUri(`./${p.replace(/\//g, '\\\\')}`), HASH)).toBe(ids[i]);
        },
      ),
      { numRuns: 1000 },
    );
    expect(articleId(fileUri('a/story.txt'), HASH)).not.toBe(articleId(fileUri('b/story.txt'), HASH));
    expect(articleId(fileUri('a/story.txt'), HASH)).not.toBe(articleId(fileUri('a/story.md'), HASH));
    expect(articleId(fileUri('a-b/c.txt'), HASH)).not.toBe(articleId(fileUri('a/b-c.txt'), HASH));
  });

  it('keeps files, records, URLs and text-only documents in separate namespaces', () => {
    const other = 'cd'.repeat(32);
    const ids = [
      articleId(fileUri('http:x.example'), HASH),
      articleId('http://x.example', HASH),
      articleId(fileUri('news.jsonl'), HASH),
      articleId(recordUri('news.jsonl', HASH), HASH),
      articleId(recordUri('news.jsonl', other), HASH),
      articleId(fileUri(`news.jsonl#sha256-${HASH.slice(0, 32)}`), HASH),
      articleId(undefined, HASH),
      articleId(undefined, other),
      articleId(fileUri(`text:${HASH.slice(0, 32)}`), HASH),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(articleId('', HASH)).toBe(articleId(undefined, HASH));
  });
});
