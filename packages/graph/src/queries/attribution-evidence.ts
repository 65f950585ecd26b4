import { LIST_CAPS } from '../list-caps.js';
import { cypher, type CypherQuery } from '../query.js';
import type { EvidenceRef } from '../records.js';

/** Claims of a story whose quotes back its ABOUT edge: the preferred ones first. */
const STORY_EVIDENCE_CLAIMS = 5;
/** At most this many quotes per edge, as for every evidence list. */
const QUOTES = LIST_CAPS.quotesPerEvidence;

const STATEMENT_EVIDENCE = cypher`
  UNWIND $ids AS id
  OPTIONAL MATCH (st:Node:Statement {id: id})
  RETURN 'statement:' + id AS ref,
         CASE WHEN st IS NULL THEN [] ELSE [{sourceId: st.sourceId, start: st.sentenceStart, end: st.sentenceEnd, text: st.sentence}] END AS items`;

const SUPPORT_EVIDENCE = cypher`
  UNWIND $pairs AS pair
  OPTIONAL MATCH (:Node {id: pair.fromId})-[sup:SUPPORTS]->(:Node {id: pair.toId})
  WITH pair, sup ORDER BY sup.articleId
  WITH pair, collect(sup)[0..$quotes] AS sups
  RETURN pair.ref AS ref, reduce(acc = [], x IN sups | acc + [i IN range(0, size(x.starts) - 1) | {sourceId: x.articleId, start: x.starts[i], end: x.ends[i], text: x.quotes[i]}])[0..$quotes] AS items`;

const STORY_EVIDENCE = cypher`
  UNWIND $ids AS id
  OPTIONAL MATCH (st:Node:Story {id: id})
  RETURN 'story:' + id AS ref, CASE WHEN st IS NULL THEN [] ELSE reduce(acc = [], x IN COLLECT {
    MATCH (st)<-[:IN_STORY]-(:Event)<-[r:REPORTS]-(s:Source)
    RETURN {r: r, s: s.id} AS x ORDER BY r.preferKey DESC LIMIT $claims
  } | acc + [i IN range(0, size(x.r.starts) - 1) | {sourceId: x.s, start: x.r.starts[i], end: x.r.ends[i], text: x.r.quotes[i]}])[0..$quotes] END AS items`;

/**
 * Evidence of the edges around statements, supports and stories, one statement per kind present: a statement's
 * sentence (QUOTES, SPOKEN_BY, VIA), the sentences an article ties a cited source to a fact with (SUPPORTS), and
 * the quotes of a story's preferred claims (ABOUT). Row: `{ ref, items: EvidenceRecord[] }`.
 */
export function attributionEvidenceQueries(refs: readonly EvidenceRef[]): CypherQuery[] {
  const statements: string[] = [];
  const supports: Array<{ ref: string; fromId: string; toId: string }> = [];
  const stories: string[] = [];
  for (const ref of refs) {
    if (ref.kind === 'statement') statements.push(ref.statementId);
    else if (ref.kind === 'support')
      supports.push({ ref: `support:${ref.fromId}|${ref.toId}`, fromId: ref.fromId, toId: ref.toId });
    else if (ref.kind === 'story') stories.push(ref.storyId);
  }
  const queries: CypherQuery[] = [];
  if (statements.length > 0) queries.push({ cypher: STATEMENT_EVIDENCE, params: { ids: [...new Set(statements)] } });
  if (supports.length > 0) queries.push({ cypher: SUPPORT_EVIDENCE, params: { pairs: supports, quotes: QUOTES } });
  if (stories.length > 0)
    queries.push({
      cypher: STORY_EVIDENCE,
      params: { ids: [...new Set(stories)], claims: STORY_EVIDENCE_CLAIMS, quotes: QUOTES },
    });
  return queries;
}
