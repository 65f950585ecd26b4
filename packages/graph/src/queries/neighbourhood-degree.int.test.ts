import { describe, expect, it } from 'vitest';
import { buildExtraction } from '../testing/build-extraction.js';
import { distinctNeighbours, neighbourhoodDegrees } from '../testing/neighbourhood-degrees.js';
import { ingestConcurrently, useTestGraph } from '../testing/test-graph.js';
import { NEIGHBOURHOOD_WALKED } from './neighbourhood-degree.js';
import { neighbourhoodQuery } from './neighbourhood-query.js';

/**
 * The degree the explorer shows on a node ("N neighbours") counts each neighbour once, even when two kinds of
 * relationship join them: an article that names the outlet it cites (MENTIONS and CITES), from either end. More
 * articles than NEIGHBOURHOOD_WALKED make the outlet and the company dense, so their degrees come from the degree
 * store minus the neighbours they share a MENTIONS with (neighbourhood-degree.ts); `walked: 0` sends every node,
 * articles included, that way. Every article also reports one layoff the outlet supports, so the event is dense
 * too: `reportedShare: 0` counts its REPORTS in the degree store and looks its SUPPORTS up for a REPORTS each. A
 * `scan` below the outlet's articles caps each degree at it, read or counted.
 */
const db = useTestGraph();
const ARTICLES = NEIGHBOURHOOD_WALKED + 10;
/** A scan below the outlet's articles (and the layoff's reports): degrees past it are capped. */
const SCAN = 40;
const [outlet, company, unit] = ['source:norrvik-post', 'company:hallberg-group', 'division:hallberg-air'];
const layoff = 'event:layoff-hallberg-group-2026-02';

function article(n: number) {
  const text = `Norrvik Post reported that Hallberg Group will cut ${n + 100} jobs at Hallberg Air, its airline unit.`;
  return {
    text,
    extraction: buildExtraction({
      id: `article:post-${n}`,
      text,
      publishedAt: `2026-02-${String((n % 28) + 1).padStart(2, '0')}`,
      entities: [
        { id: outlet, type: 'Source', name: 'Norrvik Post', kind: 'outlet', mentions: ['Norrvik Post'] },
        { id: company, type: 'Company', name: 'Hallberg Group', mentions: ['Hallberg Group'] },
        { id: unit, type: 'Division', name: 'Hallberg Air', mentions: ['Hallberg Air'] },
      ],
      relations: [
        { type: 'CITES', from: `article:post-${n}`, to: outlet, evidence: [text] },
        { type: 'PART_OF', from: unit, to: company, evidence: [text] },
      ],
      events: [
        {
          id: layoff,
          kind: 'layoff',
          organization: company,
          divisions: [unit],
          count: n + 100,
          percent: null,
          when: '2026-02',
          status: 'announced',
          evidence: [text],
        },
      ],
      supports: [{ by: outlet, event: layoff, evidence: [text] }],
    }),
  };
}

describe('neighbourhood degrees (issue 17)', () => {
  it('count an article that cites and names an outlet once, at both ends, dense or not', async () => {
    await ingestConcurrently(
      db.graph,
      Array.from({ length: ARTICLES }, (_, n) => article(n)),
    );
    const views = [outlet, company, layoff, 'article:post-3'].flatMap((focus) =>
      [1, 2].map((depth) => ({ focus, depth })),
    );
    for (const { focus, depth } of views) {
      const plain = neighbourhoodQuery(focus, depth, null);
      const forced = { ...plain, params: { ...plain.params, walked: 0, reportedShare: 0 } };
      const capped = { ...plain, params: { ...plain.params, walked: 0, reportedShare: 0, scan: SCAN } };
      const degrees = await neighbourhoodDegrees(db.driver, plain);
      const forcedDegrees = await neighbourhoodDegrees(db.driver, forced);
      const cappedDegrees = await neighbourhoodDegrees(db.driver, capped);
      const truth = await distinctNeighbours(
        db.driver,
        degrees.map(([id]) => id),
      );
      expect(degrees, `${focus}, depth ${depth}`).toEqual(truth);
      expect(forcedDegrees, `${focus}, depth ${depth}, every node by the degree store`).toEqual(truth);
      const cappedTruth = await distinctNeighbours(
        db.driver,
        cappedDegrees.map(([id]) => id),
      );
      expect(cappedDegrees, `${focus}, depth ${depth}, scan ${SCAN}`).toEqual(
        cappedTruth.map(([id, degree]) => [id, Math.min(degree, SCAN)]),
      );
    }
    // The layoff's neighbours: its articles once each, the outlet (supporting it once per article), the company,
    // the unit and the layoff's story.
    expect((await neighbourhoodDegrees(db.driver, neighbourhoodQuery(layoff, 1, null)))[0]).toEqual([
      layoff,
      ARTICLES + 4,
    ]);
    // The outlet's neighbours are its articles, once each, though every one both cites and names it, and the
    // layoff it supports (once, though for every article).
    const shown = await neighbourhoodDegrees(db.driver, neighbourhoodQuery(outlet, 1, null));
    expect(shown[0]).toEqual([outlet, ARTICLES + 1]);
  }, 360_000);
});
