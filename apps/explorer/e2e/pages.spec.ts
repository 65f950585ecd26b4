import { describe, expect, it } from 'vitest';
import { createNewsgraphClient, EventPageDocument, SourcePageDocument } from '@newsgraph/client';
import { openWatchedPage, saveScreenshot } from './support/browser-page';
import { clickAndFollow } from './support/client-navigation';
import { useSeededTab } from './support/seeded-tab';
import { E2E_API_TIMEOUT_MS } from './support/stack';

/** Search by alias, a path query picked with search, the events filters and an event's page, on the seeded graph. */
describe('explorer pages', () => {
  const ctx = useSeededTab();

  it('finds Amazon Web Services for "AWS", grouped under Division or Company', async () => {
    const { page } = ctx.tab;
    await page.goto(`${ctx.stack.url}/search?q=AWS`);
    const first = page.locator('main section ul.list > li a[href^="/entity/"]').first();
    expect(await first.textContent()).toBe('Amazon Web Services');
    expect(await page.locator('main section h2').first().textContent()).toMatch(/^(Company|Division)/);
  });

  it('finds a path from "Jassy" to "AWS" chosen with search, with evidence at each hop', async () => {
    const { page } = ctx.tab;
    await page.goto(`${ctx.stack.url}/path`);
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
    // The page says what the words resolved to, and the inputs now hold exactly that node's id.
    expect(await page.getByTestId('endpoint-from').textContent()).toContain('Andy Jassy for “Jassy”');
    expect(await page.getByLabel('From').inputValue()).toBe(ctx.ids.jassy);
    await saveScreenshot(page, 'path-jassy-aws');
  });

  it('picks a story as the end of a path: suggested after its event, resolved, linked to its page', async () => {
    const { page } = ctx.tab;
    await page.goto(`${ctx.stack.url}/path`);
    await page.getByLabel('From').fill('Jassy');
    await page.getByLabel('To').fill('Amazon 14,000');
    const storyOption = page.locator(`#to-options option[value="${ctx.ids.amazonStory}"]`);
    await storyOption.waitFor({ state: 'attached' });
    expect(await storyOption.getAttribute('label')).toMatch(/^Story: Layoff 14,000 .*at Amazon.*, all sources$/);
    // Picking from the datalist puts the option's value (the story's id) in the field.
    await page.getByLabel('To').fill(ctx.ids.amazonStory);
    await page.getByRole('button', { name: 'Find path' }).click();
    await page.waitForURL((url) => url.searchParams.get('to') === ctx.ids.amazonStory);
    const steps = page.locator('[data-testid="path-steps"] > li');
    await steps.first().waitFor();
    expect(await page.getByTestId('endpoint-to').textContent()).toMatch(/To: Layoff 14,000 .*at Amazon.*, all sources/);
    const storyHref = `/story/${encodeURIComponent(ctx.ids.amazonStory)}`;
    expect(await page.getByTestId('endpoint-to').locator(`a[href="${storyHref}"]`).count()).toBe(1);
    expect(await steps.last().locator(`a[href="${storyHref}"]`).count()).toBe(1);
    expect(await page.getByLabel('To').inputValue()).toBe(ctx.ids.amazonStory);
    await saveScreenshot(page, 'path-jassy-story');
  });

  it('filters events by kind, by organization and by date range', async () => {
    const { page } = ctx.tab;
    await page.goto(`${ctx.stack.url}/events`);
    const items = page.locator('[data-testid="timeline"] > li');
    await items.first().waitFor();
    const all = await items.count();
    expect(all).toBeGreaterThan(1);
    expect(await items.first().locator('a[href^="/source/"]').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'events');

    await page.getByLabel('Kind', { exact: true }).selectOption('layoff');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/kind=layoff/);
    await items.first().waitFor();
    const layoffs = await items.count();
    expect(layoffs).toBeGreaterThan(0);
    expect(layoffs).toBeLessThanOrEqual(all);
    expect(new Set(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind'))))).toEqual(
      new Set(['layoff']),
    );

    await page.goto(`${ctx.stack.url}/events`);
    await items.first().waitFor();
    await page.getByLabel('Organization', { exact: true }).fill('Amazon');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/organization=Amazon/);
    await items.first().waitFor();
    const amazonEvents = await items.evaluateAll((lis) => lis.map((li) => li.textContent ?? ''));
    expect(amazonEvents.length).toBeGreaterThan(0);
    for (const text of amazonEvents) expect(text).toContain('Amazon');

    await page.goto(`${ctx.stack.url}/events?from=2099`);
    await page.getByText('No event matches these filters.').waitFor();
    expect(await items.count()).toBe(0);
    await page.goto(`${ctx.stack.url}/events?from=2000&to=2099`);
    await items.first().waitFor();
    const inRange = await items.count();
    expect(inRange).toBeGreaterThan(0);
    expect(inRange).toBeLessThanOrEqual(all);
  });

  it('shows the 14,000 Amazon layoff: figures, organization, and every source with its exact quotes', async () => {
    const { page } = ctx.tab;
    const client = createNewsgraphClient({ url: ctx.stack.apiUrl, timeoutMs: E2E_API_TIMEOUT_MS });
    const { event } = await client.request(EventPageDocument, { id: ctx.ids.amazonLayoff });
    expect(event?.sources.length).toBeGreaterThan(0);
    expect(event?.evidence.length).toBeGreaterThan(0);
    const response = await page.goto(`${ctx.stack.url}/event/${encodeURIComponent(ctx.ids.amazonLayoff)}`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Layoff at Amazon: 14,000 (4%)');

    const facts = page.locator('[data-testid="event-facts"]');
    const fact = async (term: string) =>
      (
        await facts
          .locator('div', { has: page.locator('dt', { hasText: term }) })
          .locator('dd')
          .textContent()
      )?.trim();
    expect(await fact('Count')).toBe('14,000');
    expect(await fact('Percent')).toBe('4%');
    expect(await fact('Status')).toBe(event!.status?.toLowerCase());
    expect(await fact('Running total')).toMatch(/^No/);
    expect(await facts.locator('a', { hasText: 'Amazon' }).getAttribute('href')).toBe(
      `/entity/${encodeURIComponent(event!.organization!.id)}`,
    );

    // One report per source, linking to it; each quote is shown and is an exact slice of that article.
    const reports = page.locator('[data-testid="event-reports"] > li');
    expect(await reports.count()).toBe(event!.sources.length);
    for (const quote of event!.evidence) {
      const { source } = await client.request(SourcePageDocument, { id: quote.source.id });
      expect(source?.text?.slice(quote.start, quote.end)).toBe(quote.text);
      const report = reports.filter({ has: page.locator(`a[href="/source/${encodeURIComponent(quote.source.id)}"]`) });
      expect(await report.count()).toBe(1);
      const shown = await report.locator('blockquote').allTextContents();
      expect(shown).toContain(`“${quote.text.trim()}”`);
    }
    await saveScreenshot(page, 'event-amazon-14000');

    // Other figures for Amazon are events of their own, one click away.
    const others = page
      .locator('section', { has: page.getByRole('heading', { name: 'Other reports about Amazon' }) })
      .locator('a[href^="/event/"]');
    expect(await others.count()).toBeGreaterThan(0);
    expect(await others.allTextContents()).toContain('Layoff · 18,000');

    // And the article behind the quote, with the quoted sentence in its text.
    await reports.first().locator(':scope > a[href^="/source/"]').click();
    await page.waitForURL(/\/source\//);
    expect(await page.locator('.article-text').textContent()).toContain(event!.evidence[0]!.text);
  });

  it('links events to their pages from the timeline and from the organization page', async () => {
    const { page } = ctx.tab;
    const href = `/event/${encodeURIComponent(ctx.ids.amazonLayoff)}`;
    await page.goto(`${ctx.stack.url}/events`);
    await page.locator('[data-testid="timeline"]').waitFor();
    expect(await page.locator(`[data-testid="timeline"] a[href="${href}"]`).count()).toBe(1);
    await page.locator(`[data-testid="timeline"] a[href="${href}"]`).click();
    await page.waitForURL((url) => url.pathname === href);
    await page.locator('[data-testid="event-reports"]').waitFor();

    await page.locator('[data-testid="event-facts"] a[href^="/entity/"]').first().click();
    await page.waitForURL(/\/entity\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Amazon');
    expect(await page.locator(`main a[href="${href}"]`).count()).toBeGreaterThan(0);
  });

  it('navigates in place from a company page to a person and to a source, ids with encoded ":" and "/"', async () => {
    const { page } = ctx.tab;
    const companyPath = `/entity/${encodeURIComponent(ctx.ids.amazon)}`;
    const citing = '[data-testid="citing-sources"]';

    await page.goto(`${ctx.stack.url}${companyPath}`);
    const person = page.locator('main a[href^="/entity/person%3A"]').first();
    const personHref = (await person.getAttribute('href'))!;
    const toPerson = await clickAndFollow(page, person, (url) => url.pathname === personHref, citing);
    expect(toPerson.failedRscRequests).toEqual([]);
    expect(toPerson.rscRequests.length, 'the click fetched the page itself (no prefetch)').toBeGreaterThan(0);
    expect(toPerson.stayedInDocument, 'no full page load').toBe(true);

    await page.goto(`${ctx.stack.url}${companyPath}`);
    const source = page.locator(`${citing} > li > a[href^="/source/"]`).first();
    const sourceHref = (await source.getAttribute('href'))!;
    expect(sourceHref).toMatch(/%3A.*%2F/);
    const toSource = await clickAndFollow(page, source, (url) => url.pathname === sourceHref, '.article-text mark');
    expect(toSource.failedRscRequests).toEqual([]);
    expect(toSource.rscRequests.length, 'the click fetched the page itself (no prefetch)').toBeGreaterThan(0);
    expect(toSource.stayedInDocument, 'no full page load').toBe(true);
  });

  it('answers an unknown event id with the not-found page (404)', async () => {
    // A tab of its own: Chromium logs the intended 404 as a console error.
    const notFound = await openWatchedPage(ctx.stack.browser);
    const response = await notFound.page.goto(`${ctx.stack.url}/event/${encodeURIComponent('event:no-such-event')}`);
    expect(response?.status()).toBe(404);
    expect(await notFound.page.getByRole('heading', { level: 1 }).textContent()).toBe('Not found');
    await notFound.close();
  });

  it('answers /favicon.ico, which Chromium asks for before it reads the icon link, with the app icon', async () => {
    const response = await ctx.tab.page.request.get(`${ctx.stack.url}/favicon.ico`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(await response.text()).toContain('<svg');
  });

  it('logged no console errors', () => {
    expect(ctx.tab.errors).toEqual([]);
  });
});
