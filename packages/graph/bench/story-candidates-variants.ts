/**
 * Versions of the story candidate statement for story-candidates-ab.ts (`--variants
 * packages/graph/bench/story-candidates-variants.ts`), measured in docs/BENCHMARKS.md "Round 5". Each is today's
 * statement (`storyCandidatesQuery`) with the one part it tests replaced (`replacePart` throws when that part is no
 * longer in the statement, so a changed statement fails here instead of a version measuring an old text). Some drop
 * a behaviour on purpose (noLock, noCandAnc, noUnits): they say what a part costs, and are not candidates to ship.
 */
import { storyCandidatesQuery } from '../src/ingest/story-statements.js';
import { replacePart } from '../src/testing/replace-part.js';

/** The fresh event's organization's PART_OF ancestors and units, and a candidate story's ancestors. */
const ANCESTORS = 'COLLECT { MATCH p = (o)-[:PART_OF*1..3]->(a:Node) RETURN a.id ORDER BY length(p), a.id }';
const UNITS = 'COLLECT { MATCH (u:Node)-[:PART_OF*1..3]->(o) RETURN DISTINCT u.id }';
const STORY_ANCESTORS = 'COLLECT { MATCH (so)-[:PART_OF*1..3]->(a:Node) RETURN DISTINCT a.id }';
const ifOrg = (subquery: string) => `CASE WHEN o IS NULL THEN [] ELSE ${subquery} END`;
const ifStoryOrg = `CASE WHEN so IS NULL THEN [] ELSE ${STORY_ANCESTORS} END`;

/** The story locks taken before the lookup (lines as `cypher` trims them). */
const LOCKS = [
  'CALL (fresh) {',
  'UNWIND fresh AS f',
  "WITH DISTINCT coalesce(last(f.ancestors), f.orgId, '') AS org, f.e.kind AS kind",
  'ORDER BY org, kind',
  "MERGE (l:StoryLock {id: org + '|' + kind})",
  'ON CREATE SET l.org = org',
  'SET l.taken = coalesce(l.taken, 0) + 1',
  '}\n',
].join('\n');

/** Ancestors and units computed for each fresh event. */
const PER_EVENT = [
  'WITH e, o.id AS orgId,',
  `${ifOrg(ANCESTORS)} AS ancestors,`,
  `${ifOrg(UNITS)} AS units`,
  'WITH collect({e: e, orgId: orgId, ancestors: ancestors, units: units}) AS fresh',
].join('\n');

/** The versions, each built from `current` (the production statement's text); throws when a part is missing. */
export function buildVariants(current: string): Record<string, string> {
  const without = (part: string, replacement: string) => replacePart(current, part, replacement);
  return {
    noLock: without(LOCKS, ''),
    noCandAnc: without(`ancestors: ${ifStoryOrg}}`, 'ancestors: []}'),
    noUnits: without(`${ifOrg(UNITS)} AS units`, '[] AS units'),
    // A MATCH from a null node matches nothing: the same rows without the CASE around each subquery.
    noCase: [
      [`${ifOrg(ANCESTORS)} AS ancestors`, `${ANCESTORS} AS ancestors`],
      [`${ifOrg(UNITS)} AS units`, `${UNITS} AS units`],
      [`ancestors: ${ifStoryOrg}}`, `ancestors: ${STORY_ANCESTORS}}`],
    ].reduce((text, [part, replacement]) => replacePart(text, part!, replacement!), current),
    perOrg: without(
      PER_EVENT,
      [
        'WITH o, collect(e) AS es',
        `WITH o, es, ${ANCESTORS} AS ancestors, ${UNITS} AS units`,
        'UNWIND es AS e',
        'WITH collect({e: e, orgId: o.id, ancestors: ancestors, units: units}) AS fresh',
      ].join('\n'),
    ),
    /** The current statement's own text a second time: how much two runs of one plan differ. */
    currentAgain: current,
  };
}

export const variants: Record<string, string> = buildVariants(storyCandidatesQuery([]).cypher);
