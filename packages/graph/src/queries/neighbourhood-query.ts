import type { CursorKey } from '../keyset-cursor.js';
import { cypher, cypherFragment as f, type CypherFragment, type CypherQuery } from '../query.js';
import { MENTIONS_NEWEST_ORDER } from './mention-pages.js';
import { NEIGHBOURHOOD_REPORTED_SHARE, NEIGHBOURHOOD_WALKED, shownEdgesAndDegrees } from './neighbourhood-degree.js';
import { rawNodeProjection, relationshipProjection } from './projections.js';

/** Default and largest number of neighbours kept around each expanded node. */
export const NEIGHBOURHOOD_LIMIT = { default: 100, max: 500 };

/** Default and largest number of nodes in one view (the focus included). */
export const NEIGHBOURHOOD_MAX_NODES = { default: 100, max: 500 };

/** Relationships examined per node before ranking: a hub's 2,000 strongest-looking candidates, not its millions. */
export const NEIGHBOURHOOD_SCAN = 2_000;

/**
 * The focus's candidates that cost a read each and are many where the news is (its mentioning articles, newest
 * first, and its ties that weigh nothing, such as a person's statements): this many per neighbour the view shows
 * (`limit`), at least NEIGHBOURHOOD_CANDIDATES_MIN (the explorer asks 20 at a time and pages on to 100 nodes) and
 * at most NEIGHBOURHOOD_SCAN, for every page of the view alike (param `$candidates`).
 */
export const NEIGHBOURHOOD_CANDIDATES_PER_SHOWN = 3;
export const NEIGHBOURHOOD_CANDIDATES_MIN = 100;

/** Edges returned per node shown (the edges among the shown nodes are capped at this × maxNodes). */
export const EDGES_PER_NODE = 3;

/** What a view shows besides its focus and depth; every field optional. */
export interface NeighbourhoodView {
  /** Most nodes in all, the focus included (default 100, at most 500). */
  maxNodes?: number | null;
  /** Depth 1 only: the focus's neighbours ranked after this `[strength, id]` (the previous view's next key). */
  after?: CursorKey | null;
  /** Node types to show (Company, Division, Person, Product, Event, Source); the focus is always shown. */
  types?: readonly string[] | null;
  /** Events by `when`, sources by `publishedAt`, as YYYY[-MM[-DD]] prefixes; undated nodes and entities stay. */
  from?: string | null;
  to?: string | null;
  /** Follow MENTIONS from the focus (default true); they are never followed beyond it. */
  mentions?: boolean | null;
}

const [x, y, r] = [f`x`, f`y`, f`r`];

/**
 * Node `n`'s type (Event, Source, or the entity's `type`) and the time it is filtered by (an event's `when`, a
 * source's `publishedAt`, null for entities), as `[type, time]`: each label and property read once.
 */
const typeAndTime = (n: CypherFragment) =>
  f`CASE WHEN ${n}:Event THEN ['Event', ${n}.when] WHEN ${n}:Source THEN ['Source', ${n}.publishedAt] ELSE [${n}.type, null] END`;

/**
 * Whether node `n` passes the type and time filters. Dates are prefixes: a node dated "2023" overlaps a range from
 * "2023-06", so `from` is cut to the node's precision before comparing; `$toMax` is `to` + U+FFFF. The node's
 * type and time are read once (`any` over a list of one, its test a CASE the planner cannot split into one
 * predicate per use): written out at each use, its labels and properties were read about seven times per
 * neighbour, and a filtered view of a hub cost 0.7–1.6 million database hits on the million-article store.
 */
const passes = (n: CypherFragment) =>
  f`any(tt IN [${typeAndTime(n)}] WHERE CASE
      WHEN $types IS NOT NULL AND NOT coalesce(tt[0] IN $types, false) THEN false
      WHEN tt[1] IS NULL THEN true
      ELSE ($from IS NULL OR tt[1] >= left($from, size(tt[1]))) AND ($toMax IS NULL OR tt[1] <= $toMax) END)`;

