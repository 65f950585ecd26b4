import { describe, expect, it } from 'vitest';
import { OUTLET_ARTICLE } from '../../../test/outlet-article';
import { saveScreenshot } from './support/browser-page';
import { useSeededTab } from './support/seeded-tab';

/**
 * A named outlet is a company too (issue 11): an article's "Cites" still lists it — the listed wire and the outlet
 * found by how it is cited — linking to its entity page, which shows it as an outlet with the articles citing it,
 * not as a company the news reports on.
 */
describe('outlets an article cites', () => {
  const ctx = useSeededTab();

  it('lists Reuters and the Kestrel Times under Cites, and the outlet’s page shows it as a news outlet', async () => {
    const { graph, url } = ctx.stack;
    const { sourceId } = await graph.ingestText({ text: OUTLET_ARTICLE.text, uri: OUTLET_ARTICLE.uri });
    try {
      const { page } = ctx.tab;
      await page.goto(`${url}/source/${encodeURIComponent(sourceId)}`);
      const cites = page.getByTestId('cites-list').locator('li');
      await cites.first().waitFor();
      const outlet = cites.filter({ hasText: 'Kestrel Times' });
      expect(await outlet.locator('.meta').textContent()).toBe('news outlet');
      expect(await cites.filter({ hasText: 'Reuters' }).locator('a').getAttribute('href')).toBe(
        `/entity/${encodeURIComponent(OUTLET_ARTICLE.wire)}`,
      );
      await saveScreenshot(page, 'source-cites-outlets');

      await outlet.locator('a').click();
      await page.waitForURL(/\/entity\//);
      expect(await page.locator('h1').textContent()).toBe('Kestrel Times');
      expect(await page.getByTestId('outlet-badge').textContent()).toBe('news outlet');
      expect(await page.getByTestId('cited-by').locator('a').getAttribute('href')).toBe(
        `/source/${encodeURIComponent(sourceId)}`,
      );
      // Not a company the news reports on: no empty people, events or totals sections.
      expect(
        await page
          .locator('#events-title, #people-title, #structure-title, #totals-title, #rounds-chart-title')
          .count(),
      ).toBe(0);
    } finally {
      await graph.deleteSource(sourceId);
    }
  });
});
