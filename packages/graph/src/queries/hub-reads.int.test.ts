import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { ingestSyntheticArticles } from '../../bench/load-synthetic.js';
import { planDbHits } from '../../bench/profiling-executor.js';
import { createWorld } from '../../bench/synthetic-articles.js';
import { toCypherParams } from '../executor.js';
import { createGraph, type Graph } from '../graph.js';
import { neighbourhoodDegrees } from '../testing/neighbourhood-degrees.js';
import type { CypherQuery } from '../query.js';
import { sourcesCitingExactQuery } from './citing-query.js';
import { neighbourhoodQuery } from './neighbourhood-query.js';
import { citationsPageQuery, mentioningSourcesPageQuery } from './page-queries.js';
import { totalsQuery } from './totals-query.js';

/**
 * Issue 17: reads on a hub do bounded work. The hub (the generator's busiest company, named by half the articles
 * on top) gets thousands more mentioning articles, each also asserting the hub's PART_OF edge, and every read an
 * entity page makes must cost about the same database hits (PROFILE) before and after. The extra articles are
 * written by one bulk statement in the shape ingestion writes (MENTIONS with their index keys, a Claim per
 * article): ingesting 12,000 articles one by one would take minutes on this machine.
 */
const hub = createWorld().companies[0]!;
let graph: Graph;
let driver: Driver;
/** The key of one of the hub's PART_OF edges: the bulk articles assert it (neighbourhood weighs it by its Claims). */
let partOfKey: string;

