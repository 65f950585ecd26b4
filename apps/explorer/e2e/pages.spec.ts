import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWatchedPage, saveScreenshot, type WatchedPage } from './support/browser-page';
import { startExplorerStack, type ExplorerStack } from './support/stack';
import { getTestNeo4j } from '../../../test/neo4j.js';

/** Search by alias, a path query picked with search, and the events filters, on the seeded graph. */
describe('explorer pages', () => {
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

  it('finds Amazon Web Services for "AWS", grouped under Division or Company', async () => {
    const { page } = tab;
    await page.goto(`${stack.url}/search?q=AWS`);
    const first = page.locator('main section ul.list > li a[href^="/entity/"]').first();
    expect(await first.textContent()).toBe('Amazon Web Services');
    expect(await page.locator('main section h2').first().textContent()).toMatch(/^(Company|Division)/);
  });

  it('finds a path from "Jassy" to "AWS" chosen with search, with evidence at each hop', async () => {
    const { page } = tab;
    await page.goto(`${stack.url}/path`);
    await page.getByLabel('From').fill('Jassy');
    await page.getByLabel('To').fill('AWS');
    await page.getByRole('button', { name: 'Find path' }).click();
    await page.waitForURL(/\/path\?from=Jassy&to=AWS/);
    const steps = page.locator('[data-testid="path-steps"] > li');
    await steps.first().waitFor();
    const count = await steps.count();
    expect(count).toBeGreaterThan(0);
    expect(await steps.first().textContent()).toContain('Andy Jassy');
    expect(await steps.last().textContent()).toContain('Amazon Web Services');
    expect(await steps.locator('blockquote').count()).toBeGreaterThanOrEqual(count);
    // The inputs now show what the search resolved to.
    expect(await page.getByLabel('From').inputValue()).toBe('Andy Jassy');
    await saveScreenshot(page, 'path-jassy-aws');
  });

  it('filters events by kind, by organization and by date range', async () => {
    const { page } = tab;
    await page.goto(`${stack.url}/events`);
    const items = page.locator('[data-testid="timeline"] > li');
    await items.first().waitFor();
    const all = await items.count();
    expect(all).toBeGreaterThan(1);
    expect(await items.first().locator('a[href^="/source/"]').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'events');

    await page.getByLabel('Kind').selectOption('layoff');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/kind=layoff/);
    await items.first().waitFor();
    const layoffs = await items.count();
    expect(layoffs).toBeGreaterThan(0);
    expect(layoffs).toBeLessThanOrEqual(all);
    expect(new Set(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind'))))).toEqual(new Set(['layoff']));

    await page.goto(`${stack.url}/events`);
    await items.first().waitFor();
    const amazon = await page.locator('#organization option', { hasText: /^Amazon$/ }).getAttribute('value');
    expect(amazon).toBeTruthy();
    await page.getByLabel('Organization').selectOption(amazon!);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/organization=/);
    await items.first().waitFor();
    const amazonEvents = await items.evaluateAll((lis) => lis.map((li) => li.textContent ?? ''));
    expect(amazonEvents.length).toBeGreaterThan(0);
    for (const text of amazonEvents) expect(text).toContain('Amazon');

    await page.goto(`${stack.url}/events?from=2099`);
    await page.getByText('No event matches these filters.').waitFor();
    expect(await items.count()).toBe(0);
    await page.goto(`${stack.url}/events?from=2000&to=2099`);
    await items.first().waitFor();
    const inRange = await items.count();
    expect(inRange).toBeGreaterThan(0);
    expect(inRange).toBeLessThanOrEqual(all);
  });

  it('logged no console errors', () => {
    expect(tab.errors).toEqual([]);
  });
});
