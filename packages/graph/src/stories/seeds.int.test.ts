import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { createGraph, type Graph } from '../graph.js';

const seeds = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
let graph: Graph;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
  const results = await graph.ingestTexts(
    files.map((f) => ({ text: readFileSync(join(seeds, f), 'utf8'), uri: `seeds/${f}` })),
  );
  expect(results.every((r) => r.ok)).toBe(true);
});
afterAll(() => graph.close());

/** Issue 13, "Done when", on the seeds (extracted by the real extractor; the seeds carry no publication dates). */
describe('the seeds: what has Amazon cut since 2023, and according to whom?', () => {
  it('counts 18,000, 9,000 and 14,000 once each, AWS’s "hundreds" as unquantified, the 27,000 beside them', async () => {
    const totals = await graph.totals({ filter: { organization: 'company:amazon', from: '2023' }, groupBy: 'YEAR' });
    const rounds = totals.periods.flatMap((p) => p.rounds);
    expect(rounds.map((r) => r.count ?? r.countText).sort()).toEqual([
      14000,
      18000,
      9000,
      'hundreds',
      'thousands more',
    ]);
    expect(totals.total).toBe(18000 + 9000 + 14000);
    expect(totals.unquantified).toBe(2);
    expect(rounds.find((r) => r.countText === 'hundreds')).toMatchObject({
      fromUnitId: 'division:amazon-web-services',
    });
    // The reported 27,000 is shown once, from both articles that give it, beside the sum and never in it.
    expect(totals.runningTotals.map((t) => [t.story.count, t.story.sourceCount, t.coveredCount])).toEqual([
      [27000, 2, 27000],
    ]);
    expect(totals.runningTotals[0]!.covers.map((r) => r.count).sort()).toEqual([18000, 9000]);
  });

  it('places the undated rounds at their report time (the day they were ingested) and says so', async () => {
    const totals = await graph.totals({ filter: { organization: 'company:amazon', from: '2023' }, groupBy: 'YEAR' });
    const undated = totals.periods.flatMap((p) => p.rounds).filter((r) => r.when === null);
    expect(undated.map((r) => r.count ?? r.countText).sort()).toEqual([14000, 'hundreds', 'thousands more']);
    for (const r of undated) expect(r).toMatchObject({ placedBy: 'REPORT_TIME', placedStart: today });
    expect(totals.periods.map((p) => p.period)).toEqual(['2023', today.slice(0, 4)]);
  });

  it('lists the sources behind each number', async () => {
    const totals = await graph.totals({ filter: { organization: 'company:amazon', from: '2023' }, groupBy: 'YEAR' });
    const stories = [...totals.periods.flatMap((p) => p.rounds), ...totals.runningTotals.map((t) => t.story)];
    const claims = await graph.storyClaims(
      stories.map((s) => s.id),
      20,
    );
    const sourcesOf = (figure: number | string) => {
      const story = stories.find((s) => (s.count ?? s.countText) === figure)!;
      return claims
        .get(story.id)!
        .map((c) => c.sourceId)
        .sort();
    };
    expect(sourcesOf(18000)).toEqual(['article:file:seeds/002_29044a7c9eb14809.txt']);
    expect(sourcesOf(14000)).toEqual(['article:file:seeds/000_c3705ce366644198.txt']);
    expect(sourcesOf('hundreds')).toEqual(['article:file:seeds/004_e67eb07e96e8ffef.txt']);
    expect(sourcesOf(27000)).toEqual([
      'article:file:seeds/002_29044a7c9eb14809.txt',
      'article:file:seeds/004_e67eb07e96e8ffef.txt',
    ]);
    // What a figure rests on: "thousands more … according to sources familiar with the matter".
    const thousands = stories.find((s) => s.countText === 'thousands more')!;
    expect(claims.get(thousands.id)![0]).toMatchObject({ basisKind: 'anonymous' });
  });

  it('gives Jassy’s and Galetti’s statements with their quotes', async () => {
    const said = await graph.statementsBy(['person:andy-jassy', 'person:beth-galetti'], 10);
    expect(said.get('person:andy-jassy')!.map((s) => s.quote)).toEqual([
      'the use of such AI agents could significantly alter how work gets done inside Amazon',
    ]);
    expect(said.get('person:beth-galetti')!.map((s) => s.quote)).toEqual([
      'the company wanted to work “leaner” with sharper ownership so teams can move fast on behalf of customers and the business',
    ]);
    const text = readFileSync(join(seeds, '000_c3705ce366644198.txt'), 'utf8');
    for (const s of [...said.values()].flat()) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });

  it('keeps the two internal memos apart: each is its article’s own', async () => {
    const rows = await graph.executor.read<{ id: string }>({
      cypher: "MATCH (s:Source {kind: 'internal-memo'}) RETURN s.id AS id ORDER BY id",
      params: {},
    });
    expect(rows.map((r) => r.id)).toEqual([
      'source:amazon-internal-memo-file-seeds-000-c3705ce366644198-txt',
      'source:amazon-internal-memo-file-seeds-004-e67eb07e96e8ffef-txt',
    ]);
  });
});