beforeAll(async () => {
  const connection = getTestNeo4j();
  graph = createGraph(connection, { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  await graph.deleteAll();
  await graph.applySchema();
  await ingestSyntheticArticles(graph, 80, { hubShare: 0.5 });
  const { records } = await driver.executeQuery(
    'MATCH (:Node)-[e:PART_OF]->(:Node {id: $hub}) RETURN e.key AS key ORDER BY key LIMIT 1',
    { hub: hub.id },
  );
  partOfKey = records[0]!.get('key') as string;
});
afterAll(async () => {
  await driver?.close();
  await graph?.close();
});

/**
 * Adds `count` articles mentioning the hub, each a Claim of a PART_OF edge of the hub (and one more on the edge's
 * `claims`), four a day from 2026 on (as
 * many per day whatever the total: a page reads its last day's ties, so the density of a day is what it may cost).
 */
async function addHubArticles(from: number, count: number): Promise<void> {
  const [, division] = partOfKey.split('|');
  await driver.executeQuery(
    `UNWIND range($from, $from + $count - 1) AS i
     MATCH (h:Node {id: $hub})
     CREATE (s:Node:Source {id: 'article:hub-' + i, kind: 'article', title: 'Hub ' + i,
                            publishedAt: toString(date('2026-01-01') + duration({days: i / 4}))})
     CREATE (s)-[:MENTIONS {starts: [0], ends: [3], names: ['Hub'], aliases: [], quoteStarts: [0], quoteEnds: [3],
                            quotes: ['Hub'], entityId: h.id, publishedAt: s.publishedAt, sourceId: s.id}]->(h)
     CREATE (s)-[:ASSERTS]->(:Claim {id: s.id + '|' + $key, key: $key, type: 'PART_OF', from: $division, to: $hub,
                                     sourceId: s.id, starts: [0], ends: [3], quotes: ['Hub']})`,
    toCypherParams({ from, count, hub: hub.id, division, key: partOfKey }),
  );
  // As ingestion counts them on the edge (ingest/fact-claims.ts).
  await driver.executeQuery(
    'MATCH (:Node {id: $division})-[e:PART_OF {key: $key}]->(:Node {id: $hub}) SET e.claims = e.claims + $count',
    toCypherParams({ count, hub: hub.id, division, key: partOfKey }),
  );
}

/** The operators of a plan that sort mentions (`m`): a Top or Sort over a hub's mentions has read them all. */
function sortingOperators(plan: ProfiledPlan): string[] {
  const details = String(plan.arguments['Details'] ?? '');
  const own = /Sort|Top/.test(plan.operatorType) && /\bm\./.test(details) ? [`${plan.operatorType} ${details}`] : [];
  return [...own, ...plan.children.flatMap(sortingOperators)];
}

/**
 * The operators of a plan that scan an index or a label instead of seeking it: a scan of the mentions index reads
 * every entity's mentions from one end of the index (its cost grows with the store, not with the hub, so the
 * hub's growth alone would not show it — a CI run planned the citations page that way after a replan).
 */
function scanningOperators(plan: ProfiledPlan): string[] {
  const own = /Scan/.test(plan.operatorType) ? [`${plan.operatorType} ${String(plan.arguments['Details'] ?? '')}`] : [];
  return [...own, ...plan.children.flatMap(scanningOperators)];
}

/** The plan as Neo4j prints it (operators, estimated and actual rows, db hits): what a failure message shows. */
function planText(plan: ProfiledPlan): string {
  return String(plan.arguments['string-representation'] ?? '');
}

/** Database hits of one read (PROFILE), its rows, the operators that sort, and the plan's text. */
async function profile(
  query: CypherQuery,
): Promise<{ hits: number; rows: Record<string, unknown>[]; sorts: string[]; scans: string[]; plan: string }> {
  const result = await driver.executeQuery(`PROFILE ${query.cypher}`, toCypherParams(query.params), {
    routing: neo4j.routing.READ,
  });
  const plan = result.summary.profile as ProfiledPlan;
  return {
    hits: planDbHits(plan),
    rows: result.records.map((r) => r.toObject()),
    sorts: sortingOperators(plan),
    scans: scanningOperators(plan),
    plan: planText(plan),
  };
}

/**
 * The reads that go through an entity's mentions in the index's order (see MENTIONS_NEWEST): the entity page's, and
 * the neighbourhood's newest mentioning articles. None may sort them or scan an index.
 */
const MENTION_READS = [
  'sources',
  'citations',
  'sources, page 2',
  'sourcesCiting',
  'neighbourhood',
  'neighbourhood, depth 2',
];

/** What one round of reads measured: database hits and plan text per read. */
interface HubReads {
  hits: Record<string, number>;
  plans: Record<string, string>;
}

/** The reads of a hub's entity page and of the API's hub queries, each with its database hits. */
async function hubReads(): Promise<HubReads> {
  const first = await profile(mentioningSourcesPageQuery([hub.id], { first: 20, cursor: null }));
  const sorts: Record<string, string[]> = { sources: first.sorts };
  const scans: Record<string, string[]> = { sources: first.scans };
  const page = first.rows[0] as { rows: Array<[unknown, [string, string]]> };
  const cursor = page.rows[19]![1];
  const reads: Record<string, CypherQuery> = {
    citations: citationsPageQuery([hub.id], { first: 20, cursor: null }),
    'sources, page 2': mentioningSourcesPageQuery([hub.id], { first: 20, cursor }),
    sourcesCiting: sourcesCitingExactQuery(hub.name, 20, ['title', 'publishedAt']),
    totals: totalsQuery({ organization: hub.id }, 'YEAR'),
    neighbourhood: neighbourhoodQuery(hub.id, 1, null),
    'neighbourhood, depth 2': neighbourhoodQuery(hub.id, 2, null),
    'neighbourhood, no mentions': neighbourhoodQuery(hub.id, 1, null, { mentions: false }),
    'neighbourhood, depth 2, no mentions': neighbourhoodQuery(hub.id, 2, null, { mentions: false }),
  };
  const hits: Record<string, number> = { sources: first.hits };
  const plans: Record<string, string> = { sources: first.plan };
  for (const [name, query] of Object.entries(reads)) {
    const started = performance.now();
    const profiled = await profile(query);
    hits[name] = profiled.hits;
    sorts[name] = profiled.sorts;
    scans[name] = profiled.scans;
    plans[name] = profiled.plan;
    console.log(`${name}: ${hits[name]} db hits, ${(performance.now() - started).toFixed(0)} ms`);
  }
  for (const name of MENTION_READS) {
    expect(sorts[name], `${name} sorts rows: plan not bounded\n${plans[name]}`).toEqual([]);
    expect(scans[name], `${name} scans: plan not bounded\n${plans[name]}`).toEqual([]);
  }
  return { hits, plans };
}

/**
 * Most database hits the hub's views may cost at 12,000 mentions (PROFILE), with some headroom: 3,930, 5,662, 659
 * and 2,036 ranking the hub's newest 300 mentioning articles (3 per neighbour shown); 7,438, 9,188, 657 and 2,060
 * ranking its newest 2,000; counting the Claims of its PART_OF edge (up to 2,000) cost 9,468, 11,236, 2,687 and 4,116.
 */
const NEIGHBOURHOOD_HITS = {
  neighbourhood: 4_700,
  'neighbourhood, depth 2': 6_600,
  'neighbourhood, no mentions': 1_000,
  'neighbourhood, depth 2, no mentions': 2_500,
};

async function mentionsOfHub(): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (h:Node {id: $id}) RETURN COUNT { (h)<-[:MENTIONS]-() } AS n', {
    id: hub.id,
  });
  return neo4j.integer.toNumber(records[0]!.get('n') as number);
}

