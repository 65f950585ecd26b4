import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs, readText } from '@newsgraph/documents';
import { ingestReadResults } from '@newsgraph/graph';
import { saveScreenshot } from './support/browser-page';
import { useSeededTab } from './support/seeded-tab';

const pages = fileURLToPath(new URL('../../../packages/documents/fixtures/pages/', import.meta.url));
const ORIGINAL = 'article:https://ledger-gazette.example/business/2023/12/spotify-trims-roles';
const COPY = 'article:https://copy-times.example/spotify';

/** A page-sourced article in the explorer (issue 12): clean text with its real title, date and publisher. */
describe('an article read from a web page', () => {
  const ctx = useSeededTab();

  it('shows the clean text with the page’s real title, date and publisher, and its republished copy', async () => {
    const { graph } = ctx.stack;
    // The saved page through the shared reader, as `npm run ingest -- page.html` reads it.
    const result = await ingestReadResults(readInputs(['json-ld.html'], { cwd: pages }), {
      ingest: (inputs) => graph.ingestTexts(inputs),
    });
    expect(result.failures).toEqual([]);
    // The same article republished by another site a day later (a syndicated copy).
    const text = (await graph.sourceTexts([ORIGINAL])).get(ORIGINAL)!;
    const copy = await readText(
      {
        text,
        uri: 'https://copy-times.example/spotify',
        publisher: 'Copy Times',
        publishedAt: '2023-12-05',
        title: 'Spotify trims roles',
      },
      'copy',
    );
    await graph.ingestText(copy);
    try {
      const { page } = ctx.tab;
      await page.goto(`${ctx.stack.url}/source/${encodeURIComponent(ORIGINAL)}`);
      await page.locator('h1').waitFor();
      expect(await page.locator('h1').textContent()).toBe('Spotify to trim 1,500 roles in efficiency push');
      const meta = (await page.locator('article > p.meta').first().textContent())!;
      expect(meta).toContain('The Ledger Gazette');
      expect(meta).toContain('Dec 4, 2023');
      const shown = (await page.locator('.article-text').textContent())!;
      expect(shown.startsWith('Spotify will cut about 1,500 jobs')).toBe(true);
      expect(shown).toContain('Chief executive Daniel Ek told employees in a memo');
      expect(shown).not.toMatch(/<|Related stories|Microsoft|Sign up|Photo:|Amazon/);
      expect(await page.getByTestId('copies').textContent()).toContain('Copy Times');
      await saveScreenshot(page, 'page-source');
      await page.goto(`${ctx.stack.url}/source/${encodeURIComponent(COPY)}`);
      expect(await page.getByTestId('copy-of').textContent()).toContain(
        'Spotify to trim 1,500 roles in efficiency push',
      );
    } finally {
      await graph.deleteSource(COPY);
      await graph.deleteSource(ORIGINAL);
    }
  });
});
