import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNewsgraphClient, SourcePageDocument } from '@newsgraph/client';
import { openWatchedPage, saveScreenshot, type WatchedPage } from './support/browser-page';
import { E2E_API_TIMEOUT_MS, startExplorerStack, type ExplorerStack } from './support/stack';
import { getTestNeo4j } from '../../../test/neo4j.js';

/**
 * The main journey on the seeds: search "Jassy" → Andy Jassy → exactly the two citing sources (000 and 002)
 * → a source page with his name highlighted → the graph view, expanded and with an edge's evidence.
 */
describe('explorer journey', () => {
  let stack: ExplorerStack;
  let tab: WatchedPage;

  beforeAll(async () => {
    stack = await startExplorerStack(getTestNeo4j());
    tab = await openWatchedPage(stack.browser);
  });

  afterAll(async () => {
    await tab?.close();
    await stack?.stop();
  });

  it('searches "Jassy" from the home page and opens Andy Jassy', async () => {
    const { page } = tab;
    await page.goto(`${stack.url}/`);
    await page.getByLabel('Search companies, divisions and people').fill('Jassy');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=Jassy/);
    await saveScreenshot(page, 'search-jassy');
    await page.getByRole('link', { name: 'Andy Jassy', exact: true }).click();
    await page.waitForURL(/\/entity\//);
    await page.locator('[data-testid="citing-sources"]').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Andy Jassy');
  });

  it('lists exactly the two sources citing Andy Jassy, with quotes: seeds 000 and 002', async () => {
    const { page } = tab;
    const heading = page.getByRole('heading', { name: 'Sources citing Andy Jassy', exact: true });
    expect(await heading.count()).toBe(1);
    const items = page.locator('[data-testid="citing-sources"] > li');
    expect(await items.count()).toBe(2);
    const hrefs = await items
      .locator(':scope > a[href^="/source/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(2);
    expect(await items.locator('blockquote').count()).toBeGreaterThanOrEqual(2);

    const client = createNewsgraphClient({ url: stack.apiUrl, timeoutMs: E2E_API_TIMEOUT_MS });
    const uris = await Promise.all(
      hrefs.map(
        async (href) =>
          (await client.request(SourcePageDocument, { id: decodeURIComponent(href.slice('/source/'.length)) })).source
            ?.uri,
      ),
    );
    expect(uris.sort()).toEqual([expect.stringMatching(/^seeds\/000_/), expect.stringMatching(/^seeds\/002_/)]);
    await saveScreenshot(page, 'entity-andy-jassy');
  });

  it('opens a citing source with "Andy Jassy" highlighted in a <mark> linking back to him', async () => {
    const { page } = tab;
    const entityPath = new URL(page.url()).pathname;
    await page.locator('[data-testid="citing-sources"] > li > a[href^="/source/"]').first().click();
    await page.waitForURL(/\/source\//);
    await page.locator('.article-text').waitFor();
    const marks = page.locator('mark', { hasText: 'Jassy' });
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await marks.first().locator('a').getAttribute('href')).toBe(entityPath);
    expect(await page.locator('.article-text mark').count()).toBeGreaterThan(3);
    await saveScreenshot(page, 'source-with-jassy');
    await page.goto(`${stack.url}${entityPath}`);
  });

  it('renders the graph around him: canvas, nodes, expand and edge evidence', async () => {
    const { page } = tab;
    await page.getByRole('link', { name: 'Explore in the graph' }).click();
    await page.waitForURL(/\/graph\?focus=/);
    const canvasHost = page.locator('[data-testid="graph-canvas"][data-ready="true"]');
    await canvasHost.waitFor({ timeout: 15_000 });
    expect(await canvasHost.locator('canvas').count()).toBeGreaterThan(0);
    const nodeCount = Number(await canvasHost.getAttribute('data-node-count'));
    expect(nodeCount).toBeGreaterThan(1);

    // An edge from the focus: its evidence sentence appears in the panel.
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.locator('ul button').first().click();
    await expect.poll(() => panel.getByRole('heading', { name: 'Evidence' }).count()).toBe(1);
    expect(await panel.locator('blockquote').count()).toBeGreaterThan(0);

    // Expand another node (the same code path as a double-click) and the graph grows or says why not.
    const other = await page
      .locator('#node-picker option')
      .evaluateAll((options) =>
        options
          .map((o) => (o as HTMLOptionElement).value)
          .find((v) => v && v !== new URL(location.href).searchParams.get('focus')),
      );
    expect(other).toBeTruthy();
    await page.selectOption('#node-picker', other!);
    await panel.getByRole('button', { name: 'Expand neighbours' }).click();
    await expect
      .poll(() => page.getByRole('status').last().textContent(), { timeout: 10_000 })
      .toMatch(/Added \d+ node|No new neighbours/);
    await saveScreenshot(page, 'graph-andy-jassy');
  });

  it('logged no console errors along the way', () => {
    expect(tab.errors).toEqual([]);
  });
});
