/**
 * Versions of the story candidate statement for story-candidates-ab.ts (`--variants
 * packages/graph/bench/story-candidates-variants.ts`), measured in docs/BENCHMARKS.md "Round 5". Some drop a
 * behaviour on purpose (noLock, noCandAnc, noUnits): they say what a part costs, and are not candidates to ship.
 */
import { storyCandidatesQuery } from '../src/ingest/story-statements.js';

const LOCKS = `
      CALL (fresh) {
        UNWIND fresh AS f
        WITH DISTINCT coalesce(last(f.ancestors), f.orgId, '') AS org, f.e.kind AS kind
        ORDER BY org, kind
        MERGE (l:StoryLock {id: org + '|' + kind})
        ON CREATE SET l.org = org
        SET l.taken = coalesce(l.taken, 0) + 1
      }`;
const CANDIDATES = (ancestors: string) => `
      UNWIND fresh AS f
      RETURN f.e.id AS eventId, f.orgId AS orgId, f.ancestors AS ancestors, COLLECT {
        MATCH (st:Story)
        WHERE st.orgId IN [coalesce(f.orgId, '')] + f.ancestors + f.units AND st.kind = f.e.kind
          AND st.runningTotal = f.e.runningTotal AND st.start <= f.e.hi AND st.end >= f.e.lo
        OPTIONAL MATCH (st)-[:ABOUT]->(so:Node)
        RETURN st {.id, .kind, .orgId, .runningTotal, .start, .end, .minCount, .maxCount, .minPercent, .maxPercent,
                   vague: coalesce(st.vague, []),
                   ancestors: ${ancestors}}
        ORDER BY st.id LIMIT 50
      } AS candidates`;
const CASE_ANC = `CASE WHEN so IS NULL THEN [] ELSE COLLECT { MATCH (so)-[:PART_OF*1..3]->(a:Node) RETURN DISTINCT a.id } END`;
const NOCASE_ANC = `COLLECT { MATCH (so)-[:PART_OF*1..3]->(a:Node) RETURN DISTINCT a.id }`;
const HEAD = `
      UNWIND $events AS e
      MATCH (ev:Node:Event {id: e.id})
      WHERE NOT EXISTS { (ev)-[:IN_STORY]->(:Story) }
      OPTIONAL MATCH (ev)-[:ORGANIZATION]->(o:Node)`;
const ANC = `COLLECT { MATCH p = (o)-[:PART_OF*1..3]->(a:Node) RETURN a.id ORDER BY length(p), a.id }`;
const UNITS = `COLLECT { MATCH (u:Node)-[:PART_OF*1..3]->(o) RETURN DISTINCT u.id }`;

export const variants: Record<string, string> = {
  noLock: `${HEAD}
      WITH e, o.id AS orgId,
           CASE WHEN o IS NULL THEN [] ELSE ${ANC} END AS ancestors,
           CASE WHEN o IS NULL THEN [] ELSE ${UNITS} END AS units
      WITH collect({e: e, orgId: orgId, ancestors: ancestors, units: units}) AS fresh
      ${CANDIDATES(CASE_ANC)}`,
  noCandAnc: `${HEAD}
      WITH e, o.id AS orgId,
           CASE WHEN o IS NULL THEN [] ELSE ${ANC} END AS ancestors,
           CASE WHEN o IS NULL THEN [] ELSE ${UNITS} END AS units
      WITH collect({e: e, orgId: orgId, ancestors: ancestors, units: units}) AS fresh
      ${LOCKS}
      ${CANDIDATES('[]')}`,
  noUnits: `${HEAD}
      WITH e, o.id AS orgId,
           CASE WHEN o IS NULL THEN [] ELSE ${ANC} END AS ancestors, [] AS units
      WITH collect({e: e, orgId: orgId, ancestors: ancestors, units: units}) AS fresh
      ${LOCKS}
      ${CANDIDATES(CASE_ANC)}`,
  noCase: `${HEAD}
      WITH e, o.id AS orgId, ${ANC} AS ancestors, ${UNITS} AS units
      WITH collect({e: e, orgId: orgId, ancestors: ancestors, units: units}) AS fresh
      ${LOCKS}
      ${CANDIDATES(NOCASE_ANC)}`,
  perOrg: `${HEAD}
      WITH o, collect(e) AS es
      WITH o, es, ${ANC} AS ancestors, ${UNITS} AS units
      UNWIND es AS e
      WITH collect({e: e, orgId: o.id, ancestors: ancestors, units: units}) AS fresh
      ${LOCKS}
      ${CANDIDATES(NOCASE_ANC)}`,
};

/** The current statement's own text a second time: how much two runs of one plan differ. */
variants['currentAgain'] = storyCandidatesQuery([]).cypher;