/**
 * The relationships a view follows besides MENTIONS: facts (PART_OF, HOLDS_ROLE, CITES), events and their reports
 * (ORGANIZATION, AFFECTS, PERSON, REPORTS, IN_STORY), statements (QUOTES, SPOKEN_BY, VIA, ABOUT) and cited sources'
 * support (SUPPORTS). Named in the pattern, not filtered after it: Neo4j then reads only these types' relationships
 * of a dense node. Expanding every relationship and filtering by type read a hub's mentions first — 2,000 of them
 * filled the scan, and the neighbourhood of a company named by 12,000 articles was 99 articles, none of its
 * divisions, executives or events. Bookkeeping (Claims, syndication's bands and copy groups, feed items) is never
 * named. run-ingest.int.test.ts checks that every type joining two nodes of the graph is here or MENTIONS.
 */
const TIES = f`PART_OF|HOLDS_ROLE|CITES|ORGANIZATION|AFFECTS|PERSON|REPORTS|IN_STORY|QUOTES|SPOKEN_BY|VIA|ABOUT|SUPPORTS`;

/** The TIES that may weigh something (see `weight`): facts, an event's organizations, reports. */
const WEIGHED_TIES = f`PART_OF|HOLDS_ROLE|CITES|ORGANIZATION|AFFECTS|REPORTS`;

/** The TIES that weigh nothing (see UNWEIGHED): statements, stories, supports, an event's people. */
const UNWEIGHED_TIES = f`PERSON|IN_STORY|QUOTES|SPOKEN_BY|VIA|ABOUT|SUPPORTS`;

/**
 * TIES but REPORTS and SPOKEN_BY: a dense node's degree counts the articles reporting it (an event) and the
 * statements it spoke (a person or organization) in the degree store.
 */
const UNCOUNTED = f`PART_OF|HOLDS_ROLE|CITES|ORGANIZATION|AFFECTS|PERSON|IN_STORY|QUOTES|VIA|ABOUT|SUPPORTS`;

/**
 * The articles that mention the focus `c` (an entity), newest first through the `mentions_newest` index, as
 * MENTIONS_NEWEST reads them for an entity page: the index holds each article's id, so ranking them by id reads
 * no article, and a hub's first `$scan` are its newest, not the first its relationship chain happens to hold.
 * The article is not matched by label as MENTIONS_NEWEST's is: only a source writes MENTIONS, so there is no
 * label to check on each of a hub's 2,000 candidates.
 */
const MENTIONING_NEWEST = f`MATCH (item)-[m:MENTIONS]->(c)
      USING INDEX SEEK m:MENTIONS(entityId, publishedAt, sourceId)
      WHERE m.entityId = c.id AND m.publishedAt >= '' AND m.sourceId >= ''`;

/** The union branches of the focus's MENTIONS: those naming it (newest first), those it writes (an article's). */
const MENTIONS_OF_FOCUS = f`UNION ALL
      ${MENTIONING_NEWEST}
      WITH m, item ${MENTIONS_NEWEST_ORDER} LIMIT $candidates
      RETURN m AS r, item AS x, 'MENTIONS' AS t, m.sourceId AS xid
      UNION ALL
      MATCH (c)-[r:MENTIONS]->(x)
      RETURN r, x, 'MENTIONS' AS t, x.id AS xid LIMIT $candidates`;

/** The ties that weigh nothing (never a fact's type, so never with `claims`). */
const UNWEIGHED = f`['PERSON', 'IN_STORY', 'QUOTES', 'SPOKEN_BY', 'VIA', 'ABOUT', 'SUPPORTS']`;

/**
 * How strongly one relationship ties its ends: the sources behind it. A fact edge (PART_OF, HOLDS_ROLE, CITES …)
 * has its Claims (one per source asserting it) counted by ingestion as `claims` (ingest/fact-claims.ts), so a hub's
 * PART_OF edge asserted by 100,000 articles costs one property read, not a count of its Claims; an event's
 * ORGANIZATION/AFFECTS counts the sources reporting the event, a MENTIONS the mentions in that article, a REPORTS
 * one; the other ties (statements, stories, supports, an event's people) nothing, without reading them: they are
 * types a fact may not take (prepare-document.ts's RESERVED_TYPES), so they never have `claims`, and reading it
 * cost a database hit per statement of a person quoted 2,000 times. Needs `t` bound to the relationship's type
 * (`type(r)` once per pattern: each call reads the relationship again) and `ev` to its event (or null).
 */
