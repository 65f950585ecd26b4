import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { createGraph, type Graph } from '../graph.js';
import type { PageWindow } from '../queries/page-queries.js';
import type { StoryFilter } from '../queries/story-queries.js';
import type { KeysetPage } from '../records.js';
import type { StoryRecord } from '../story-records.js';
import { buildExtraction } from '../testing/build-extraction.js';

let graph: Graph;
const pagina = { id: 'company:pagina', type: 'Company' as const, name: 'Pagina', mentions: ['Pagina'] };

/**
 * One article per round: a layoff in each month of 2024 and the first half of 2025 (18 stories), a hiring round
 * in three of those months (same placed day as the layoff: the id breaks the tie) and one undated restructuring placed
 * by its report day — 22 stories, more than four pages of 5.
 */
function rounds() {
  const specs: Array<{
    id: string;
    kind: 'layoff' | 'hiring' | 'restructuring';
    count: number;
    when: string | null;
    day: string;
  }> = [];
  for (let i = 0; i < 18; i++) {
    const month = `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    specs.push({ id: `l${i}`, kind: 'layoff', count: 100 + i * 37, when: month, day: `${month}-15` });
  }
  for (const i of [2, 7, 13]) {
    const month = specs[i]!.when!;
    specs.push({ id: `h${i}`, kind: 'hiring', count: 50 + i, when: month, day: `${month}-20` });
  }
  specs.push({ id: 'u', kind: 'restructuring', count: 777, when: null, day: '2024-06-03' });
  return specs;
}

async function ingestRound(spec: ReturnType<typeof rounds>[number]) {
  const verb = { layoff: 'cut', hiring: 'hire', restructuring: 'restructure and shed' }[spec.kind];
  const text = `Pagina said it would ${verb} ${spec.count} workers.`;
  await graph.ingestDocument(
    buildExtraction({
      id: `article:pagina-${spec.id}`,
      text,
      publishedAt: spec.day,
      entities: [pagina],
      events: [
        {
          id: `event:${spec.kind}-pagina-${spec.count}`,
          kind: spec.kind,
          organization: pagina.id,
          divisions: [],
          count: spec.count,
          percent: null,
          when: spec.when,
          status: 'announced',
          evidence: [text],
        },
      ],
    }),
    text,
  );
}

const filter: StoryFilter = { organization: pagina.id };
const page = (window: PageWindow, f: StoryFilter = filter) => graph.storiesPage({ filter: f, window });
const ids = (p: KeysetPage<StoryRecord>) => p.items.map((s) => s.id);

/** Every story by following `after` (or `before`, from the end) page by page; asserts each page's flags. */
async function walk(size: number, backward: boolean, f: StoryFilter = filter) {
  const seen: string[][] = [];
  let cursor: KeysetPage<StoryRecord>['keys'][number] | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const p: KeysetPage<StoryRecord> = await page({ first: size, cursor, backward }, f);
    seen.push(ids(p));
    const more = backward ? p.hasPreviousPage : p.hasNextPage;
    const other = backward ? p.hasNextPage : p.hasPreviousPage;
    expect(other).toBe(cursor !== null);
    if (!more) return seen;
    expect(p.items).toHaveLength(size);
    cursor = backward ? p.keys[0]! : p.keys.at(-1)!;
  }
  throw new Error('paging did not end');
}

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.deleteAll();
  await graph.applySchema();
  for (const spec of rounds()) await ingestRound(spec);
});
afterAll(() => graph.close());

describe('stories by keyset cursors', () => {
  it('pages forwards and backwards through 22 stories with no duplicate and no gap, in time order', async () => {
    const all = await page({ first: 100, cursor: null });
    expect(all.totalCount).toBe(22);
    expect(all.items).toHaveLength(22);
    const keys = all.items.map((s) => `${s.placedStart}|${s.id}`);
    expect(keys).toEqual([...keys].sort());
    // The undated round sits at its report day; two stories share each hiring month's first day.
    expect(all.items.find((s) => s.count === 777)).toMatchObject({
      placedBy: 'REPORT_TIME',
      placedStart: '2024-06-03',
    });
    expect(new Set(all.items.map((s) => s.placedStart)).size).toBeLessThan(22);

    const forward = await walk(5, false);
    expect(forward.map((p) => p.length)).toEqual([5, 5, 5, 5, 2]);
    expect(forward.flat()).toEqual(ids(all));

    const backward = await walk(5, true);
    expect(backward.map((p) => p.length)).toEqual([5, 5, 5, 5, 2]);
    expect(backward.reverse().flat()).toEqual(ids(all));
  });

  it('a page after a cursor stays put when stories are added before it, and reading back returns the same page', async () => {
    const first = await page({ first: 5, cursor: null });
    const second = await page({ first: 5, cursor: first.keys.at(-1)! });
    await ingestRound({ id: 'early', kind: 'layoff', count: 9, when: '2020-01', day: '2020-01-10' });
    const again = await page({ first: 5, cursor: first.keys.at(-1)! });
    expect(ids(again)).toEqual(ids(second));
    expect(again.totalCount).toBe(second.totalCount + 1);
    const back = await page({ first: 5, cursor: again.keys[0]!, backward: true });
    // The five before the second page are the first page again; the story added before them is one more back.
    expect(ids(back)).toEqual(ids(first));
    expect(back).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const start = await page({ first: 5, cursor: back.keys[0]!, backward: true });
    expect(start.items.map((s) => s.count)).toEqual([9]);
    expect(start).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('pages a filtered list and the list as known on a day (asOf) the same way', async () => {
    const hiring: StoryFilter = { ...filter, kind: 'hiring' };
    const hirings = await page({ first: 100, cursor: null }, hiring);
    expect(hirings.items.map((s) => s.kind)).toEqual(['hiring', 'hiring', 'hiring']);
    expect((await walk(2, false, hiring)).flat()).toEqual(ids(hirings));
    const asOf: StoryFilter = { ...filter, asOf: '2024-12-31' };
    const known = await page({ first: 100, cursor: null }, asOf);
    const forward = (await walk(4, false, asOf)).flat();
    expect(forward).toEqual(ids(known));
    expect((await walk(4, true, asOf)).reverse().flat()).toEqual(forward);
    expect(known.items.every((s) => s.firstReportedAt <= '2024-12-31')).toBe(true);
    expect(known.totalCount).toBe(12 + 2 + 1 + 1); // 2024's layoffs, two hirings, the undated round, the 2020 one
  });
});
