import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createWorld, generateArticle } from '../../bench/synthetic-articles.js';
import { buildExtraction } from '../testing/build-extraction.js';
import { ingestConcurrently, useTestGraph } from '../testing/test-graph.js';

/**
 * Issue 17: a fact edge keeps the number of its Claims (`claims`, the sources asserting it), so the neighbourhood
 * weighs it without counting a hub's Claims. The counts must equal the Claims actually stored after concurrent
 * batches, a repeated ingest, a text re-ingested without one of its facts, a deleted article and the backfill of a
 * graph written without them; and the view must rank a company's divisions by them.
 */
const world = createWorld(undefined, undefined, { hubShare: 0.5 });
const articles = Array.from({ length: 120 }, (_, i) => generateArticle(world, i));
const db = useTestGraph();

/** Rows `{ key, n }` of a statement as a record (n null where the statement found none). */
async function keyCounts(cypher: string): Promise<Record<string, number | null>> {
  const { records } = await db.driver.executeQuery(cypher);
  return Object.fromEntries(
    records.map((r) => [r.get('key') as string, r.get('n') === null ? null : neo4j.integer.toNumber(r.get('n'))]),
  );
}

/** Every fact edge's `claims` against the Claims stored with its key (an edge per key, a key per edge). */
async function expectCountsMatchClaims(): Promise<Record<string, number | null>> {
  const truth = await keyCounts('MATCH (c:Claim) RETURN c.key AS key, count(*) AS n');
  const kept = await keyCounts('MATCH ()-[e]->() WHERE e.key IS NOT NULL RETURN e.key AS key, e.claims AS n');
  expect(kept).toEqual(truth);
  return kept;
}

const ingest = (from: number, to: number) => ingestConcurrently(db.graph, articles.slice(from, to));

describe('claim counts on fact edges (issue 17)', () => {
  it('equal the stored Claims after concurrent batches, a repeat, a fact dropped, a deletion and the backfill', async () => {
    await ingest(0, 120);
    const loaded = await expectCountsMatchClaims();
    // Facts many articles assert (the generator's divisions and roles recur), so the counts are not all 1.
    expect(Math.max(...Object.values(loaded).map(Number))).toBeGreaterThan(5);

    await ingest(0, 40);
    expect(await expectCountsMatchClaims()).toEqual(loaded);

    // Article 5 re-ingested without its first fact (a new title, so it is a change); article 6 deleted.
    const original = articles[5]!;
    const [dropped, ...kept] = original.extraction.relations;
    const [replaced] = await db.graph.ingestDocuments([
      {
        ...original,
        extraction: {
          ...original.extraction,
          source: { ...original.extraction.source, title: 'Revised' },
          relations: kept,
        },
      },
    ]);
    expect(replaced!.ok ? replaced!.outcome.changed : replaced!.error.message).toBe(true);
    expect(await db.graph.deleteSource(articles[6]!.extraction.source.id)).toBe(true);
    const after = await expectCountsMatchClaims();
    const droppedKey = Object.keys(loaded).find((key) =>
      key.startsWith(`${dropped!.type}|${dropped!.from}|${dropped!.to}|`),
    )!;
    expect(after[droppedKey] ?? 0).toBeLessThan(loaded[droppedKey]!);

    // A graph written before the edges counted their Claims: applySchema counts them once.
    await db.driver.executeQuery('MATCH ()-[e]->() WHERE e.claims IS NOT NULL REMOVE e.claims');
    await db.driver.executeQuery('MATCH (d:SchemaMigration) DELETE d');
    await db.graph.applySchema();
    expect(await expectCountsMatchClaims()).toEqual(after);
  }, 300_000);

  it("rank a company's divisions in its view by the articles asserting them, as articles come, change and go", async () => {
    await db.graph.deleteAll();
    await db.graph.applySchema();
    const [cars, air] = ['division:norrvik-cars', 'division:hallberg-air'];
    /** Article `n` of Hallberg Group (its `version`-th text) naming both units, asserting that `units` are part of it. */
    const article = (n: number, units: string[], version = 1) => {
      const text = `Hallberg Group owns Norrvik Cars and Hallberg Air, report ${n} says (version ${version}).`;
      return {
        text,
        extraction: buildExtraction({
          id: `article:hallberg-${n}`,
          text,
          publishedAt: `2026-03-0${n}`,
          entities: [
            { id: 'company:hallberg-group', type: 'Company', name: 'Hallberg Group', mentions: ['Hallberg Group'] },
            { id: cars, type: 'Division', name: 'Norrvik Cars', mentions: ['Norrvik Cars'] },
            { id: air, type: 'Division', name: 'Hallberg Air', mentions: ['Hallberg Air'] },
          ],
          relations: units.map((from) => ({ type: 'PART_OF', from, to: 'company:hallberg-group', evidence: [text] })),
        }),
      };
    };
    /** The divisions the company's view shows, strongest first (no articles: they mention both alike). */
    const ranked = async () =>
      (await db.graph.neighbourhood('company:hallberg-group', 1, null, { mentions: false })).nodes
        .slice(1)
        .map((node) => node.id);

    // Three articles at once, each its own transaction: all three find no edge yet and create or merge it.
    const written = await Promise.all(
      [article(1, [cars, air]), article(2, [cars, air]), article(3, [cars])].map((doc) =>
        db.graph.ingestDocuments([doc]),
      ),
    );
    expect(written.flat().every((result) => result.ok)).toBe(true);
    expect(await expectCountsMatchClaims()).toEqual({
      [`PART_OF|${cars}|company:hallberg-group|`]: 3,
      [`PART_OF|${air}|company:hallberg-group|`]: 2,
    });
    expect(await ranked()).toEqual([cars, air]);

    // Article 3 now says Hallberg Air is the unit, not Norrvik Cars: 2 against 3.
    const [changed] = await db.graph.ingestDocuments([article(3, [air], 2)]);
    expect(changed!.ok ? changed!.outcome.changed : changed!.error.message).toBe(true);
    await expectCountsMatchClaims();
    expect(await ranked()).toEqual([air, cars]);

    // Articles 1 and 2 deleted: Hallberg Air keeps article 3's claim; no article says Norrvik Cars is a unit.
    for (const n of [1, 2]) expect(await db.graph.deleteSource(`article:hallberg-${n}`)).toBe(true);
    expect(await expectCountsMatchClaims()).toEqual({ [`PART_OF|${air}|company:hallberg-group|`]: 1 });
    expect(await ranked()).toEqual([air]);
  }, 120_000);
});