const weight = (rel: CypherFragment) => f`CASE t
      WHEN 'MENTIONS' THEN size(${rel}.starts)
      WHEN 'REPORTS' THEN 1
      WHEN 'ORGANIZATION' THEN COUNT { (ev)<-[:REPORTS]-() }
      WHEN 'AFFECTS' THEN COUNT { (ev)<-[:REPORTS]-() }
      ELSE CASE WHEN t IN ${UNWEIGHED} THEN 0 ELSE coalesce(${rel}.claims, 0) END END`;

/** The event end of an ORGANIZATION/AFFECTS relationship, else null. Needs `t` bound to its type, as `weight`. */
const eventOf = (rel: CypherFragment) => f`CASE WHEN t IN ['ORGANIZATION', 'AFFECTS'] THEN startNode(${rel}) END`;

/**
 * The view's statement. Unfiltered views (no types, no dates: the explorer's default) get a statement without the
 * filter (`filter` null): Cypher evaluates it for every relationship scanned even when every parameter is null,
 * and on a store of 100,000 articles the labels and dates it reads were over half the statement's database hits.
 * Views without MENTIONS get a statement without them, not a `$mentions` flag: a flag tested after an index seek
 * of the focus's mentions did not stop the seek (a view of ties only read all 12,000 mentions of a hub).
 */
const neighbourhoodStatement = (filter: ((n: CypherFragment) => CypherFragment) | null, mentions: boolean) => {
  const passing = filter ?? (() => f`true`);
  return cypher`
  MATCH (c:Node {id: $id})
  CALL (c) {
    // The ties first, then (while the scan allows) the articles that mention the focus: a hub's 100,000 mentions
    // must not crowd out its divisions and events. The ties that weigh nothing and the mentions are read up to
    // $candidates (a few per neighbour shown), not $scan: they rank below the facts (a mention weighs 1 or more),
    // and a person named by 2,000 articles, each with a statement of theirs, read all 4,000 to show 99.
    CALL (c) {
      MATCH (c)-[r:${WEIGHED_TIES}]-(x)
      RETURN r, x, type(r) AS t, x.id AS xid LIMIT $scan
      UNION ALL
      MATCH (c)-[r:${UNWEIGHED_TIES}]-(x)
      RETURN r, x, type(r) AS t, x.id AS xid LIMIT $candidates
      ${mentions ? MENTIONS_OF_FOCUS : f``}
    }
    WITH r, x, t, xid LIMIT $scan
    WITH r, x, t, xid WHERE ${passing(x)}
    WITH x, xid, r, t, ${eventOf(r)} AS ev
    WITH x, xid, sum(${weight(r)}) AS strength
    ORDER BY strength DESC, xid
    WITH collect({node: x, id: xid, strength: strength}) AS ranked
    WITH [e IN ranked WHERE $after IS NULL OR e.strength < $after[0] OR (e.strength = $after[0] AND e.id > $after[1])] AS rest
    RETURN rest[0..$limit] AS ring1, size(rest) > $limit AS more
  }
  CALL (c, ring1) {
    UNWIND CASE WHEN $depth >= 2 THEN ring1 ELSE [] END AS e
    WITH e.node AS x
    CALL (c, x) {
      MATCH (x)-[r:${TIES}]-(y)
      WHERE y <> c
      WITH r, y LIMIT $scan
      WITH r, y, type(r) AS t WHERE ${passing(y)}
      WITH y, r, t, ${eventOf(r)} AS ev
      WITH y, sum(${weight(r)}) AS strength
      ORDER BY strength DESC, y.id
      LIMIT $limit
      RETURN collect({node: y, strength: strength}) AS top
    }
    UNWIND range(0, size(top) - 1) AS rank
    WITH top[rank] AS t, rank
    WHERE NOT t.node IN [e IN ring1 | e.node]
    WITH t.node AS y, min(rank) AS rank, max(t.strength) AS strength
    ORDER BY rank, strength DESC, y.id
    RETURN collect(y) AS ring2
  }
  WITH c, ring1, more, ring2[0..CASE WHEN $maxNodes - 1 - size(ring1) < 0 THEN 0 ELSE $maxNodes - 1 - size(ring1) END] AS ring2
  WITH c, ring1, more, ([c] + [e IN ring1 | e.node] + ring2)[0..$maxNodes] AS shown
  ${shownEdgesAndDegrees({ ties: TIES, uncounted: UNCOUNTED, mentions, filter })}
  RETURN [n IN shown | ${rawNodeProjection(f`n`)}] AS nodes,
         [r IN rels | ${relationshipProjection(r)}] AS rels,
         degrees,
         CASE WHEN more THEN [last(ring1).strength, last(ring1).id] END AS next`;
};

