import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createNewsgraphClient,
  EventsDocument,
  OrganizationTotalsDocument,
  SearchDocument,
  StoryPageDocument,
} from '@newsgraph/client';
import { horizontalOverflow, openWatchedPage, saveScreenshot, seriousAxeViolations } from './support/browser-page';
import { E2E_API_TIMEOUT_MS } from './support/stack';
import { useSeededTab } from './support/seeded-tab';

/**
 * Four short articles about an invented company, read by the real extractor: its own statement (1,200 jobs in
 * March 2026) and a wire on anonymous sources (as many as 2,000) — one round, two disagreeing figures — a running
 * total with an earlier round, and a unit's undated cut.
 */
const ARTICLES = [
  {
    uri: 'e2e/quillfeather-statement.txt',
    text: 'Quillfeather Robotics will cut 1,200 jobs in March 2026, the company said in a statement on Tuesday.\nThe Boston-based maker of warehouse robots said the layoffs would mostly hit its hardware teams.\n',
  },
  {
    uri: 'e2e/quillfeather-wire.txt',
    text: 'Quillfeather Robotics is preparing to cut as many as 2,000 jobs in March 2026, people familiar with the matter said.\nThe warehouse robot maker has struggled with slowing orders, according to the people.\n',
  },
  {
    uri: 'e2e/quillfeather-total.txt',
    text: 'Quillfeather Robotics has cut more than 3,000 jobs since early 2025. The company eliminated 1,800 jobs in June 2025.\n',
  },
  {
    uri: 'e2e/quillfeather-unit.txt',
    text: 'Quillfeather Logistics, the delivery unit of Quillfeather Robotics, is cutting 150 jobs, the company said.\n',
  },
];

