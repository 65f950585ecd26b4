import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { createGraph, type Graph } from '../graph.js';
import { buildExtraction } from '../testing/build-extraction.js';

/**
 * Which story a new event joins, for each way the candidate lookup finds a story (ingest/story-statements.ts
 * `storyCandidatesQuery`): its own organization's, an ancestor's (a unit's round joins its parent's), a unit's (a
 * parent's round joins the story about its unit, however deep and whenever the PART_OF edge arrived), and none (an
 * event without an organization; unrelated organizations). Invented companies; figures of one round (March 2025,
 * counts within the ratio a round allows).
 */
let graph: Graph;

const GROUP = {
  id: 'company:norrvik-group',
  type: 'Company' as const,
  name: 'Norrvik Group',
  mentions: ['Norrvik Group'],
};
const CARS = {
  id: 'division:norrvik-cars',
  type: 'Division' as const,
  name: 'Norrvik Cars',
  mentions: ['Norrvik Cars'],
};
const NORDIC = {
  id: 'division:norrvik-cars-nordic',
  type: 'Division' as const,
  name: 'Nordic Assembly',
  mentions: ['Nordic Assembly'],
};
const TRUCKS = {
  id: 'division:norrvik-trucks',
  type: 'Division' as const,
  name: 'Norrvik Trucks',
  mentions: ['Norrvik Trucks'],
};
const KESTREL = { id: 'company:kestrel', type: 'Company' as const, name: 'Kestrel', mentions: ['Kestrel'] };
type Org = typeof GROUP | typeof CARS | typeof NORDIC | typeof TRUCKS | typeof KESTREL;

/** An article reporting one round of `count` cuts at `org` (null: no organization named), and units it names. */
function article(
  n: string,
  org: Org | null,
  count: number,
  units: Array<[Org, Org]> = [],
  { publishedAt = '2025-03-20' } = {},
) {
  const parts = units.map(([unit, parent]) => `${unit.name} is a unit of ${parent.name}.`);
  const cut = `${org ? org.name : 'The carmaker'} will cut ${count.toLocaleString('en-US')} jobs in March 2025.`;
  const text = [...parts, cut].join(' ');
  const entities = [...new Map([...units.flat(), ...(org ? [org] : [])].map((e) => [e.id, e])).values()];
  return {
    extraction: buildExtraction({
      id: `article:${n}`,
      text,
      publishedAt,
      entities,
      relations: units.map(([unit, parent], i) => ({
        type: 'PART_OF',
        from: unit.id,
        to: parent.id,
        evidence: [parts[i]!],
      })),
      events: [
        {
          id: eventId(org, count),
          kind: 'layoff',
          organization: org?.id ?? null,
          divisions: [],
          count,
          percent: null,
          when: '2025-03',
          status: 'announced',
          evidence: [cut],
        },
      ],
    }),
    text,
  };
}

/** An article that only says which unit belongs to whom (no event). */
function unitsArticle(n: string, units: Array<[Org, Org]>) {
  const parts = units.map(([unit, parent]) => `${unit.name} is a unit of ${parent.name}.`);
  const text = parts.join(' ');
  return {
    extraction: buildExtraction({
      id: `article:${n}`,
      text,
      publishedAt: '2025-02-01',
      entities: [...new Map(units.flat().map((e) => [e.id, e])).values()],
      relations: units.map(([unit, parent], i) => ({
        type: 'PART_OF',
        from: unit.id,
        to: parent.id,
        evidence: [parts[i]!],
      })),
    }),
    text,
  };
}

const eventId = (org: Org | null, count: number) =>
  `event:layoff-${org ? org.id.split(':')[1] : 'unnamed'}-${count}-2025-03`;
const storyOf = (org: Org | null, count: number) => `story:${eventId(org, count).replace(/^event:/, '')}`;

async function ingest(...docs: Array<{ extraction: ReturnType<typeof buildExtraction>; text: string }>) {
  for (const doc of docs) await graph.ingestDocument(doc.extraction, doc.text);
}

/** The story each event is in, by event id. */
async function storiesOfEvents(): Promise<Record<string, string>> {
  const rows = await graph.executor.read<{ eventId: string; storyId: string }>({
    cypher: 'MATCH (ev:Event)-[:IN_STORY]->(st:Story) RETURN ev.id AS eventId, st.id AS storyId ORDER BY eventId',
    params: {},
  });
  return Object.fromEntries(rows.map((r) => [r.eventId, r.storyId]));
}

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await graph.applySchema();
});
beforeEach(() => graph.deleteAll());
afterAll(() => graph.close());