describe('reads on a hub do bounded work (issue 17)', () => {
  it("costs the same database hits for an entity page's sources, citations, sourcesCiting, totals and neighbourhood at 3,000 and 12,000 mentions", async () => {
    // Plan every read first on the small store (a few dozen mentions of the hub), as other tests' graphs would
    // leave them in the plan cache: the plans must stay bounded when the hub then grows.
    await hubReads();
    await addHubArticles(0, 3_000);
    const small = { mentions: await mentionsOfHub(), ...(await hubReads()) };
    await addHubArticles(3_000, 9_000);
    const large = { mentions: await mentionsOfHub(), ...(await hubReads()) };
    console.log(`hub ${hub.id}: db hits at ${small.mentions} and ${large.mentions} mentions`, small.hits, large.hits);

    expect(large.mentions).toBeGreaterThan(3.5 * small.mentions);
    for (const [name, hits] of Object.entries(large.hits)) {
      // Bounded: four times the mentions, (nearly) the same work; reading them all would cost ~4x.
      // The message carries both plans: a failure in a long run shows which operator read the hub.
      expect(
        hits,
        `${name}: ${small.hits[name]} -> ${hits} db hits\nplan at ${small.mentions} mentions:\n${small.plans[name]}\nplan at ${large.mentions} mentions:\n${large.plans[name]}`,
      ).toBeLessThan(1.25 * small.hits[name]! + 50);
    }
    // The hub's view stays cheap, not only bounded: it reads no mention of the hub for its degree and ranks the
    // newest mentioning articles by the index's article ids (17,204 and 18,972 db hits before, ~9,500 and ~11,300),
    // and weighs its ties by the Claims counted on them (~7,400 and ~9,200), and ranks only its newest 300 mentioning
    // articles, 3 per neighbour shown (~3,900 and ~5,700).
    for (const [name, bound] of Object.entries(NEIGHBOURHOOD_HITS)) {
      expect(large.hits[name], `${name}: ${large.hits[name]} db hits\n${large.plans[name]}`).toBeLessThan(bound);
    }
    // Counting a node's mentions in the degree store gives the number the filtered statement reads neighbour by
    // neighbour (a `from` every node passes), also when every node is forced onto that path.
    for (const depth of [1, 2]) {
      const plain = neighbourhoodQuery(hub.id, depth, null);
      const counted = { ...plain, params: { ...plain.params, walked: 0 } };
      const read = neighbourhoodQuery(hub.id, depth, null, { from: '0' });
      const [counts, forced, walked] = await Promise.all(
        [plain, counted, read].map((query) => neighbourhoodDegrees(driver, query)),
      );
      expect(walked!.length).toBeGreaterThan(50);
      expect(counts).toEqual(walked);
      expect(forced).toEqual(walked);
    }
    // The hub's neighbourhood (mentions followed) shows its ties — the division 12,000 articles assert, its
    // people — not only the articles that would fill a scan of its first 2,000 relationships.
    const view = await graph.neighbourhood(hub.id, 1, null, {});
    const shownTypes = new Set(view.nodes.map((node) => node.type));
    expect(view.nodes.map((node) => node.id)).toContain(partOfKey.split('|')[1]);
    expect([...shownTypes]).toEqual(expect.arrayContaining(['Division', 'Person', 'Source']));
    // The page is the newest 20 of all 12,000+, in order, and the total counts them all.
    const page = (await graph.mentioningSourcesPage([hub.id], { first: 20, cursor: null })).get(hub.id);
    expect(page!.totalCount).toBe(large.mentions);
    expect([page!.hasPreviousPage, page!.hasNextPage]).toEqual([false, true]);
    const dates = page!.items.map((source) => source.publishedAt ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2034-03-19');
    // Page 2 continues page 1 (same day: article ids descending, the index's order), nothing repeated.
    const next = (await graph.mentioningSourcesPage([hub.id], { first: 20, cursor: page!.keys.at(-1)! })).get(hub.id);
    expect([next!.hasPreviousPage, next!.hasNextPage]).toEqual([true, true]);
    const ids = [...page!.items, ...next!.items].map((source) => source.id);
    expect(new Set(ids).size).toBe(40);
    const keys = [...page!.items, ...next!.items].map((source) => `${source.publishedAt}|${source.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  }, 300_000);
});
