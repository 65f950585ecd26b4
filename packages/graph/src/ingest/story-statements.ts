import { cypher, type CypherQuery } from '../query.js';
import type { StoryAssignment } from '../stories/assign-stories.js';

/** A new event of the batch as the candidate lookup needs it: its kind, round or total, and days (from TS). */
export interface CandidateLookup {
  id: string;
  kind: string;
  runningTotal: boolean;
  lo: string;
  hi: string;
}

/**
 * For the events of a batch that have no story yet: their organization with its PART_OF ancestors (nearest first;
 * may repeat) and the stories they could join — same kind and round/total, organization among theirs, their
 * ancestors' and their units', range overlapping [lo, hi] (index on Story(orgId, kind)). First it takes the
 * story locks, one node per root organization and kind in sorted order, held to commit: two concurrent batches
 * cannot both start the same story. Row per fresh event: `{ eventId, orgId, ancestors, candidates }`.
 */
export function storyCandidatesQuery(events: CandidateLookup[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $events AS e
      MATCH (ev:Node:Event {id: e.id})
      WHERE NOT EXISTS { (ev)-[:IN_STORY]->(:Story) }
      OPTIONAL MATCH (ev)-[:ORGANIZATION]->(o:Node)
      WITH e, o.id AS orgId,
           CASE WHEN o IS NULL THEN [] ELSE COLLECT { MATCH p = (o)-[:PART_OF*1..3]->(a:Node) RETURN a.id ORDER BY length(p), a.id } END AS ancestors,
           CASE WHEN o IS NULL THEN [] ELSE COLLECT { MATCH (u:Node)-[:PART_OF*1..3]->(o) RETURN DISTINCT u.id } END AS units
      WITH collect({e: e, orgId: orgId, ancestors: ancestors, units: units}) AS fresh
      CALL (fresh) {
        UNWIND fresh AS f
        WITH DISTINCT coalesce(last(f.ancestors), f.orgId, '') AS org, f.e.kind AS kind
        ORDER BY org, kind
        MERGE (l:StoryLock {id: org + '|' + kind})
        ON CREATE SET l.org = org
        SET l.taken = coalesce(l.taken, 0) + 1
      }
      UNWIND fresh AS f
      RETURN f.e.id AS eventId, f.orgId AS orgId, f.ancestors AS ancestors, COLLECT {
        MATCH (st:Story)
        WHERE st.orgId IN [coalesce(f.orgId, '')] + f.ancestors + f.units AND st.kind = f.e.kind
          AND st.runningTotal = f.e.runningTotal AND st.start <= f.e.hi AND st.end >= f.e.lo
        OPTIONAL MATCH (st)-[:ABOUT]->(so:Node)
        RETURN st {.id, .kind, .orgId, .runningTotal, .start, .end, .minCount, .maxCount, .minPercent, .maxPercent,
                   vague: coalesce(st.vague, []),
                   ancestors: CASE WHEN so IS NULL THEN [] ELSE COLLECT { MATCH (so)-[:PART_OF*1..3]->(a:Node) RETURN DISTINCT a.id } END}
        ORDER BY st.id LIMIT 50
      } AS candidates`,
    params: { events },
  };
}

/**
 * Creates the new stories (with their ABOUT link to the organization) and links each new event to its story;
 * a story's range of days grows to include the event's.
 */
export function writeStoriesQuery(assignments: StoryAssignment[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $assignments AS a
      MATCH (ev:Node:Event {id: a.eventId})
      MERGE (st:Node {id: a.storyId})
      ON CREATE SET st:Story, st.kind = a.kind, st.orgId = coalesce(a.orgId, ''), st.runningTotal = a.runningTotal,
                    st.start = a.start, st.end = a.end, st.claimCount = 0, st.sourceCount = 0, st.vague = []
      SET st.start = CASE WHEN a.start < st.start THEN a.start ELSE st.start END,
          st.end = CASE WHEN a.end > st.end THEN a.end ELSE st.end END
      CREATE (ev)-[:IN_STORY]->(st)
      WITH st, a WHERE a.isNew AND a.orgId IS NOT NULL
      MATCH (o:Node {id: a.orgId})
      CREATE (st)-[:ABOUT]->(o)`,
    params: { assignments },
  };
}

/** One new claim to fold into its event's story: the figures of its REPORTS edge, as written by the same batch. */
export interface StoryClaimRow {
  sourceId: string;
  eventId: string;
  report: Record<string, unknown>;
}

/**
 * Folds new claims (one per article and event) into their stories' summaries, O(1) each: counts of claims and
 * sources, the range of counts and percents, vague figures, the first and last report, the most precise event
 * time, whether any claim is an open-ended running total, and the preferred claim (greatest preference key).
 * The figures come with the claims (they are the REPORTS edges the batch just wrote), and a source counts once per
 * story at its claim with the smallest event id: every claim of a written source is in the batch (its old ones
 * were removed first), so neither the REPORTS edges of a much-reported event nor the source's other events are
 * read.
 */