/** Issue 13/14: the story page (two disagreeing sources side by side) and the company chart with its table. */
describe('the story page and the company chart', () => {
  const ctx = useSeededTab();
  const api = () => createNewsgraphClient({ url: ctx.stack.apiUrl, timeoutMs: E2E_API_TIMEOUT_MS });
  const articleIds: string[] = [];
  let company: string;

  beforeAll(async () => {
    for (const article of ARTICLES) articleIds.push((await ctx.stack.graph.ingestText(article)).sourceId);
    const { search } = await api().request(SearchDocument, { query: 'Quillfeather Robotics', types: ['Company'] });
    company = search.find((hit) => hit.name === 'Quillfeather Robotics')!.id;
  });

  afterAll(async () => {
    for (const id of articleIds) await ctx.stack.graph.deleteSource(id);
  });

  /** The wire's event (2,000) and its story id, through the API. */
  async function wireRound() {
    const { events } = await api().request(EventsDocument, { organization: company, kind: 'LAYOFF', first: 50 });
    const wire = events.edges.map((e) => e.node).find((e) => e.count === 2000);
    expect(wire?.story, JSON.stringify(events.edges)).toBeTruthy();
    return { eventId: wire!.id, storyId: wire!.story!.id };
  }

  it('shows both sources’ figures side by side, the company’s preferred and why, and by how much they disagree', async () => {
    const { page } = ctx.tab;
    const { eventId, storyId } = await wireRound();
    // In from the event page.
    await page.goto(`${ctx.stack.url}/event/${encodeURIComponent(eventId)}`);
    await page.getByTestId('story-link').click();
    await page.waitForURL(`**/story/${encodeURIComponent(storyId)}`);
    const claims = page.getByTestId('story-claim');
    expect(await claims.count()).toBe(2);
    expect(await page.getByTestId('claim-figure').allTextContents()).toEqual(['1,200 jobs', '2,000 jobs']);
    expect(await claims.first().textContent()).toContain('Preferred figure');
    expect(await claims.nth(1).textContent()).not.toContain('Preferred figure');
    expect(await page.getByTestId('claim-basis').allTextContents()).toEqual([
      expect.stringContaining('the company’s own word'),
      expect.stringContaining('anonymous sources'),
    ]);
    expect(await page.getByTestId('story-preferred').textContent()).toBe('1,200 jobs');
    expect(await page.getByTestId('story-why').textContent()).toMatch(/company's own word/);
    expect(await page.getByTestId('story-disagreement').textContent()).toBe(
      'Sources disagree: from 1,200 to 2,000 jobs (800 apart, 1.67×).',
    );
    // The API's story agrees with the page.
    const { story } = await api().request(StoryPageDocument, { id: storyId });
    expect(story!.disagreement).toMatchObject({ minCount: 1200, maxCount: 2000, spread: 800 });
    await saveScreenshot(page, 'story-disagreeing-1280');

    // Each quote opens the exact sentence in its article.
    const quote = page.getByTestId('claim-quote').nth(1);
    const quoted = (await quote.textContent())!.replace(/^“|”$/g, '');
    await quote.click();
    await page.waitForURL(/\/source\/.+\?quote=\d+-\d+#quote$/);
    expect(await page.locator('mark#quote').textContent()).toBe(quoted);
    await page.goBack();

    // Out to the running total it counts in, and back through the rounds that total covers.
    const total = page.getByTestId('story-running-totals').getByRole('link', { name: '3,000 jobs' });
    const totalHref = (await total.getAttribute('href'))!;
    expect(totalHref).not.toBe(`/story/${encodeURIComponent(storyId)}`);
    await total.click();
    await page.waitForURL(`${ctx.stack.url}${totalHref}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/running total/);
    const covered = await page.getByTestId('story-covers').getByRole('link').allTextContents();
    expect(covered).toEqual([expect.stringMatching(/^1,800 jobs/), expect.stringMatching(/^1,200 jobs/)]);
    await page.getByTestId('story-covers').getByRole('link').nth(1).click();
    await page.waitForURL(`**/story/${encodeURIComponent(storyId)}`);
  });

  it('shows the story as known on a day before any source reported it as not found, and says asOf when given', async () => {
    const { page } = ctx.tab;
    const { storyId } = await wireRound();
    const today = new Date().toISOString().slice(0, 10);
    await page.goto(`${ctx.stack.url}/story/${encodeURIComponent(storyId)}?asOf=${today}`);
    expect(await page.getByTestId('story-as-of').textContent()).toMatch(/^As known on /);
    const before = await page.goto(`${ctx.stack.url}/story/${encodeURIComponent(storyId)}?asOf=2020-01-01`);
    expect(before!.status()).toBe(404);
  });

  it('charts the company’s rounds per quarter, units stacked, with a table equal to the totals query', async () => {
    const { page } = ctx.tab;
    const { totals } = await api().request(OrganizationTotalsDocument, { organization: company, groupBy: 'QUARTER' });
    await page.goto(`${ctx.stack.url}/entity/${encodeURIComponent(company)}?chartBy=QUARTER`);
    await page.getByTestId('rounds-table').waitFor();
    expect(await page.locator('[data-testid="rounds-chart-wide"] svg rect').count()).toBeGreaterThan(0);
    // Every period of the totals query is a row with its jobs, rounds and undated rounds; no other rows.
    const rows = page.getByTestId('rounds-row');
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        period: tr.getAttribute('data-period'),
        jobs: tr.querySelector('[data-testid="rounds-jobs"]')!.textContent,
        rounds: tr.querySelector('[data-testid="rounds-count"]')!.textContent,
        undated: tr.querySelector('[data-testid="rounds-undated"]')!.textContent,
        reported: tr.querySelector('[data-testid="rounds-reported"]')!.textContent,
      })),
    );
    const fmt = new Intl.NumberFormat('en-US');
    const withRounds = shown.filter((row) => row.rounds !== '0');
    expect(withRounds).toEqual(
      totals.periods.map((p) => ({
        period: p.period,
        jobs: fmt.format(p.count),
        rounds: String(p.rounds.length),
        undated: String(p.rounds.filter((r) => r.placedBy === 'REPORT_TIME').length),
        reported: expect.any(String),
      })),
    );
    // The seeds' own figures: 1,800 (2025-Q2) and 1,200 (2026-Q1) dated, the unit's undated 150 at its report.
    expect(withRounds.map((row) => row.jobs)).toEqual(['1,800', '1,200', '150']);
    expect(withRounds.at(-1)!.undated).toBe('1');
    // The reported running total sits beside the sums, never in them.
    expect(shown.map((row) => row.reported).filter(Boolean)).toEqual(['3,000']);
    expect(totals.runningTotals.map((t) => t.count)).toEqual([3000]);
    // The unit is its own stacked series and column.
    expect(await page.getByTestId('rounds-table').locator('thead th').allTextContents()).toContain(
      'Quillfeather Logistics',
    );
    await saveScreenshot(page, 'entity-company-chart-1280');

    // Each Totals row leads to its story.
    await page.getByTestId('totals').getByRole('link', { name: '1,200', exact: true }).click();
    await page.waitForURL('**/story/**');
    expect(await page.getByTestId('story-preferred').textContent()).toBe('1,200 jobs');
  });

  it('links the timeline’s events and search results to their stories', async () => {
    const { page } = ctx.tab;
    const { storyId } = await wireRound();
    await page.goto(`${ctx.stack.url}/events?organization=${encodeURIComponent(company)}`);
    await page.getByTestId('timeline').waitFor();
    const links = await page.getByTestId('story-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(`/story/${encodeURIComponent(storyId)}`);

    // Search finds the story by what its words say: the organization and a figure.
    await page.goto(`${ctx.stack.url}/search?q=${encodeURIComponent('Quillfeather 2,000')}`);
    const found = page.getByTestId('stories-found').getByRole('link', { name: /^Layoff: 1,200 jobs/ });
    expect(await found.getAttribute('href')).toBe(`/story/${encodeURIComponent(storyId)}`);
    await found.click();
    await page.waitForURL(`**/story/${encodeURIComponent(storyId)}`);
  });

  it('has no serious axe violations, no console errors and no sideways scrolling at 1280 and 375 px, light and dark', async () => {
    const { storyId } = await wireRound();
    const paths = {
      story: `/story/${encodeURIComponent(storyId)}`,
      chart: `/entity/${encodeURIComponent(company)}?chartBy=MONTH`,
    };
    const failures: Record<string, unknown> = {};
    for (const width of [1280, 375]) {
      for (const scheme of ['light', 'dark'] as const) {
        const tab = await openWatchedPage(ctx.stack.browser, { width, height: 800 });
        await tab.page.emulateMedia({ colorScheme: scheme });
        for (const [name, path] of Object.entries(paths)) {
          await tab.page.goto(`${ctx.stack.url}${path}`);
          await tab.page.locator('h1').waitFor();
          const violations = await seriousAxeViolations(tab.page);
          if (violations.length) failures[`${width} ${scheme} ${name}`] = violations;
          const overflow = await horizontalOverflow(tab.page);
          if (overflow > 0) failures[`${width} ${scheme} ${name} overflow`] = overflow;
          await saveScreenshot(tab.page, `${name}-${width}-${scheme}`);
        }
        await tab.close();
        expect(tab.errors).toEqual([]);
      }
    }
    expect(failures).toEqual({});
  });
});
