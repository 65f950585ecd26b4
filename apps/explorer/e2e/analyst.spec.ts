import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createNewsgraphClient,
  EntityCitationsDocument,
  EventsDocument,
  SearchDocument,
  type EntityCitationsQuery,
  type EventKind,
  type EventsQuery,
  type NewsgraphClient,
} from '@newsgraph/client';
import { busiestSyntheticCompany, ingestSyntheticArticles } from '@newsgraph/graph/synthetic';
import { openWatchedPage, saveScreenshot, seriousAxeViolations, type WatchedPage } from './support/browser-page';
import { MIN_LABEL_PX, readGraphView, readyGraphCanvas } from './support/graph-readability';
import { parseGraphml } from './support/graphml';
import { lookUpSeedIds, type SeedIds } from './support/seed-ids';
import { E2E_API_TIMEOUT_MS, ingestSeeds, startExplorerStack, type ExplorerStack } from './support/stack';
import { getTestNeo4j } from '../../../test/neo4j.js';

/** Generated articles besides the seeds: a hub company with dozens of events, and more than a page of events. */
const ARTICLES = 300;
const hub = busiestSyntheticCompany(ARTICLES);

/**
 * The analyst's desk (issue 14) on the seeds plus 300 generated articles: a path to an event, the timeline's
 * pages, every export parsed back and compared with the API, the graph around the busiest company readable, and
 * dark mode. Leaves the shared Neo4j with the seeds only, as the other specs expect.
 */
