import { cypher, type CypherQuery } from '../query.js';
import type { StoryAssignment } from '../stories/assign-stories.js';

/**
 * For each event id: whether it already belongs to a story, and its organization with that organization's
 * PART_OF ancestors (nearest first; may repeat) and units. Row: `{ id, hasStory, orgId, ancestors, units }`.
 */
export function storyInputsQuery(eventIds: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $eventIds AS id
      MATCH (ev:Node:Event {id: id})
      OPTIONAL MATCH (ev)-[:ORGANIZATION]->(o:Node)
      RETURN id, EXISTS { (ev)-[:IN_STORY]->(:Story) } AS hasStory, o.id AS orgId,
             CASE WHEN o IS NULL THEN [] ELSE COLLECT { MATCH p = (o)-[:PART_OF*1..3]->(a:Node) RETURN a.id ORDER BY length(p), a.id } END AS ancestors,
             CASE WHEN o IS NULL THEN [] ELSE COLLECT { MATCH (u:Node)-[:PART_OF*1..3]->(o) RETURN DISTINCT u.id } END AS units`,
    params: { eventIds },
  };
}

/** What the candidate lookup of one new event needs. */
export interface CandidateLookup {
  eventId: string;
  kind: string;
  runningTotal: boolean;
  /** The event's organization, its ancestors and its units ('' for events without one). */
  orgs: string[];
  lo: string;
  hi: string;
}

/**
 * Takes the story locks (one node per root organization and kind, in sorted order, held to commit: two batches
 * cannot start the same story), then returns the stories each new event could join: same kind and round/total,
 * organization among `orgs`, range overlapping [lo, hi] (index on Story(orgId, kind)).
 * Row: `{ eventId, candidates: [{ id, kind, orgId, ancestors, runningTotal, start, end, minCount, maxCount,
 * minPercent, maxPercent, vague }] }`.
 */
export function lockAndCandidatesQuery(
  locks: Array<{ id: string; org: string }>,
  lookups: CandidateLookup[],
): CypherQuery {
  return {
    cypher: cypher`
      CALL () {
        UNWIND $locks AS lock
        MERGE (l:StoryLock {id: lock.id})
        ON CREATE SET l.org = lock.org
        SET l.taken = coalesce(l.taken, 0) + 1
      }
      UNWIND $lookups AS q
      RETURN q.eventId AS eventId, COLLECT {
        MATCH (st:Story)
        WHERE st.orgId IN q.orgs AND st.kind = q.kind AND st.runningTotal = q.runningTotal AND st.start <= q.hi AND st.end >= q.lo
        OPTIONAL MATCH (st)-[:ABOUT]->(o:Node)
        RETURN st {.id, .kind, .orgId, .runningTotal, .start, .end, .minCount, .maxCount, .minPercent, .maxPercent,
                   vague: coalesce(st.vague, []),
                   ancestors: CASE WHEN o IS NULL THEN [] ELSE COLLECT { MATCH (o)-[:PART_OF*1..3]->(a:Node) RETURN DISTINCT a.id } END}
        ORDER BY st.id LIMIT 50
      } AS candidates`,
    params: { locks, lookups },
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

/**
 * Folds new claims (one per article and event) into their stories' summaries, O(1) each: counts of claims and
 * sources, the range of counts and percents, vague figures, the first and last report, the most precise event
 * time and where the story is placed in time (`placedStart`/`placedEnd`: the event time's days, else the first
 * report day), whether any claim is an open-ended running total, and the preferred claim (greatest preference key).
 */
export function addClaimsQuery(claims: Array<{ sourceId: string; eventId: string }>): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $claims AS c
      MATCH (s:Node {id: c.sourceId})-[r:REPORTS]->(ev:Node:Event {id: c.eventId})-[:IN_STORY]->(st:Story)
      WITH st, r, s, ev, NOT EXISTS { MATCH (s)-[:REPORTS]->(e2:Event)-[:IN_STORY]->(st) WHERE e2.id < ev.id } AS firstOfSource
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
      SET st.placedStart = CASE WHEN st.when IS NULL THEN st.firstReportedAt WHEN size(st.when) = 4 THEN st.when + '-01-01' WHEN size(st.when) = 7 THEN st.when + '-01' ELSE st.when END,
          st.placedEnd = CASE WHEN st.when IS NULL THEN st.firstReportedAt WHEN size(st.when) = 4 THEN st.when + '-12-31' WHEN size(st.when) = 7 THEN st.when + '-31' ELSE st.when END
      WITH st, r, s, ev WHERE st.preferKey IS NULL OR r.preferKey > st.preferKey
      SET st.preferKey = r.preferKey, st.preferredSourceId = s.id, st.preferredEventId = ev.id, st.count = r.count,
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
            st.status = best.r.status, st.basisKind = best.r.basisKind,
            st.placedStart = CASE WHEN bestWhen IS NULL THEN firstReportedAt WHEN size(bestWhen) = 4 THEN bestWhen + '-01-01' WHEN size(bestWhen) = 7 THEN bestWhen + '-01' ELSE bestWhen END,
            st.placedEnd = CASE WHEN bestWhen IS NULL THEN firstReportedAt WHEN size(bestWhen) = 4 THEN bestWhen + '-12-31' WHEN size(bestWhen) = 7 THEN bestWhen + '-31' ELSE bestWhen END
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
