import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../test/neo4j.js';
import { busiestSyntheticCompany, ingestSyntheticArticles } from '../bench/load-synthetic.js';
import { createGraph, type Graph } from './graph.js';
import type { KeysetPage } from './records.js';
import type { PageWindow } from './queries/page-queries.js';

/** Enough generated articles for hubs (the busiest company has dozens of events) and pages of every list. */
const ARTICLES = 300;
let graph: Graph;
const hub = busiestSyntheticCompany(ARTICLES);
const statements: string[] = [];

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), {
    queryTimeoutMs: TEST_QUERY_TIMEOUT_MS,
    onQuery: (cypher) => statements.push(cypher),
  });
  await graph.deleteAll();
  await graph.applySchema();
  await ingestSyntheticArticles(graph, ARTICLES);
});
afterAll(() => graph.close());

/** Reads a whole list page by page, forwards, then backwards from its end. */
async function readAll<T>(read: (window: PageWindow) => Promise<KeysetPage<T>>, first: number) {
  const forward: KeysetPage<T>[] = [];
  let cursor: PageWindow['cursor'] = null;
  do {
    const page = await read({ first, cursor });
    forward.push(page);
    cursor = page.hasNextPage ? page.keys.at(-1)! : null;
  } while (cursor);
  const backward: KeysetPage<T>[] = [];
  cursor = forward.at(-1)!.keys[0] ?? null;
  while (cursor && forward.length > 1) {
    const page = await read({ first, cursor, backward: true });
    backward.unshift(page);
    cursor = page.hasPreviousPage ? page.keys[0]! : null;
  }
  return { forward, backward };
}