/** The statements by filter and by whether MENTIONS are followed (then the focus's are read, and counted). */
const NEIGHBOURHOOD_STATEMENTS = {
  filtered: { mentions: neighbourhoodStatement(passes, true), ties: neighbourhoodStatement(passes, false) },
  unfiltered: { mentions: neighbourhoodStatement(null, true), ties: neighbourhoodStatement(null, false) },
};

const clamp = (value: number | null | undefined, fallback: number, max: number) =>
  Math.min(max, Math.max(1, Math.trunc(value ?? fallback)));

/**
 * The readable graph around `id`: its `limit` strongest neighbours (ranked by the sources behind the tie, see
 * `weight`), and with `depth` 2 theirs too — MENTIONS never followed past the focus, so an article that names
 * twenty firms does not pull them in — taken in turns (each neighbour's best, then each one's second …) until
 * `maxNodes`. Edges are those among the nodes shown (at most EDGES_PER_NODE × maxNodes). `degrees` gives each
 * shown node's number of neighbours under the same filters (at most NEIGHBOURHOOD_SCAN), `next` the key to pass
 * as `after` for more of the focus's neighbours. Row: `{ nodes, rels, degrees, next }`, none when `id` is unknown.
 *
 * The focus's neighbours are ranked among its facts (up to NEIGHBOURHOOD_SCAN), its newest mentioning articles and
 * its ties that weigh nothing (each up to NEIGHBOURHOOD_CANDIDATES_PER_SHOWN × `limit`, at least 100; 300 by
 * default): below that many, the same nodes as ranking everything. Where the news is bigger the view changes in two ways: its
 * articles are the strongest of the newest 300 (not of the newest 2,000), and paging with `after` ends after those
 * candidates (the entity page lists every source). The cost of a person's or division's view no longer grows with
 * the articles naming it: on neighbourhood-growth.int.test.ts's store a person's view cost 5,668 database hits at
 * 250 articles and 13,579 at 1,900 (docs/BENCHMARKS.md).
 */
export function neighbourhoodQuery(
  id: string,
  depth: number | null | undefined,
  limit: number | null | undefined,
  view: NeighbourhoodView = {},
): CypherQuery {
  const maxNodes = clamp(view.maxNodes, NEIGHBOURHOOD_MAX_NODES.default, NEIGHBOURHOOD_MAX_NODES.max);
  const types = view.types && view.types.length > 0 ? [...view.types] : null;
  const from = view.from || null;
  const toMax = view.to ? `${view.to}\uffff` : null;
  const filtered = types !== null || from !== null || toMax !== null;
  const mentions = view.mentions ?? true;
  const shown = clamp(limit, NEIGHBOURHOOD_LIMIT.default, NEIGHBOURHOOD_LIMIT.max);
  return {
    cypher: NEIGHBOURHOOD_STATEMENTS[filtered ? 'filtered' : 'unfiltered'][mentions ? 'mentions' : 'ties'],
    params: {
      id,
      depth: view.after ? 1 : clamp(depth, 1, 2),
      limit: shown,
      maxNodes,
      maxEdges: maxNodes * EDGES_PER_NODE,
      scan: NEIGHBOURHOOD_SCAN,
      candidates: Math.min(
        NEIGHBOURHOOD_SCAN,
        Math.max(NEIGHBOURHOOD_CANDIDATES_MIN, NEIGHBOURHOOD_CANDIDATES_PER_SHOWN * shown),
      ),
      after: view.after ?? null,
      ...(filtered ? { types, from, toMax } : {}),
      ...(filtered ? {} : { walked: NEIGHBOURHOOD_WALKED, reportedShare: NEIGHBOURHOOD_REPORTED_SHARE }),
    },
  };
}