describe('the analyst’s explorer', () => {
  let stack: ExplorerStack;
  let tab: WatchedPage;
  let ids: SeedIds;
  let api: NewsgraphClient;
  let galetti: string;

  beforeAll(async () => {
    stack = await startExplorerStack(getTestNeo4j());
    ids = await lookUpSeedIds(stack.apiUrl);
    await ingestSyntheticArticles(stack.graph, ARTICLES, { concurrency: 2 });
    tab = await openWatchedPage(stack.browser);
    api = createNewsgraphClient({ url: stack.apiUrl, timeoutMs: E2E_API_TIMEOUT_MS });
    const { search } = await api.request(SearchDocument, { query: 'Galetti', types: ['Person'], first: 5 });
    galetti = search.find((hit) => hit.name === 'Beth Galetti')!.id;
  });

  afterAll(async () => {
    await tab?.close();
    if (stack) {
      await stack.graph.deleteAll();
      await stack.graph.applySchema();
      await ingestSeeds(stack.graph);
      await stack.stop();
    }
  });

  /** Every event of a filter through the API, a page of 100 at a time. */
  async function allEvents(args: { kind?: EventKind; organization?: string; from?: string; to?: string }) {
    const out: Array<{ id: string; kind: string; count?: number | null; when?: string | null }> = [];
    let after: string | null = null;
    do {
      const { events }: EventsQuery = await api.request(EventsDocument, { ...args, first: 100, after });
      out.push(...events.edges.map((edge) => edge.node));
      after = events.pageInfo.hasNextPage ? (events.pageInfo.endCursor ?? null) : null;
    } while (after);
    return out;
  }

  const get = (path: string) => fetch(`${stack.url}${path}`);

  it('finds a path from Beth Galetti to the 14,000 layoff, and says so when an id is no node’s', async () => {
    const { page } = tab;
    await page.goto(`${stack.url}/path?from=${encodeURIComponent(galetti)}&to=${encodeURIComponent(ids.amazonLayoff)}`);
    const steps = page.locator('[data-testid="path-steps"] > li');
    await steps.first().waitFor();
    expect(await steps.count()).toBeGreaterThan(0);
    const lastHop = steps.last().locator('.hop a').last();
    expect(await lastHop.getAttribute('href')).toBe(`/event/${encodeURIComponent(ids.amazonLayoff)}`);
    await saveScreenshot(page, 'path-to-event-desktop');

    await page.goto(`${stack.url}/path?from=${encodeURIComponent(galetti)}&to=event%3Alayoff-amazon-1`);
    const unknown = page.getByTestId('unknown-to');
    await unknown.waitFor();
    expect(await unknown.textContent()).toContain('event:layoff-amazon-1');
    expect(await page.locator('[data-testid="path-steps"]').count()).toBe(0);
    expect(await page.getByTestId('endpoint-to').count()).toBe(0);
  });

  it('opens that path from the event page: “How is … connected to this layoff?”', async () => {
    const { page } = tab;
    await page.goto(`${stack.url}/event/${encodeURIComponent(ids.amazonLayoff)}`);
    await page.fill('#connect-from', 'Beth Galetti');
    await page.locator('#connect-from').press('Enter');
    await page.waitForURL(/\/path\?/);
    await page.locator('[data-testid="path-steps"]').waitFor();
    expect(new URL(page.url()).searchParams.get('to')).toBe(ids.amazonLayoff);
    expect(await page.getByTestId('endpoint-from').textContent()).toContain('Beth Galetti');
  });

  it('pages the whole timeline with cursors, forwards and back, each page a permalink', async () => {
    const { page } = tab;
    const expected = await allEvents({ kind: 'LAYOFF' });
    expect(expected.length).toBeGreaterThan(100);
    await page.goto(`${stack.url}/events?kind=layoff`);
    const heading = await page.locator('#timeline-title').textContent();
    expect(heading?.replace(/\D/g, '')).toBe(String(expected.length));
    const pageIds = () =>
      page
        .locator('[data-testid="timeline"] > li')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-id') ?? ''));
    const seen: string[][] = [await pageIds()];
    const urls = [page.url()];
    while ((await page.locator('nav[aria-label="Pages of events"] a[rel="next"]').count()) > 0) {
      await page.locator('nav[aria-label="Pages of events"] a[rel="next"]').click();
      await page.waitForURL((url) => !urls.includes(url.toString()));
      urls.push(page.url());
      seen.push(await pageIds());
    }
    expect(seen.flat()).toEqual(expected.map((event) => event.id));
    expect(seen[0]).toHaveLength(50);

    await page.locator('nav[aria-label="Pages of events"] a[rel="prev"]').click();
    await page.waitForURL(/before=/);
    expect(await pageIds()).toEqual(seen.at(-2));
    await page.goto(urls[1]!);
    expect(await pageIds()).toEqual(seen[1]);
    await saveScreenshot(page, 'timeline-page-2-desktop');
  });

  it('narrows the timeline to an organization, then to a range brushed on its chart; the table counts the same events', async () => {
    const { page } = tab;
    const expected = await allEvents({ organization: hub.id });
    await page.goto(`${stack.url}/events?organization=${encodeURIComponent(hub.id)}`);
    const heading = await page.locator('#timeline-title').textContent();
    expect(heading?.replace(/\D/g, '')).toBe(String(expected.length));
    const cells = await page
      .locator('[data-testid="period-table"] tbody tr')
      // Every kind's column; the last column is the jobs reported, not a count of events.
      .evaluateAll((rows) =>
        rows.flatMap((row) => [...row.querySelectorAll('td')].slice(0, -1).map((td) => td.textContent ?? '')),
      );
    const charted = cells.reduce((sum, text) => sum + Number(text.replace(/\D/g, '') || 0), 0);
    // The chart counts the dated events; undated reports (since issue 13) are in the list, not in a period.
    expect(charted).toBe(expected.filter((event) => event.when).length);

    // Drag from the chart's start to its middle (the first period always holds an event, the last is left out;
    // since issue 13 the hub has fewer, sparser rounds, so a middle slice may be a gap): the URL gets the brushed
    // months, the list the API's events of them.
    const brush = await page.getByTestId('chart-wide').getByTestId('timeline-brush').boundingBox();
    const y = brush!.y + brush!.height / 2;
    await page.mouse.move(brush!.x + 2, y);
    await page.mouse.down();
    await page.mouse.move(brush!.x + brush!.width * 0.5, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/from=.+&to=|to=.+&from=/);
    const url = new URL(page.url());
    const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!];
    expect(from).toMatch(/^\d{4}-\d{2}$/);
    expect(url.searchParams.get('organization')).toBe(hub.id);
    const brushed = await allEvents({ organization: hub.id, from, to });
    expect(brushed.length).toBeGreaterThan(0);
    expect(brushed.length).toBeLessThan(expected.length);
    // router.push changes the URL before the new list is drawn.
    await expect
      .poll(async () => (await page.locator('#timeline-title').textContent())?.replace(/\D/g, ''))
      .toBe(String(brushed.length));
    await saveScreenshot(page, 'timeline-brushed-desktop');
  });

  it('exports the timeline view as CSV and JSON holding every event of the filter, as the API lists them', async () => {
    const expected = await allEvents({ kind: 'LAYOFF' });
    const { page } = tab;
    await page.goto(`${stack.url}/events?kind=layoff`);
    const csvHref = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
    const jsonHref = await page.getByRole('link', { name: 'JSON' }).getAttribute('href');

    const csvResponse = await get(csvHref!);
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get('content-type')).toContain('text/csv');
    expect(csvResponse.headers.get('content-disposition')).toContain('attachment');
    const csv = Papa.parse<Record<string, string>>(await csvResponse.text(), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data.map((row) => row.id)).toEqual(expected.map((event) => event.id));
    expect(csv.data.map((row) => row.kind)).toEqual(expected.map((event) => event.kind));
    expect(csv.data.map((row) => (row.count ? Number(row.count) : null))).toEqual(
      expected.map((event) => event.count ?? null),
    );

    const json = (await (await get(jsonHref!)).json()) as { events: Array<{ id: string; sources: unknown[] }> };
    expect(json.events.map((event) => event.id)).toEqual(expected.map((event) => event.id));
    expect(json.events.every((event) => event.sources.length > 0)).toBe(true);
  });

  it('exports an entity’s facts and citations with quotes and source URLs, as the API has them', async () => {
    const citations: Array<{ sourceId: string; quotes: string[] }> = [];
    let after: string | null = null;
    do {
      const { entity }: EntityCitationsQuery = await api.request(EntityCitationsDocument, { id: ids.jassy, after });
      citations.push(
        ...entity!.citations.edges.map(({ node }) => ({
          sourceId: node.source.id,
          quotes: node.quotes.map((quote) => quote.text),
        })),
      );
      after = entity!.citations.pageInfo.hasNextPage ? (entity!.citations.pageInfo.endCursor ?? null) : null;
    } while (after);

    const { page } = tab;
    await page.goto(`${stack.url}/entity/${encodeURIComponent(ids.jassy)}`);
    const csvHref = await page.locator('a[href^="/export/entity"][href*="format=csv"]').first().getAttribute('href');
    const csv = Papa.parse<Record<string, string>>(await (await get(csvHref!)).text(), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.errors).toEqual([]);
    const mentions = csv.data.filter((row) => row.fact === 'mention');
    expect(mentions.map((row) => row.quote)).toEqual(citations.flatMap((c) => c.quotes));
    expect(new Set(mentions.map((row) => row.source_id))).toEqual(new Set(citations.map((c) => c.sourceId)));
    expect(mentions.every((row) => row.source_url && row.object_id === ids.jassy)).toBe(true);
    expect(csv.data.some((row) => row.fact === 'role' && row.quote)).toBe(true);

    const json = (await (await get(`/export/entity?id=${encodeURIComponent(ids.jassy)}&format=json`)).json()) as {
      entity: { id: string };
      citations: Array<{ source: { id: string } }>;
    };
    expect(json.entity.id).toBe(ids.jassy);
    expect(json.citations.map((c) => c.source.id)).toEqual(citations.map((c) => c.sourceId));
    expect((await get('/export/entity?id=company%3Anothing&format=csv')).status).toBe(404);
  });

  it('draws the graph around the busiest generated company readably, and exports exactly that view as GraphML', async () => {
    const { page } = tab;
    await page.goto(`${stack.url}/graph?focus=${encodeURIComponent(hub.id)}`);
    const canvas = readyGraphCanvas(page);
    const { nodes, cap, labelPx } = await readGraphView(page);
    expect(nodes).toBeGreaterThan(10);
    expect(nodes).toBeLessThanOrEqual(50);
    expect(nodes).toBeLessThanOrEqual(cap);
    expect(labelPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(await page.getByTestId('graph-status').textContent()).toContain(`${nodes} nodes`);
    await saveScreenshot(page, 'graph-hub-desktop');

    const shown = await page
      .locator('#node-picker option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const href = await page.getByTestId('graph-export').getAttribute('href');
    const response = await get(href!);
    expect(response.headers.get('content-type')).toContain('graphml');
    const graphml = parseGraphml(await response.text());
    expect(graphml.nodes.map((node) => node.id).sort()).toEqual([...shown].sort());
    expect(graphml.edges.length).toBe(Number(await canvas.getAttribute('data-edge-count')));
    const known = new Set(shown);
    expect(graphml.edges.every((edge) => known.has(edge.source) && known.has(edge.target))).toBe(true);
  });

  it('expands a collapsed node (“+N more”) by key: e expand, b back; the permalink keeps the step', async () => {
    const { page } = tab;
    await page.goto(`${stack.url}/graph?focus=${encodeURIComponent(hub.id)}`);
    const canvas = readyGraphCanvas(page);
    const { nodes: start, cap } = await readGraphView(page);
    const count = async () => Number(await canvas.getAttribute('data-node-count'));

    // A neighbour that hides some of its own ("+N more"): select it in the node list, leave the list, press e.
    const options = await page
      .locator('#node-picker option')
      .evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    let collapsed: string | undefined;
    for (const id of options.filter((id) => id !== hub.id)) {
      await page.selectOption('#node-picker', id);
      if ((await page.getByTestId('hidden-neighbours').count()) > 0) {
        collapsed = id;
        break;
      }
    }
    expect(collapsed, 'a shown node with hidden neighbours').toBeDefined();
    const expand = page.getByRole('button', { name: /Expand neighbours/ });
    expect(await expand.getAttribute('aria-keyshortcuts')).toBe('e');
    await page.locator('#node-picker').blur();
    await page.keyboard.press('e');
    await expect.poll(count, { timeout: 15_000 }).toBeGreaterThan(start);
    expect(await count()).toBeLessThanOrEqual(cap);
    expect(new URL(page.url()).searchParams.getAll('expand')).toEqual([collapsed]);
    // The permalink draws the same view.
    const expanded = await count();
    await page.goto(page.url());
    expect((await readGraphView(page)).nodes).toBe(expanded);
    await page.keyboard.press('b');
    await expect.poll(count, { timeout: 15_000 }).toBe(start);
    expect(new URL(page.url()).searchParams.getAll('expand')).toEqual([]);

    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await page.locator('#site-search').getAttribute('aria-keyshortcuts')).toBe('/');
  });

  it('shows 20 more of the hub’s neighbours a step (m), goes back (b), and stops below the cap saying why', async () => {
    const { page } = tab;
    // With the articles that mention it, the hub has far more than 20 neighbours: collapsed, "+N more".
    await page.goto(`${stack.url}/graph?focus=${encodeURIComponent(hub.id)}&mentions=1`);
    const canvas = readyGraphCanvas(page);
    const { nodes: start, cap, hiddenOfFocus: hiddenAtStart } = await readGraphView(page);
    const count = async () => Number(await canvas.getAttribute('data-node-count'));
    const hiddenOfFocus = async () => (await readGraphView(page)).hiddenOfFocus;
    expect(hiddenAtStart).toBeGreaterThan(0);
    const more = page.getByRole('button', { name: /Show 20 more/ });
    expect(await more.getAttribute('aria-keyshortcuts')).toBe('m');

    await page.keyboard.press('m');
    await expect.poll(count, { timeout: 15_000 }).toBeGreaterThan(start);
    expect(await count()).toBeLessThanOrEqual(Math.min(cap, start + 20));
    expect(await hiddenOfFocus()).toBeLessThan(hiddenAtStart);
    expect(new URL(page.url()).searchParams.get('more')).toBe('1');
    await page.keyboard.press('b');
    await expect.poll(count, { timeout: 15_000 }).toBe(start);
    expect(await hiddenOfFocus()).toBe(hiddenAtStart);
    expect(new URL(page.url()).searchParams.get('more')).toBeNull();

    // Keep asking: 20 at most a step, never past the cap; once the next 20 would not fit, the view says so.
    while ((await count()) + 20 <= cap && (await more.count()) > 0) {
      const before = await count();
      await page.keyboard.press('m');
      await expect.poll(count, { timeout: 15_000 }).toBeGreaterThan(before);
      expect(await count()).toBeLessThanOrEqual(before + 20);
    }
    expect(await count()).toBeLessThanOrEqual(cap);
    if ((await count()) + 20 > cap) {
      await page.keyboard.press('m');
      await expect.poll(() => page.getByTestId('graph-status').textContent()).toContain(`at most ${cap} nodes`);
      expect(await page.getByRole('button', { name: /View full/ }).isDisabled()).toBe(true);
    }
    await saveScreenshot(page, 'graph-hub-more-desktop');
  });

  it('follows the reader’s dark colour scheme with no serious axe violations, at 1280 and 375 px', async () => {
    const routes = {
      home: '/',
      events: '/events?kind=layoff',
      entity: `/entity/${encodeURIComponent(ids.jassy)}`,
      event: `/event/${encodeURIComponent(ids.amazonLayoff)}`,
      path: `/path?from=${encodeURIComponent(galetti)}&to=${encodeURIComponent(ids.amazonLayoff)}`,
      sources: '/sources',
      graph: `/graph?focus=${encodeURIComponent(ids.jassy)}`,
    };
    for (const [width, height, suffix] of [
      [1280, 800, 'desktop'],
      [375, 740, '375'],
    ] as const) {
      const dark = await openWatchedPage(stack.browser, { width, height });
      await dark.page.emulateMedia({ colorScheme: 'dark' });
      const failures: Record<string, unknown> = {};
      for (const [name, path] of Object.entries(routes)) {
        await dark.page.goto(`${stack.url}${path}`);
        await dark.page.locator('main h1').first().waitFor();
        const background = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const [r, g, b] = background.match(/\d+/g)!.map(Number);
        expect(0.2126 * r! + 0.7152 * g! + 0.0722 * b!, `${name} background ${background}`).toBeLessThan(60);
        const violations = await seriousAxeViolations(dark.page);
        if (violations.length) failures[name] = violations;
        await saveScreenshot(dark.page, `dark-${name}-${suffix}`);
      }
      await dark.close();
      expect(failures).toEqual({});
      expect(dark.errors).toEqual([]);
    }
  });

  it('logged no console errors', () => {
    expect(tab.errors).toEqual([]);
  });
});