describe('keyset pages', () => {
  it('walk the events list forwards and backwards with no item repeated or missed, in every order', async () => {
    for (const order of ['WHEN_ASC', 'WHEN_DESC', 'COUNT_DESC'] as const) {
      const { forward, backward } = await readAll((window) => graph.eventsPage({ filter: {}, order, window }), 37);
      const ids = forward.flatMap((page) => page.items.map((event) => event.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(forward[0]!.totalCount);
      expect(forward[0]!.hasPreviousPage).toBe(false);
      expect(forward.slice(1).every((page) => page.hasPreviousPage)).toBe(true);
      // Backwards from the last page, the pages before it are the same items in the same order.
      const before = backward.flatMap((page) => page.items.map((event) => event.id));
      expect(before).toEqual(ids.slice(0, before.length));
      expect(before.length).toBe(ids.length - forward.at(-1)!.items.length);
    }
  });

  it('filter events by organization, time and running totals, counting what the filter keeps', async () => {
    const page = await graph.eventsPage({
      filter: { organization: hub.id, from: '2023', to: '2023-06', cumulative: false },
      window: { first: 100, cursor: null },
    });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.totalCount).toBe(page.items.length);
    for (const event of page.items) {
      // The hub's units roll up into it (issue 13), and an undated event counts at the day it was first reported.
      expect(event.organizationId === hub.id || event.organizationId?.startsWith('division:')).toBe(true);
      if (event.when) expect(event.when >= '2023' && event.when <= '2023-06\uffff').toBe(true);
    }
    const own = await graph.eventsPage({
      filter: { organization: hub.id, includeUnits: false, from: '2023', to: '2023-06', cumulative: false },
      window: { first: 100, cursor: null },
    });
    expect(own.items.every((event) => event.organizationId === hub.id)).toBe(true);
    expect(own.totalCount).toBeLessThanOrEqual(page.totalCount);
  });

  it('page an entity’s citations and an organization’s events by id, beyond any cap, in one statement per page', async () => {
    const { forward } = await readAll(async (window) => (await graph.citationsPage([hub.id], window)).get(hub.id)!, 50);
    const sources = forward.flatMap((page) => page.items.map((citation) => citation.source.id));
    expect(sources.length).toBe(forward[0]!.totalCount);
    expect(sources.length).toBeGreaterThanOrEqual(hub.articles);
    expect(new Set(sources).size).toBe(sources.length);
    const dates = forward.flatMap((page) => page.items.map((citation) => citation.source.publishedAt ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(forward[0]!.items[0]!.entity.id).toBe(hub.id);
    expect(forward[0]!.items[0]!.quotes.length).toBeGreaterThan(0);

    statements.length = 0;
    const events = await graph.organizationEventsPage([hub.id, 'company:nothing'], { first: 10, cursor: null });
    expect(statements).toHaveLength(1);
    expect(events.get(hub.id)!.items).toHaveLength(10);
    expect(events.has('company:nothing')).toBe(false);
  });
});

describe('neighbourhood view', () => {
  it('keeps the strongest neighbours of a hub, says how many are hidden, and pages on after them', async () => {
    // Since issue 13 several articles report one round (one event), so the hub has fewer neighbours than articles.
    const view = await graph.neighbourhood(hub.id, 1, 10, { maxNodes: 50, mentions: false });
    expect(view.nodes).toHaveLength(11);
    const focus = view.nodes.find((node) => node.id === hub.id)!;
    expect(focus.hiddenNeighbours).toBeGreaterThan(0);
    // People and divisions, asserted by every article, outrank any single event.
    expect(view.nodes.slice(1, 3).every((node) => node.type === 'Person' || node.type === 'Division')).toBe(true);
    expect(view.nextKey).not.toBeNull();
    const more = await graph.neighbourhood(hub.id, 2, 10, { maxNodes: 50, mentions: false, after: view.nextKey });
    const first = new Set(view.nodes.map((node) => node.id));
    const next = more.nodes.filter((node) => node.id !== hub.id);
    expect(next.length).toBeGreaterThan(0);
    expect(next.filter((node) => first.has(node.id))).toEqual([]);
  });

  it('at depth 2 stays within maxNodes and never reaches other companies through articles', async () => {
    const view = await graph.neighbourhood(hub.id, 2, 20, { maxNodes: 50, mentions: true });
    expect(view.nodes.length).toBeLessThanOrEqual(50);
    // Every company shown is the hub itself: rivals are only ever mentioned by articles, and MENTIONS are followed
    // from the focus only.
    expect(view.nodes.filter((node) => node.type === 'Company').map((node) => node.id)).toEqual([hub.id]);
    expect(view.edges.length).toBeLessThanOrEqual(150);
    const ids = new Set(view.nodes.map((node) => node.id));
    expect(view.edges.every((edge) => ids.has(edge.from) && ids.has(edge.to))).toBe(true);
  });

  it('hides mentions, keeps only the types asked for and the time range asked for', async () => {
    const noMentions = await graph.neighbourhood(hub.id, 1, 100, { mentions: false });
    expect(noMentions.edges.some((edge) => edge.type === 'MENTIONS')).toBe(false);
    // A month one of the hub's rounds is dated in (the generator's dates depend on its rounds).
    const page = (await graph.organizationEventsPage([hub.id], { first: 100, cursor: null })).get(hub.id)!;
    const own = page.items.find((event) => event.organizationId === hub.id && (event.when?.length ?? 0) >= 7);
    const month = own!.when!.slice(0, 7);
    const events = await graph.neighbourhood(hub.id, 1, 100, { types: ['Event'], from: month, to: month });
    const shown = events.nodes.filter((node) => node.id !== hub.id);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((node) => node.type === 'Event')).toBe(true);
    // Dated events fall in the range; undated ones (reports without a date, since issue 13) are not filtered out.
    const dated = shown.filter((node) => /\(\d{4}(-\d{2}){0,2}\)$/.test(node.label));
    expect(dated.length).toBeGreaterThan(0);
    // A node dated to the month's year only overlaps the range too (dates are prefixes).
    const inRange = (label: string) => [`(${month})`, `(${month.slice(0, 4)})`].some((end) => label.endsWith(end));
    const inMonth = (label: string) => label.includes(`(${month}-`);
    expect(dated.filter((node) => !inRange(node.label) && !inMonth(node.label)).map((node) => node.label)).toEqual([]);
  });
});

describe('path and node search', () => {
  it('names an unknown end instead of answering "no path"', async () => {
    await expect(graph.path(hub.id, 'event:nothing-here', 4)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'No node has the id "event:nothing-here".',
    });
    const events = await graph.organizationEventsPage([hub.id], { first: 1, cursor: null });
    const event = events.get(hub.id)!.items[0]!;
    expect((await graph.path(hub.id, event.id, 4)).map((step) => step.type)).toEqual(['ORGANIZATION']);
  });

  it('finds events by figure and organization, entities by name and sources by title', async () => {
    const [event] = (await graph.organizationEventsPage([hub.id], { first: 1, cursor: null })).get(hub.id)!.items;
    const found = await graph.searchNodes({ query: `${hub.name} ${event!.countText}` });
    expect(found.map((node) => node.id)).toContain(event!.id);
    expect(found[0]!.id).toBe(hub.id);
    const onlyEvents = await graph.searchNodes({ query: `${event!.countText} layoffs`, types: ['Event'] });
    expect(onlyEvents.length).toBeGreaterThan(0);
    expect(onlyEvents.every((node) => 'cumulative' in node && node.count === event!.count)).toBe(true);
    const titled = await graph.searchNodes({ query: `${hub.name} to cut`, types: ['Source'] });
    expect(titled.length).toBeGreaterThan(0);
    expect(titled.every((node) => 'contentHash' in node)).toBe(true);
    expect(await graph.nodeKinds([hub.id, event!.id, titled[0]!.id, 'x:none'])).toEqual(
      new Map([
        [hub.id, 'entity'],
        [event!.id, 'event'],
        [titled[0]!.id, 'source'],
      ]),
    );
  });
});
