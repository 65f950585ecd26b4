import { cypherFragment as f, type CypherFragment } from '../query.js';

/**
 * Pieces shared by the story queries (stories page, stories by id, totals). Each query comes in two variants:
 * **now** reads the summaries ingestion keeps on each story (O(stories)); **asOf** recomputes them from the claims
 * reported by `$asOf` (O(claims of the stories selected)) and drops stories nobody had reported yet.
 */

/** `st` → the story map as kept by ingestion. */
export const STORED_STORY = f`
  st {.id, .kind, .orgId, .runningTotal, openEnded: coalesce(st.openEnded, false), .when,
      placedStart: CASE WHEN st.when IS NULL THEN st.firstReportedAt WHEN size(st.when) = 4 THEN st.when + '-01-01' WHEN size(st.when) = 7 THEN st.when + '-01' ELSE st.when END,
      placedEnd: CASE WHEN st.when IS NULL THEN st.firstReportedAt WHEN size(st.when) = 4 THEN st.when + '-12-31' WHEN size(st.when) = 7 THEN st.when + '-31' ELSE st.when END,
      .firstReportedAt, .lastReportedAt, .count, .countText, .percent, .status, .basisKind, .preferredSourceId,
      .preferredEventId, .claimCount, .sourceCount, .minCount, .maxCount, .minPercent, .maxPercent}`;

/**
 * `st` → `claims` (visible by `$asOf`) and `story`, the same map recomputed from those claims with the
 * preference rule (greatest preferKey).
 */
export const VISIBLE_STORY = f`
  CALL (st) {
    OPTIONAL MATCH (st)<-[:IN_STORY]-(ev:Event)<-[r:REPORTS]-(s:Source)
    WHERE r.reportedAt <= $asOf
    WITH r, s, ev ORDER BY r.preferKey DESC
    WITH count(r) AS claims, count(DISTINCT s) AS sources,
         head(collect(CASE WHEN r IS NULL THEN null ELSE {r: r, s: s.id, ev: ev.id} END)) AS best,
         min(r.count) AS minCount, max(r.count) AS maxCount, min(r.percent) AS minPercent, max(r.percent) AS maxPercent,
         min(r.reportedAt) AS firstReportedAt, max(r.reportedAt) AS lastReportedAt,
         reduce(w = null, x IN collect(r.when) | CASE WHEN size(x) > size(coalesce(w, '')) THEN x ELSE w END) AS bestWhen,
         any(x IN collect(coalesce(r.cumulative, false)) WHERE x) AS openEnded
    RETURN claims, {
      id: st.id, kind: st.kind, orgId: st.orgId, runningTotal: st.runningTotal, openEnded: openEnded, when: bestWhen,
      placedStart: CASE WHEN bestWhen IS NULL THEN firstReportedAt WHEN size(bestWhen) = 4 THEN bestWhen + '-01-01' WHEN size(bestWhen) = 7 THEN bestWhen + '-01' ELSE bestWhen END,
      placedEnd: CASE WHEN bestWhen IS NULL THEN firstReportedAt WHEN size(bestWhen) = 4 THEN bestWhen + '-12-31' WHEN size(bestWhen) = 7 THEN bestWhen + '-31' ELSE bestWhen END,
      firstReportedAt: firstReportedAt, lastReportedAt: lastReportedAt, count: best.r.count, countText: best.r.countText,
      percent: best.r.percent, status: best.r.status, basisKind: best.r.basisKind, preferredSourceId: best.s,
      preferredEventId: best.ev, claimCount: claims, sourceCount: sources, minCount: minCount, maxCount: maxCount,
      minPercent: minPercent, maxPercent: maxPercent
    } AS story
  }`;

/**
 * `$organization` (with its units when `$includeUnits`) → `orgs`, the organization ids whose stories count.
 */
export const ORGANIZATION_FAMILY = f`
  OPTIONAL MATCH (root:Node {id: $organization})
  WITH [$organization] + CASE WHEN $includeUnits AND root IS NOT NULL
    THEN COLLECT { MATCH (u:Node)-[:PART_OF*1..3]->(root) RETURN DISTINCT u.id } ELSE [] END AS orgs`;

/** Stories of `orgs` of the kinds `$kinds` (index on Story(orgId, kind)). */
export const STORIES_OF_ORGS = f`
  MATCH (st:Story)
  WHERE st.orgId IN orgs AND st.kind IN $kinds`;

/** Stories of the kinds `$kinds`, any organization. */
export const STORIES_OF_ANY = f`
  MATCH (st:Story)
  WHERE st.kind IN $kinds`;

/** The last day a story's time covers: a running total since a date runs to its first report. */
export const COVER_END = f`CASE WHEN story.runningTotal AND story.openEnded THEN story.firstReportedAt ELSE story.placedEnd END`;

/**
 * The two variants of a statement: `build` gets the clause that binds `story` — the stored map, or the map
 * recomputed from the claims visible on `$asOf` (stories with none dropped) — with the variables `carried` (a
 * fragment like `total, coversEnd, `) kept alongside.
 */
export function variants(
  build: (selectStory: CypherFragment) => string,
  carried: CypherFragment = f``,
): { now: string; asOf: string } {
  return {
    now: build(f`WITH ${carried}${STORED_STORY} AS story`),
    asOf: build(f`${VISIBLE_STORY}
  WITH ${carried}story WHERE claims > 0`),
  };
}
