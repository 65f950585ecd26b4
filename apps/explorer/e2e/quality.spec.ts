import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, openWatchedPage, saveScreenshot, seriousAxeViolations } from './support/browser-page';
import { explorerRoutes as routes } from './support/routes';
import { lookUpSeedIds, type SeedIds } from './support/seed-ids';
import { startExplorerStack, type ExplorerStack } from './support/stack';
import { getTestNeo4j } from '../../../test/neo4j.js';

/** Console errors, less Chromium's report of the 404 status of the not-found page itself (which is intended). */
function unexpectedErrors(errors: string[]): string[] {
  return errors.filter((e) => !(e.includes('/entity/nothing%3Ahere') && e.includes('status of 404')));
}

/**
 * The route loops visit every page (18 now) with axe-core on each: about a minute on a quiet machine, past the
 * default 120 s with the 2 cores shared by several test runs (measured 16:58, load average 25).
 */
const EVERY_ROUTE_TIMEOUT_MS = 360_000;

/** axe-core (zero serious/critical), 375 px without horizontal scrolling, no console errors, on every route. */
describe('explorer quality on every route', () => {
  let stack: ExplorerStack;
  let ids: SeedIds;

  beforeAll(async () => {
    stack = await startExplorerStack(getTestNeo4j());
    ids = await lookUpSeedIds(stack.apiUrl);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it(
    'has no serious or critical axe-core violations and logs no console errors (1280 px)',
    async () => {
      const tab = await openWatchedPage(stack.browser);
      const failures: Record<string, unknown> = {};
      const statuses: Record<string, number | undefined> = {};
      for (const route of routes(ids)) {
        const response = await tab.page.goto(`${stack.url}${route.path}`);
        statuses[route.name] = response?.status();
        await tab.page.locator(route.ready).first().waitFor({ timeout: 15_000 });
        const violations = await seriousAxeViolations(tab.page);
        if (violations.length) failures[route.name] = violations;
        await saveScreenshot(tab.page, `${route.name}-desktop`);
      }
      await tab.close();
      expect(statuses).toEqual(Object.fromEntries(routes(ids).map((r) => [r.name, r.status ?? 200])));
      expect(failures).toEqual({});
      expect(unexpectedErrors(tab.errors)).toEqual([]);
    },
    EVERY_ROUTE_TIMEOUT_MS,
  );

  it(
    'works at 375 px wide: no horizontal scrolling, no axe violations, no console errors',
    async () => {
      const tab = await openWatchedPage(stack.browser, { width: 375, height: 740 });
      const overflow: Record<string, number> = {};
      const failures: Record<string, unknown> = {};
      for (const route of routes(ids)) {
        await tab.page.goto(`${stack.url}${route.path}`);
        await tab.page.locator(route.ready).first().waitFor({ timeout: 15_000 });
        const px = await horizontalOverflow(tab.page);
        if (px > 0) overflow[route.name] = px;
        const violations = await seriousAxeViolations(tab.page);
        if (violations.length) failures[route.name] = violations;
        await saveScreenshot(tab.page, `${route.name}-375`);
      }
      await tab.close();
      expect(overflow).toEqual({});
      expect(failures).toEqual({});
      expect(unexpectedErrors(tab.errors)).toEqual([]);
    },
    EVERY_ROUTE_TIMEOUT_MS,
  );

  it('GraphiQL at 375 px: editor, run button, result and docs within the width; a query runs and shows its result', async () => {
    const tab = await openWatchedPage(stack.browser, { width: 375, height: 740 });
    const { page } = tab;
    await page.goto(`${stack.url}/graphiql`);
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor();
    await expect.poll(() => editor.textContent()).toContain('sourcesCiting');
    /** Left and right edges of the first element matching `selector`, and its width (CSS px). */
    const box = async (selector: string) => {
      const b = (await page.locator(selector).first().boundingBox())!;
      return { left: b.x, right: b.x + b.width, width: b.width };
    };
    const within = (b: { left: number; right: number }) => b.left >= 0 && b.right <= 375;
    for (const part of ['.graphiql-query-editor', '.graphiql-execute-button', '.graphiql-response']) {
      expect(within(await box(part)), part).toBe(true);
      // Full width, one above the other: not squeezed side by side.
      if (part !== '.graphiql-execute-button') expect((await box(part)).width, part).toBeGreaterThan(280);
    }
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response .CodeMirror');
    await expect.poll(() => response.textContent(), { timeout: 30_000 }).toContain('"sourcesCiting"');
    expect(await response.textContent()).toContain('Amazon');
    await saveScreenshot(page, 'graphiql-result-375');

    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.waitFor();
    await expect.poll(() => docs.textContent()).toContain('Root Types');
    expect(within(await box('.graphiql-plugin'))).toBe(true);
    expect((await box('.graphiql-plugin')).width).toBeGreaterThan(280);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'graphiql-docs-375');
    await tab.close();
    expect(tab.errors).toEqual([]);
  });

  it('can be used with the keyboard: skip link, then search from the home page', async () => {
    const tab = await openWatchedPage(stack.browser);
    const { page } = tab;
    await page.goto(`${stack.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.focus('input[name="q"]');
    await page.keyboard.type('AWS');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=AWS/);
    expect(await page.locator('main section ul.list > li a').first().textContent()).toBe('Amazon Web Services');
    await tab.close();
    expect(tab.errors).toEqual([]);
  });
});
