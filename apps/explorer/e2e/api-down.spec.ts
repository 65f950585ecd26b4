import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '@newsgraph/process-tools';
import { launchChromium } from './support/chromium';
import { openWatchedPage, saveScreenshot } from './support/browser-page';
import { startExplorerServer, type ExplorerServer } from '../launcher/next-server';
import type { Browser } from 'playwright-core';

/** With the API unreachable every page says so (503, naming the API URL) instead of going blank. */
describe('explorer with the API down', () => {
  let explorer: ExplorerServer;
  let browser: Browser;
  let apiUrl: string;

  beforeAll(async () => {
    apiUrl = `http://127.0.0.1:${await findFreePort()}/graphql`; // nothing listens there
    explorer = await startExplorerServer({ apiUrl });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await explorer?.stop();
  });

  it('explains the outage on every data page', async () => {
    const tab = await openWatchedPage(browser);
    for (const path of [
      '/',
      '/search?q=Jassy',
      '/entity/person%3Aandy-jassy',
      '/source/x',
      '/event/x',
      '/graph?focus=person%3Aandy-jassy',
      '/path?from=a&to=b',
      '/events',
    ]) {
      const response = await tab.page.goto(`${explorer.url}${path}`);
      expect(response?.status(), path).toBeLessThan(500);
      // Next adds its own route-announcer alert outside main; React may reveal streamed content after load.
      const alert = tab.page.locator('main [role="alert"]');
      await alert.first().waitFor({ timeout: 10_000 });
      expect(await alert.count(), path).toBe(1);
      const text = (await alert.textContent()) ?? '';
      expect(text, path).toContain('503');
      expect(text, path).toContain(apiUrl);
    }
    await saveScreenshot(tab.page, 'api-down');
    await tab.close();
  });

  it('answers the graph expand and GraphiQL proxy with 503 JSON', async () => {
    const expand = await fetch(`${explorer.url}/api/neighbourhood?id=person%3Aandy-jassy`);
    expect(expand.status).toBe(503);
    expect(((await expand.json()) as { error: string }).error).toContain(apiUrl);
    const proxy = await fetch(`${explorer.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ stats { counts { type } } }"}',
    });
    expect(proxy.status).toBe(503);
  });
});
