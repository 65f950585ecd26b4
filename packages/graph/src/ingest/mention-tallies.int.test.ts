import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { planDbHits } from '../../bench/profiling-executor.js';
import { createWorld, generateArticle } from '../../bench/synthetic-articles.js';
import { toCypherParams } from '../executor.js';
import { mentionCountsQuery } from '../queries/entity-queries.js';
import { ingestConcurrently, useTestGraph } from '../testing/test-graph.js';
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
const db = useTestGraph();

/** Every entity's mentions as stored (the sum over its MENTIONS), the truth the tallies must match. */
async function storedMentions(): Promise<Map<string, number>> {
  const { records } = await db.driver.executeQuery(
    'MATCH (n:Entity)<-[m:MENTIONS]-() RETURN n.id AS id, sum(size(m.starts)) AS total',
  );
  return new Map(records.map((r) => [r.get('id') as string, neo4j.integer.toNumber(r.get('total') as number)]));
}

/** The tallies of every entity that has mentions, through the read the API uses. */
async function expectTalliesMatchMentions(): Promise<Map<string, number>> {
  const truth = await storedMentions();
  const counts = await db.graph.mentionCounts([...truth.keys()]);
  expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(truth));
  return truth;
}

const ingest = (from: number, to: number) => ingestConcurrently(db.graph, articles.slice(from, to));

/** Database hits of the mention-count read (PROFILE), and the plan as Neo4j prints it for a failure message. */
async function countHits(): Promise<{ hits: number; plan: string }> {
  const query = mentionCountsQuery([hub.id]);
  const result = await db.driver.executeQuery(`PROFILE ${query.cypher}`, toCypherParams(query.params));
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
    const [replaced] = await db.graph.ingestDocuments([changed]);
    expect(replaced!.ok ? replaced!.outcome.changed : replaced!.error.message).toBe(true);
    expect(await db.graph.deleteSource(articles[6]!.extraction.source.id)).toBe(true);
    const after = await expectTalliesMatchMentions();
    expect(after).not.toEqual(large);

    // A graph written before tallies existed: applySchema computes them once.
    await db.driver.executeQuery('MATCH (n) WHERE n:MentionTally OR n:SchemaMigration DETACH DELETE n');
    await db.graph.applySchema();
    expect(await expectTalliesMatchMentions()).toEqual(after);
  }, 300_000);
});
