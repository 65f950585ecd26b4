import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { planDbHits } from '../../bench/profiling-executor.js';
import { createWorld, generateArticle } from '../../bench/synthetic-articles.js';
import { toCypherParams } from '../executor.js';
import { createGraph, type Graph } from '../graph.js';
import { mentionCountsQuery } from '../queries/entity-queries.js';
import { MENTION_TALLY_SHARDS } from './mention-tallies.js';

/**
 * Issue 17: `Entity.mentionCount` comes from tallies ingestion keeps, not from reading every MENTIONS of a hub.
 * The tallies must equal the mentions actually stored after concurrent batches, a repeated ingest, a replaced
 * text, a deleted article and the backfill of a graph written without them; and reading them costs the same
 * database hits however many articles mention the entity.
 */
const world = createWorld(undefined, undefined, { hubShare: 0.5 });
const hub = world.companies[0]!;
const articles = Array.from({ length: 120 }, (_, i) => generateArticle(world, i));
let graph: Graph;
let driver: Driver;

beforeAll(async () => {
  const connection = getTestNeo4j();
  graph = createGraph(connection, { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  await graph.deleteAll();
  await graph.applySchema();
});
afterAll(async () => {
  await driver?.close();
  await graph?.close();
});

/** Every entity's mentions as stored (the sum over its MENTIONS), the truth the tallies must match. */
async function storedMentions(): Promise<Map<string, number>> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity)<-[m:MENTIONS]-() RETURN n.id AS id, sum(size(m.starts)) AS total',
  );
  return new Map(records.map((r) => [r.get('id') as string, neo4j.integer.toNumber(r.get('total') as number)]));
}

/** The tallies of every entity that has mentions, through the read the API uses. */
async function expectTalliesMatchMentions(): Promise<Map<string, number>> {
  const truth = await storedMentions();
  const counts = await graph.mentionCounts([...truth.keys()]);
  expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(truth));
  return truth;
}

/** Writes articles `from`..`to` in batches of 20, four transactions at a time (as `npm run ingest`). */
async function ingest(from: number, to: number): Promise<void> {
  const docs = articles.slice(from, to);
  const batches = Array.from({ length: Math.ceil(docs.length / 20) }, (_, i) => docs.slice(i * 20, i * 20 + 20));
  const results = (await Promise.all(batches.map((batch) => graph.ingestDocuments(batch)))).flat();
  expect(results.filter((result) => !result.ok)).toEqual([]);
}

/** Database hits of the mention-count read (PROFILE), and the plan as Neo4j prints it for a failure message. */
async function countHits(): Promise<{ hits: number; plan: string }> {
  const query = mentionCountsQuery([hub.id]);
  const result = await driver.executeQuery(`PROFILE ${query.cypher}`, toCypherParams(query.params));
  const plan = result.summary.profile as ProfiledPlan;
  return { hits: planDbHits(plan), plan: String(plan.arguments['string-representation'] ?? '') };
}

describe('mention tallies (issue 17)', () => {
  it('equal the stored mentions after concurrent batches, a repeat, a replacement and a deletion, read in bounded work', async () => {
    await ingest(0, 30);
    const small = await expectTalliesMatchMentions();
    const smallHits = await countHits();
    await ingest(30, 120);
    const large = await expectTalliesMatchMentions();
    const largeHits = await countHits();
    console.log(
      `hub ${hub.id}: ${small.get(hub.id)} → ${large.get(hub.id)} mentions, ${smallHits.hits} → ${largeHits.hits} db hits`,
    );
    expect(large.get(hub.id)).toBeGreaterThan(3 * small.get(hub.id)!);
    // One seek per shard and the counts found: a bound set by the shards, not by the mentions (which grow 3x+).
    for (const { hits, plan } of [smallHits, largeHits])
      expect(hits, `mention count read: ${hits} db hits\n${plan}`).toBeLessThanOrEqual(3 * MENTION_TALLY_SHARDS + 10);

    // The same articles again: nothing changes.
    await ingest(0, 40);
    expect(await expectTalliesMatchMentions()).toEqual(large);

    // Article 5 replaced (a new title, one name span fewer for an entity it names twice or more); article 6 deleted.
    const original = articles[5]!;
    const entities = original.extraction.entities.map((e) => ({ ...e, mentions: [...e.mentions] }));
    const named = entities.find((e) => e.mentions.length > 1)!;
    named.mentions.pop();
    const changed = {
      ...original,
      extraction: {
        ...original.extraction,
        source: { ...original.extraction.source, title: 'Revised' },
        entities,
      },
    };
    const [replaced] = await graph.ingestDocuments([changed]);
    expect(replaced!.ok ? replaced!.outcome.changed : replaced!.error.message).toBe(true);
    expect(await graph.deleteSource(articles[6]!.extraction.source.id)).toBe(true);
    const after = await expectTalliesMatchMentions();
    expect(after).not.toEqual(large);

    // A graph written before tallies existed: applySchema computes them once.
    await driver.executeQuery('MATCH (n) WHERE n:MentionTally OR n:SchemaMigration DETACH DELETE n');
    await graph.applySchema();
    expect(await expectTalliesMatchMentions()).toEqual(after);
  }, 300_000);
});
