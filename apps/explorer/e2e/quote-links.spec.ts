import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { createNewsgraphClient, EventPageDocument, SourcePageDocument, SourcesCitingDocument } from '@newsgraph/client';
import { saveScreenshot } from './support/browser-page';
import { useSeededTab } from './support/seeded-tab';
import { E2E_API_TIMEOUT_MS } from './support/stack';

/** Whether any part of the element is inside the viewport. */
function isInViewport(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
}

/** Every quote links to its exact span: the source page highlights exactly that sentence and scrolls to it. */
describe('quote links', () => {
  const ctx = useSeededTab();

  /** A quote as the link names it: the source id and offsets. */
  interface FollowedQuote {
    sourceId: string;
    start: number;
    end: number;
    /** The text of `#quote` on the source page. */
    highlighted: string;
  }

  const api = () => createNewsgraphClient({ url: ctx.stack.apiUrl, timeoutMs: E2E_API_TIMEOUT_MS });

  /**
   * Opens `path`, clicks the first quote link in the `listTestId` list and checks the source page: `#quote` holds
   * exactly the article's span, in view, with the note above the text.
   */
  async function followFirstQuote(path: string, listTestId: string): Promise<FollowedQuote> {
    const { page } = ctx.tab;
    await page.goto(`${ctx.stack.url}${path}`);
    const link = page.locator(`[data-testid="${listTestId}"] blockquote a.quote-link`).first();
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    const match = /^\/source\/([^?#]+)\?quote=(\d+)-(\d+)#quote$/.exec(href);
    expect(match, href).not.toBeNull();
    const [, encodedId, start, end] = match!;
    const shown = (await link.textContent())!;

    await link.click();
    await page.waitForURL((url) => url.pathname === `/source/${encodedId}` && url.hash === '#quote');
    const span = page.locator('.article-text mark#quote');
    await span.waitFor();
    expect(await page.locator('#quote').count()).toBe(1);
    const highlighted = (await span.textContent())!;

    const { source } = await api().request(SourcePageDocument, { id: decodeURIComponent(encodedId!) });
    expect(highlighted).toBe(source!.text!.slice(Number(start), Number(end)));
    expect(shown).toBe(`“${highlighted.trim()}”`);
    await expect.poll(() => isInViewport(span)).toBe(true);
    expect(await page.getByTestId('quote-note').textContent()).toContain('Highlighted: the quoted sentence');
    return { sourceId: decodeURIComponent(encodedId!), start: Number(start), end: Number(end), highlighted };
  }

  /** The API's text of the quote with exactly this source and span (undefined when there is none). */
  function quoteText(
    quotes: { source: { id: string }; start: number; end: number; text: string }[],
    followed: FollowedQuote,
  ) {
    return quotes.find((q) => q.source.id === followed.sourceId && q.start === followed.start && q.end === followed.end)
      ?.text;
  }

  it('from Andy Jassy: a citing quote opens its source with exactly that sentence highlighted, his mention still a link inside it', async () => {
    const followed = await followFirstQuote(`/entity/${encodeURIComponent(ctx.ids.jassy)}`, 'citing-sources');
    const { page } = ctx.tab;
    const { sourcesCiting } = await api().request(SourcesCitingDocument, { name: 'Andy Jassy' });
    const quotes = sourcesCiting.flatMap((c) => c.quotes.map((q) => ({ ...q, source: c.source })));
    expect(followed.highlighted).toBe(quoteText(quotes, followed));
    expect(followed.highlighted).toContain('Jassy');
    expect(await page.locator('#quote mark[data-entity-id] a[href^="/entity/"]').count()).toBeGreaterThan(0);
    // Mentions outside the quote are still highlighted too.
    expect(await page.locator('.article-text > mark[data-entity-id]').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'source-quote-from-entity');

    await page.getByRole('link', { name: 'Clear highlight' }).click();
    await page.waitForURL((url) => !url.search.includes('quote='));
    await page.locator('.article-text mark').first().waitFor();
    expect(await page.locator('#quote').count()).toBe(0);
    expect(await page.getByTestId('quote-note').count()).toBe(0);
  });

  it('from the 14,000 Amazon layoff: a reporting quote opens its exact span', async () => {
    const followed = await followFirstQuote(`/event/${encodeURIComponent(ctx.ids.amazonLayoff)}`, 'event-reports');
    const { event } = await api().request(EventPageDocument, { id: ctx.ids.amazonLayoff });
    expect(followed.highlighted).toBe(quoteText(event!.evidence, followed));
    expect(followed.highlighted).toMatch(/14,000/);
    await saveScreenshot(ctx.tab.page, 'source-quote-from-event');
  });

  it.each(['abc', '5-5', '9-3', '0-99999999', '-1-4', '1-2-3'])(
    'ignores quote=%s: the plain article, no highlight',
    async (param) => {
      const { page } = ctx.tab;
      const response = await page.goto(
        `${ctx.stack.url}/source/${encodeURIComponent(ctx.ids.jassyQuote.sourceId)}?quote=${param}#quote`,
      );
      expect(response?.status()).toBe(200);
      await page.locator('.article-text mark').first().waitFor();
      expect(await page.locator('#quote').count()).toBe(0);
      expect(await page.getByTestId('quote-note').count()).toBe(0);
    },
  );

  it('logged no console errors', () => {
    expect(ctx.tab.errors).toEqual([]);
  });
});