describe('which story a new event joins', () => {
  it('its own organization’s story', async () => {
    await ingest(article('1', GROUP, 1000), article('2', GROUP, 1200));
    expect(await storiesOfEvents()).toEqual({
      [eventId(GROUP, 1000)]: storyOf(GROUP, 1000),
      [eventId(GROUP, 1200)]: storyOf(GROUP, 1000),
    });
  });

  it('its parent’s story: a unit’s round joins the round of the company it is part of', async () => {
    await ingest(article('1', GROUP, 1000), article('2', CARS, 1200, [[CARS, GROUP]]));
    expect(await storiesOfEvents()).toEqual({
      [eventId(GROUP, 1000)]: storyOf(GROUP, 1000),
      [eventId(CARS, 1200)]: storyOf(GROUP, 1000),
    });
  });

  it('its unit’s story: a parent’s round joins the story about its unit, also two levels down', async () => {
    await ingest(article('1', CARS, 1000, [[CARS, GROUP]]), article('2', GROUP, 1200));
    expect(await storiesOfEvents()).toEqual({
      [eventId(CARS, 1000)]: storyOf(CARS, 1000),
      [eventId(GROUP, 1200)]: storyOf(CARS, 1000),
    });
    await graph.deleteAll();
    await ingest(
      article('3', NORDIC, 1000, [
        [NORDIC, CARS],
        [CARS, GROUP],
      ]),
      article('4', GROUP, 1200),
    );
    expect(await storiesOfEvents()).toEqual({
      [eventId(NORDIC, 1000)]: storyOf(NORDIC, 1000),
      [eventId(GROUP, 1200)]: storyOf(NORDIC, 1000),
    });
  });

  it('its unit’s story when the PART_OF edge arrived after that story, and not once that edge is gone', async () => {
    // The unit's round is told first without saying whose unit it is; another article says so later.
    await ingest(article('1', CARS, 1000), unitsArticle('2', [[CARS, GROUP]]), article('3', GROUP, 1200));
    expect(await storiesOfEvents()).toEqual({
      [eventId(CARS, 1000)]: storyOf(CARS, 1000),
      [eventId(GROUP, 1200)]: storyOf(CARS, 1000),
    });
    // Deleting the only article that says so removes the edge: the parent's next report starts a story of its own.
    await graph.deleteSource('article:2');
    await ingest(article('4', GROUP, 1100, [], { publishedAt: '2025-03-21' }));
    expect((await storiesOfEvents())[eventId(GROUP, 1100)]).toBe(storyOf(GROUP, 1100));
  });

  it('not its unit’s story once the article that said so is re-ingested without it', async () => {
    await ingest(article('1', CARS, 1000), unitsArticle('2', [[CARS, GROUP]]));
    // The same article (same uri) now names the unit of another company.
    const changed = unitsArticle('2', [[CARS, KESTREL]]);
    await ingest(changed, article('3', GROUP, 1200));
    expect((await storiesOfEvents())[eventId(GROUP, 1200)]).toBe(storyOf(GROUP, 1200));
    // …and Kestrel's round joins the unit's story now.
    await ingest(article('4', KESTREL, 1100));
    expect((await storiesOfEvents())[eventId(KESTREL, 1100)]).toBe(storyOf(CARS, 1000));
  });

  it('no story of a sibling unit or an unrelated company; events without an organization only share among themselves', async () => {
    await ingest(
      unitsArticle('0', [
        [CARS, GROUP],
        [TRUCKS, GROUP],
      ]),
      article('1', CARS, 1000),
      article('2', TRUCKS, 1100),
      article('3', KESTREL, 1200),
      article('4', null, 1000),
      article('5', null, 1150),
    );
    expect(await storiesOfEvents()).toEqual({
      [eventId(CARS, 1000)]: storyOf(CARS, 1000),
      [eventId(TRUCKS, 1100)]: storyOf(TRUCKS, 1100),
      [eventId(KESTREL, 1200)]: storyOf(KESTREL, 1200),
      [eventId(null, 1000)]: storyOf(null, 1000),
      [eventId(null, 1150)]: storyOf(null, 1000),
    });
  });
});
