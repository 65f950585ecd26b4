import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './html-to-article.js';
import { cleanTitle } from './page-metadata.js';

const page = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/pages/${name}`, import.meta.url)), 'utf8');

/** Words that only the pages' chrome contains (navigation, related links, ads, captions, comments, footers). */
const BOILERPLATE =
  /Related stories|Microsoft|Meta layoffs|Apple|Amazon|Sign up|Subscribe|Photo:|Most popular|Google|Share on|Privacy|Salesforce is a sponsor|Front page|Oracle|4 December 2023/;

describe('htmlToArticle', () => {
  it('reads a page with JSON-LD: headline, publisher, authors, dates, canonical URL, language; clean text', async () => {
    const a = await htmlToArticle(page('json-ld.html'), 'json-ld.html');
    expect(a).toMatchObject({
      title: 'Spotify to trim 1,500 roles in efficiency push',
      publisher: 'The Ledger Gazette',
      author: 'Ruth Okafor, Tomas Lind',
      publishedAt: '2023-12-04T07:30:00Z',
      modifiedAt: '2023-12-04T11:05:00Z',
      canonicalUrl: 'https://ledger-gazette.example/business/2023/12/spotify-trims-roles',
      language: 'en-GB',
    });
    expect(a.text.startsWith('Spotify will cut about 1,500 jobs')).toBe(true);
    expect(a.text.split('\n\n')).toHaveLength(4);
    expect(a.text).not.toMatch(BOILERPLATE);
  });

  it('reads a page with only OpenGraph meta, and removes the site name from the title', async () => {
    const a = await htmlToArticle(page('opengraph-only.html'), 'og.html');
    expect(a).toMatchObject({
      title: 'Intel lays off staff at chip unit',
      publisher: 'Circuit Wire',
      author: 'Dana Whitfield',
      publishedAt: '2024-08-01T16:45:00-07:00',
      canonicalUrl: 'https://circuitwire.example/news/intel-chip-unit-layoffs?utm_source=rss&utm_medium=feed',
    });
    expect(a.text).toContain('reduce its workforce by 15%, or roughly 15,000 jobs');
    expect(a.text).not.toMatch(BOILERPLATE);
  });

  it('reads a page with neither: <title> and <time>, a dateline is not an author', async () => {
    const a = await htmlToArticle(page('bare.html'), 'bare.html');
    expect(a.title).toBe('Zoom cuts 15% of its workforce');
    expect(a.publishedAt).toBe('2023-02-07');
    expect(a.author).toBeUndefined();
    expect(a.text.split('\n\n')).toHaveLength(3);
    expect(a.text).not.toMatch(/Valley Notes|Archive|commission/);
  });

  it('reads an AMP page to the same text as its canonical page', async () => {
    const amp = await htmlToArticle(page('amp.html'), 'amp.html');
    const canonical = await htmlToArticle(page('json-ld.html'), 'json-ld.html');
    expect(amp.canonicalUrl).toBe(canonical.canonicalUrl);
    expect(amp.text).toBe(canonical.text);
    expect(amp.text).not.toMatch(/Surface/);
  });

  it('reads a paywall teaser: the teaser only, flagged as not free', async () => {
    const a = await htmlToArticle(page('paywall.html'), 'paywall.html');
    expect(a).toMatchObject({
      title: 'Salesforce to cut 10% of staff',
      publisher: 'The Quarterly Review',
      accessibleForFree: false,
    });
    expect(a.text.split('\n\n')).toHaveLength(2);
    expect(a.text).not.toMatch(BOILERPLATE);
  });

  it('keeps paragraphs apart even when the markup has no whitespace between them', async () => {
    const a = await htmlToArticle(
      '<html><body><article><p>One ends here.</p><p>Two starts<br>here.</p><ul><li>a</li><li>b</li></ul></article></body></html>',
      'x',
    );
    expect(a.text).toBe('One ends here.\n\nTwo starts\nhere.\n\na\n\nb');
  });

  it('refuses a page without text; bounds the work on pathologically nested pages', async () => {
    await expect(
      htmlToArticle('<html><body><nav>Home</nav><script>x</script></body></html>', 'x'),
    ).rejects.toMatchObject({ code: 'E_NO_TEXT' });
    // Readability took 31 s over 1,000 nested levels: past 100 the text is taken without it.
    const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}Deep text here.${'</div>'.repeat(n)}</body></html>`;
    expect((await htmlToArticle(nested(1500), 'deep')).text).toBe('Deep text here.');
    // linkedom itself took 11 s over 100,000: such a page is refused before parsing.
    await expect(htmlToArticle(nested(100_000), 'deeper')).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
  });
});

describe('cleanTitle', () => {
  it('drops the site name on either side, and keeps titles that merely contain a separator', () => {
    expect(cleanTitle('Acme cuts 500 jobs | The Daily Widget', 'The Daily Widget')).toBe('Acme cuts 500 jobs');
    expect(cleanTitle('The Daily Widget - Acme cuts 500 jobs', 'the daily widget')).toBe('Acme cuts 500 jobs');
    expect(cleanTitle('Acme cuts 500 jobs - and more to come', 'The Daily Widget')).toBe(
      'Acme cuts 500 jobs - and more to come',
    );
    expect(cleanTitle('Acme cuts 500 jobs | Widget News')).toBe('Acme cuts 500 jobs');
  });
});
