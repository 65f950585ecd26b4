import { describe, expect, it } from 'vitest';
import { createNewsgraphClient, EntityStatementsDocument, SearchDocument } from '@newsgraph/client';
import { openWatchedPage, saveScreenshot, seriousAxeViolations } from './support/browser-page';
import { useSeededTab } from './support/seeded-tab';

/** Issue 13/14 on the entity page: a company's Totals table and the Statements of people and companies. */
describe('totals and statements on entity pages', () => {
  const ctx = useSeededTab();
  const api = () => createNewsgraphClient({ url: ctx.stack.apiUrl });

  async function amazonPath(): Promise<string> {
    const { search } = await api().request(SearchDocument, { query: 'Amazon', types: ['Company'], first: 5 });
    const amazon = search.find((h) => h.name === 'Amazon');
    expect(amazon, JSON.stringify(search)).toBeDefined();
    return `/entity/${encodeURIComponent(amazon!.id)}`;
  }

  it("Amazon's Totals count 18,000, 9,000 and 14,000 once each, mark AWS's hundreds unquantified and show the reported 27,000 beside the sum", async () => {
    const { page } = ctx.tab;
    await page.goto(`${ctx.stack.url}${await amazonPath()}`);
    const table = page.getByRole('table', { name: /Layoff rounds/ });
    await table.waitFor();
    const figures = await page.locator('[data-testid="round-figure"]').allTextContents();
    for (const n of ['18,000', '9,000', '14,000'])
      expect(
        figures.filter((f) => f === n),
        figures.join(' | '),
      ).toHaveLength(1);
    expect(figures).not.toContain('27,000');
    const unquantified = figures.filter((f) => f.includes('(unquantified)'));
    expect(
      unquantified.some((t) => /^hundreds\b/i.test(t)),
      figures.join(' | '),
    ).toBe(true);
    const undated = await page.locator('[data-testid="undated"]').allTextContents();
    expect(undated.length).toBeGreaterThan(0);
    for (const u of undated) expect(u).toMatch(/^Undated — reported /);
    expect(await page.getByTestId('sum-figure').textContent()).toBe('41,000');
    const reported = await page.locator('[data-testid="reported-figure"]').allTextContents();
    expect(reported).toContain('27,000');
    expect(await page.getByTestId('totals-reported').first().locator('th').textContent()).toMatch(
      /not added to the sum/,
    );
    // Every round names the sources behind it, linked to their pages.
    for (const row of await page.locator('[data-testid="totals-round"]').all()) {
      expect(await row.locator('a[href^="/source/"]').count()).toBeGreaterThan(0);
    }
    await saveScreenshot(page, 'entity-amazon-totals');
  });

  it('limits Totals to the rounds since a date, keeping undated rounds by their report day', async () => {
    const { page } = ctx.tab;
    await page.goto(`${ctx.stack.url}${await amazonPath()}?totalsFrom=2023-02-01`);
    await page.getByRole('table', { name: /Layoff rounds since Feb 1, 2023/ }).waitFor();
    expect(await page.getByLabel('Rounds since').inputValue()).toBe('2023-02-01');
    const figures = await page.locator('[data-testid="round-figure"]').allTextContents();
    expect(figures).not.toContain('18,000');
    expect(figures).toContain('9,000');
    expect(figures).toContain('14,000');
    expect(await page.getByTestId('sum-figure').textContent()).toBe('23,000');
  });

  it("Andy Jassy's Statements show his words, him as speaker, the reporting source linked and the quote", async () => {
    const { page } = ctx.tab;
    const { statements } = await api().request(EntityStatementsDocument, { speaker: ctx.ids.jassy, first: 20 });
    expect(statements.length).toBeGreaterThan(0);
    await page.goto(`${ctx.stack.url}/entity/${encodeURIComponent(ctx.ids.jassy)}`);
    const items = page.locator('[data-testid="statements"] > li');
    await items.first().waitFor();
    expect(await items.count()).toBe(statements.length);
    const first = items.first();
    const shown = (await first.getByTestId('statement-words').textContent())!;
    expect(shown).toContain(statements[0]!.quote.text.trim());
    expect(await first.locator(`a[href^="/entity/"]`).first().textContent()).toContain('Andy Jassy');
    expect(await first.locator(`a[href="/source/${encodeURIComponent(statements[0]!.source.id)}"]`).count()).toBe(1);
    expect(await first.locator('blockquote a.quote-link').textContent()).toBe(
      `“${statements[0]!.sentence.text.trim()}”`,
    );
    await saveScreenshot(page, 'entity-jassy-statements');
  });

  it('has no serious axe violations on those pages at 1280 and 375 px', async () => {
    const paths = [await amazonPath(), `/entity/${encodeURIComponent(ctx.ids.jassy)}`];
    const failures: Record<string, unknown> = {};
    for (const width of [1280, 375]) {
      const tab = await openWatchedPage(ctx.stack.browser, { width, height: 800 });
      for (const path of paths) {
        await tab.page.goto(`${ctx.stack.url}${path}`);
        await tab.page.locator('#statements-title').waitFor();
        const violations = await seriousAxeViolations(tab.page);
        if (violations.length) failures[`${width} ${path}`] = violations;
      }
      await tab.close();
      expect(tab.errors).toEqual([]);
    }
    expect(failures).toEqual({});
  });
});