export function addClaimsQuery(claims: StoryClaimRow[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $claims AS c
      MATCH (ev:Node:Event {id: c.eventId})-[:IN_STORY]->(st:Story)
      WITH st, c ORDER BY c.eventId
      WITH st, c.sourceId AS sourceId, collect(c) AS ofSource
      UNWIND range(0, size(ofSource) - 1) AS i
      WITH st, ofSource[i].report AS r, sourceId, ofSource[i].eventId AS eventId, i = 0 AS firstOfSource
      SET st.claimCount = st.claimCount + 1,
          st.sourceCount = st.sourceCount + CASE WHEN firstOfSource THEN 1 ELSE 0 END,
          st.minCount = CASE WHEN r.count IS NOT NULL AND (st.minCount IS NULL OR r.count < st.minCount) THEN r.count ELSE st.minCount END,
          st.maxCount = CASE WHEN r.count IS NOT NULL AND (st.maxCount IS NULL OR r.count > st.maxCount) THEN r.count ELSE st.maxCount END,
          st.minPercent = CASE WHEN r.percent IS NOT NULL AND (st.minPercent IS NULL OR r.percent < st.minPercent) THEN r.percent ELSE st.minPercent END,
          st.maxPercent = CASE WHEN r.percent IS NOT NULL AND (st.maxPercent IS NULL OR r.percent > st.maxPercent) THEN r.percent ELSE st.maxPercent END,
          st.vague = CASE WHEN r.count IS NULL AND r.countText IS NOT NULL AND NOT toLower(r.countText) IN st.vague THEN st.vague + toLower(r.countText) ELSE st.vague END,
          st.firstReportedAt = CASE WHEN st.firstReportedAt IS NULL OR r.reportedAt < st.firstReportedAt THEN r.reportedAt ELSE st.firstReportedAt END,
          st.lastReportedAt = CASE WHEN st.lastReportedAt IS NULL OR r.reportedAt > st.lastReportedAt THEN r.reportedAt ELSE st.lastReportedAt END,
          st.when = CASE WHEN r.when IS NOT NULL AND size(r.when) > size(coalesce(st.when, '')) THEN r.when ELSE st.when END,
          st.openEnded = coalesce(st.openEnded, false) OR coalesce(r.cumulative, false)
      WITH st, r, sourceId, eventId WHERE st.preferKey IS NULL OR r.preferKey > st.preferKey
      SET st.preferKey = r.preferKey, st.preferredSourceId = sourceId, st.preferredEventId = eventId, st.count = r.count,
          st.countText = r.countText, st.percent = r.percent, st.status = r.status, st.basisKind = r.basisKind`,
    params: { claims },
  };
}

/** Stories the source's claims belong to (before they are removed). Row: `{ storyIds }`. */
export function storiesOfSourceQuery(sourceIds: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $sourceIds AS id
      MATCH (:Node:Source {id: id})-[:REPORTS]->(:Event)-[:IN_STORY]->(st:Story)
      RETURN collect(DISTINCT st.id) AS storyIds`,
    params: { sourceIds },
  };
}

/**
 * Recomputes stories from their remaining claims after a source was replaced or deleted (so the next claim
 * becomes preferred), and deletes stories left without events. The range of days is kept (it only widens the
 * candidates of later events).
 */
export function recomputeStoriesQuery(storyIds: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $storyIds AS id
      MATCH (st:Node:Story {id: id})
      CALL (st) {
        OPTIONAL MATCH (st)<-[:IN_STORY]-(ev:Event)<-[r:REPORTS]-(s:Source)
        WITH r, s, ev ORDER BY r.preferKey DESC
        RETURN count(r) AS claims, count(DISTINCT s) AS sources,
               head(collect(CASE WHEN r IS NULL THEN null ELSE {r: r, s: s.id, ev: ev.id} END)) AS best,
               min(r.count) AS minCount, max(r.count) AS maxCount, min(r.percent) AS minPercent, max(r.percent) AS maxPercent,
               collect(DISTINCT CASE WHEN r.count IS NULL THEN toLower(r.countText) END) AS vague,
               min(r.reportedAt) AS firstReportedAt, max(r.reportedAt) AS lastReportedAt,
               reduce(w = null, x IN collect(r.when) | CASE WHEN size(x) > size(coalesce(w, '')) THEN x ELSE w END) AS bestWhen,
               any(x IN collect(coalesce(r.cumulative, false)) WHERE x) AS openEnded
      }
      CALL (st, claims) {
        WITH st WHERE claims = 0 AND NOT EXISTS { (st)<-[:IN_STORY]-() }
        DETACH DELETE st
      }
      CALL (st, claims, sources, best, minCount, maxCount, minPercent, maxPercent, vague, firstReportedAt, lastReportedAt, bestWhen, openEnded) {
        WITH st WHERE claims > 0
        SET st.claimCount = claims, st.sourceCount = sources, st.minCount = minCount, st.maxCount = maxCount,
          st.minPercent = minPercent, st.maxPercent = maxPercent, st.vague = vague, st.firstReportedAt = firstReportedAt,
          st.lastReportedAt = lastReportedAt, st.when = bestWhen, st.openEnded = openEnded,
          st.preferKey = best.r.preferKey, st.preferredSourceId = best.s, st.preferredEventId = best.ev,
          st.count = best.r.count, st.countText = best.r.countText, st.percent = best.r.percent,
            st.status = best.r.status, st.basisKind = best.r.basisKind
      }`,
    params: { storyIds },
  };
}

/** Deletes story locks whose root organization is gone (after a source was deleted); a handful of nodes at most. */
export function removeStaleLocksQuery(): CypherQuery {
  return {
    cypher: cypher`
      MATCH (l:StoryLock)
      WHERE CASE WHEN l.org = '' THEN NOT EXISTS { MATCH (:Story {orgId: ''}) } ELSE NOT EXISTS { MATCH (:Node {id: l.org}) } END
      DELETE l`,
    params: {},
  };
}
