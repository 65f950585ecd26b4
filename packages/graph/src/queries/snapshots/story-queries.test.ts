import { describe, expect, it } from 'vitest';
import { evidenceQueries } from '../evidence-queries.js';
import { statementsByIdsQuery, statementsByQuery, statementsInQuery, supportsOfQuery } from '../statement-queries.js';
import {
  coversQuery,
  eventReportTimesQuery,
  leadershipQuery,
  reportTimesQuery,
  storiesByIdsQuery,
  storiesPageQuery,
  storyClaimsQuery,
  storyOfEventsQuery,
} from '../story-queries.js';
import { totalsQuery } from '../totals-query.js';
import { ORGANIZATION_FAMILY, STORED_STORY, VISIBLE_STORY } from '../story-selection.js';
import { cypher } from '../../query.js';
import type { CypherQuery } from '../../query.js';
import { expectBound } from './bound-params.js';

const ids = ['story:layoff-amazon-14000'];
const amazon = { organization: 'company:amazon' };

/** The pieces every story statement is built from, each pinned once below and named in the other snapshots. */
const SHARED = { STORED_STORY, VISIBLE_STORY, ORGANIZATION_FAMILY };

/** `expectBound`, then each shared piece's text in the statement replaced by its name (`‹STORED_STORY›`). */
function storyQuery(query: CypherQuery): CypherQuery {
  let text = expectBound(query).cypher;
  for (const [name, piece] of Object.entries(SHARED)) text = text.replaceAll(cypher`${piece}`, `‹${name}›`);
  return { ...query, cypher: text };
}

describe('story read queries', () => {
  it('the pieces they share: the stored story, the story as of a day, an organization with its units', () => {
    expect(Object.fromEntries(Object.entries(SHARED).map(([name, piece]) => [name, cypher`${piece}`])))
      .toMatchInlineSnapshot(`
      {
        "ORGANIZATION_FAMILY": "OPTIONAL MATCH (root:Node {id: $organization})
      WITH [$organization] + CASE WHEN $includeUnits AND root IS NOT NULL
      THEN COLLECT { MATCH (u:Node)-[:PART_OF*1..3]->(root) RETURN DISTINCT u.id } ELSE [] END AS orgs",
        "STORED_STORY": "st {.id, .kind, .orgId, .runningTotal, openEnded: coalesce(st.openEnded, false), .when,
      placedStart: CASE WHEN st.when IS NULL THEN st.firstReportedAt WHEN size(st.when) = 4 THEN st.when + '-01-01' WHEN size(st.when) = 7 THEN st.when + '-01' ELSE st.when END,
      placedEnd: CASE WHEN st.when IS NULL THEN st.firstReportedAt WHEN size(st.when) = 4 THEN st.when + '-12-31' WHEN size(st.when) = 7 THEN st.when + '-31' ELSE st.when END,
      .firstReportedAt, .lastReportedAt, .count, .countText, .percent, .status, .basisKind, .preferredSourceId,
      .preferredEventId, .claimCount, .sourceCount, .minCount, .maxCount, .minPercent, .maxPercent}",
        "VISIBLE_STORY": "CALL (st) {
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
      }",
      }
    `);
  });

  it('stories of an organization, now and as of a day; of any organization', () => {
    const filter = { ...amazon, from: '2023', to: '2025-10' };
    expect(storyQuery(storiesPageQuery(filter, { first: 20, cursor: null }))).toMatchInlineSnapshot(`
      {
        "cypher": "‹ORGANIZATION_FAMILY›
      MATCH (st:Story)
      WHERE st.orgId IN orgs AND st.kind IN $kinds WITH
      ‹STORED_STORY› AS story
      WITH story
      WHERE ($runningTotal IS NULL OR story.runningTotal = $runningTotal)
      AND ($from IS NULL OR CASE WHEN story.runningTotal AND story.openEnded THEN story.firstReportedAt ELSE story.placedEnd END >= $from) AND ($to IS NULL OR story.placedStart <= $to)
      WITH story ORDER BY story.placedStart, story.id
      WITH collect(story) AS stories
      RETURN size(stories) AS totalCount,
      [story IN stories WHERE $cursor IS NULL OR ((story.placedStart > $cursor[0]) OR (story.placedStart = $cursor[0] AND story.id > $cursor[1])) | [story, [story.placedStart, story.id]]][0..($first + 1)] AS rows,
      $cursor IS NOT NULL AND any(story IN stories WHERE NOT ((story.placedStart > $cursor[0]) OR (story.placedStart = $cursor[0] AND story.id > $cursor[1]))) AS beyond",
        "params": {
          "cursor": null,
          "first": 20,
          "from": "2023-01-01",
          "includeUnits": true,
          "kinds": [
            "layoff",
            "restructuring",
            "hiring",
            "investment",
            "earnings",
          ],
          "organization": "company:amazon",
          "runningTotal": null,
          "to": "2025-10-31",
        },
      }
    `);
    expect(
      storyQuery(storiesPageQuery({ ...filter, asOf: '2025' }, { first: 20, cursor: ['2023-03-01', 'story:x'] }))
        .params,
    ).toMatchInlineSnapshot(`
      {
        "asOf": "2025-12-31",
        "cursor": [
          "2023-03-01",
          "story:x",
        ],
        "first": 20,
        "from": "2023-01-01",
        "includeUnits": true,
        "kinds": [
          "layoff",
          "restructuring",
          "hiring",
          "investment",
          "earnings",
        ],
        "organization": "company:amazon",
        "runningTotal": null,
        "to": "2025-10-31",
      }
    `);
    expect(
      storyQuery(storiesPageQuery({ kind: 'layoff', runningTotal: true }, { first: 5, cursor: null, backward: true })),
    ).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (st:Story)
      WHERE st.kind IN $kinds WITH
      ‹STORED_STORY› AS story
      WITH story
      WHERE ($runningTotal IS NULL OR story.runningTotal = $runningTotal)
      AND ($from IS NULL OR CASE WHEN story.runningTotal AND story.openEnded THEN story.firstReportedAt ELSE story.placedEnd END >= $from) AND ($to IS NULL OR story.placedStart <= $to)
      WITH story ORDER BY story.placedStart DESC, story.id DESC
      WITH collect(story) AS stories
      RETURN size(stories) AS totalCount,
      [story IN stories WHERE $cursor IS NULL OR ((story.placedStart < $cursor[0]) OR (story.placedStart = $cursor[0] AND story.id < $cursor[1])) | [story, [story.placedStart, story.id]]][0..($first + 1)] AS rows,
      $cursor IS NOT NULL AND any(story IN stories WHERE NOT ((story.placedStart < $cursor[0]) OR (story.placedStart = $cursor[0] AND story.id < $cursor[1]))) AS beyond",
        "params": {
          "cursor": null,
          "first": 5,
          "from": null,
          "kinds": [
            "layoff",
          ],
          "runningTotal": true,
          "to": null,
        },
      }
    `);
  });

  it('stories by id, their claims, the rounds a running total covers, the story of each event', () => {
    expect(storyQuery(storiesByIdsQuery(ids, null))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (st:Node:Story {id: id})
      WITH
      ‹STORED_STORY› AS story
      RETURN story",
        "params": {
          "ids": [
            "story:layoff-amazon-14000",
          ],
        },
      }
    `);
    expect(storyQuery(storiesByIdsQuery(ids, '2024-06')).params).toMatchInlineSnapshot(`
      {
        "asOf": "2024-06-30",
        "ids": [
          "story:layoff-amazon-14000",
        ],
      }
    `);
    expect(storyQuery(storyClaimsQuery(ids, 20, null))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (st:Node:Story {id: id})
      RETURN id, COLLECT {
      MATCH (st)<-[:IN_STORY]-(ev:Event)<-[r:REPORTS]-(s:Source)
      WHERE $asOf IS NULL OR r.reportedAt <= $asOf
      RETURN {storyId: st.id, sourceId: s.id, eventId: ev.id, count: r.count, countText: r.countText, percent: r.percent,
      when: r.when, status: r.status, runningTotal: coalesce(r.runningTotal, false), basis: coalesce(r.basis, [])[0..$basisCap],
      basisKind: coalesce(r.basisKind, 'news'), reportedAt: r.reportedAt,
      reportedAtFrom: coalesce(s.reportedAtFrom, 'ingested'), starts: r.starts, ends: r.ends, quotes: r.quotes} AS claim
      ORDER BY r.preferKey DESC
      LIMIT $first
      } AS items",
        "params": {
          "asOf": null,
          "basisCap": 20,
          "first": 20,
          "ids": [
            "story:layoff-amazon-14000",
          ],
        },
      }
    `);
    expect(storyQuery(coversQuery(ids, null))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (total:Node:Story {id: id})
      WITH id, total, CASE WHEN coalesce(total.openEnded, false) OR total.when IS NULL THEN total.firstReportedAt
      WHEN size(total.when) = 4 THEN total.when + '-12-31' WHEN size(total.when) = 7 THEN total.when + '-31' ELSE total.when END AS coversEnd,
      CASE WHEN total.when IS NULL THEN total.firstReportedAt WHEN size(total.when) = 4 THEN total.when + '-01-01'
      WHEN size(total.when) = 7 THEN total.when + '-01' ELSE total.when END AS coversStart
      OPTIONAL MATCH (total)-[:ABOUT]->(org:Node)
      WITH id, total, coversStart, coversEnd, coalesce(org.id, '') AS orgId,
      CASE WHEN org IS NULL THEN [] ELSE COLLECT { MATCH (u:Node)-[:PART_OF*1..3]->(org) RETURN DISTINCT u.id } END AS units
      CALL (total, coversStart, coversEnd, orgId, units) {
      MATCH (st:Story)
      WHERE st.orgId IN [orgId] + units AND st.kind = total.kind AND NOT st.runningTotal
      WITH total, coversStart, coversEnd,
      ‹STORED_STORY› AS story
      WITH story WHERE CASE WHEN story.when IS NOT NULL
      THEN story.placedStart >= coversStart AND story.placedEnd <= coversEnd
      ELSE story.firstReportedAt >= coversStart AND story.firstReportedAt < total.firstReportedAt END
      WITH story ORDER BY story.placedStart, story.id
      RETURN collect(story)[0..$coversCap] AS items
      }
      RETURN id, items",
        "params": {
          "coversCap": 100,
          "ids": [
            "story:layoff-amazon-14000",
          ],
        },
      }
    `);
    expect(storyQuery(storyOfEventsQuery(['event:a']))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $eventIds AS id
      MATCH (:Node:Event {id: id})-[:IN_STORY]->(st:Story)
      RETURN id, st.id AS storyId",
        "params": {
          "eventIds": [
            "event:a",
          ],
        },
      }
    `);
  });

  it('totals: one statement, groupBy and caps as params', () => {
    expect(storyQuery(totalsQuery({ ...amazon, from: '2023' }, 'QUARTER'))).toMatchInlineSnapshot(`
      {
        "cypher": "‹ORGANIZATION_FAMILY›
      MATCH (st:Story)
      WHERE st.orgId IN orgs AND st.kind IN $kinds WITH
      ‹STORED_STORY› AS story
      WITH story ORDER BY story.placedStart, story.id
      WITH collect(story) AS all
      WITH all,
      [s IN all WHERE NOT s.runningTotal AND ($from IS NULL OR s.placedEnd >= $from) AND ($to IS NULL OR s.placedStart <= $to)][0..$roundsCap] AS rounds,
      [s IN all WHERE s.runningTotal
      AND ($from IS NULL OR (CASE WHEN s.openEnded THEN s.firstReportedAt ELSE s.placedEnd END) >= $from)
      AND ($to IS NULL OR s.placedStart <= $to)] AS totals
      CALL (rounds) {
      UNWIND rounds AS s
      WITH s, coalesce(s.when, s.firstReportedAt) AS t
      WITH s, CASE $groupBy
      WHEN 'YEAR' THEN left(t, 4)
      WHEN 'QUARTER' THEN CASE WHEN size(t) >= 7 THEN left(t, 4) + '-Q' + toString((toInteger(substring(t, 5, 2)) + 2) / 3) ELSE t END
      ELSE CASE WHEN size(t) >= 7 THEN left(t, 7) ELSE t END
      END AS period
      ORDER BY s.placedStart, s.id
      WITH period, collect(s) AS stories, sum(coalesce(s.count, 0)) AS count
      ORDER BY period
      RETURN collect({period: period, count: count, rounds: stories}) AS periods
      }
      CALL (all, totals) {
      UNWIND totals AS t
      WITH all, t, CASE WHEN t.openEnded THEN t.firstReportedAt ELSE t.placedEnd END AS coversEnd
      WITH t, coversEnd, [r IN all WHERE NOT r.runningTotal AND CASE WHEN r.when IS NOT NULL
      THEN r.placedStart >= t.placedStart AND r.placedEnd <= coversEnd
      ELSE r.firstReportedAt >= t.placedStart AND r.firstReportedAt < t.firstReportedAt END][0..$coversCap] AS covered
      ORDER BY t.firstReportedAt DESC, t.id
      RETURN collect({story: t, coversStart: t.placedStart, coversEnd: coversEnd, covers: covered,
      coveredCount: reduce(n = 0, r IN covered | n + coalesce(r.count, 0))})[0..$totalsCap] AS runningTotals
      }
      RETURN periods, runningTotals, size(rounds) AS rounds, size([r IN rounds WHERE r.count IS NULL]) AS unquantified,
      reduce(n = 0, r IN rounds | n + coalesce(r.count, 0)) AS total",
        "params": {
          "coversCap": 100,
          "from": "2023-01-01",
          "groupBy": "QUARTER",
          "includeUnits": true,
          "kinds": [
            "layoff",
          ],
          "organization": "company:amazon",
          "roundsCap": 500,
          "to": null,
          "totalsCap": 10,
        },
      }
    `);
    expect(storyQuery(totalsQuery({ ...amazon, asOf: '2025-10-28' }, 'YEAR')).params).toMatchInlineSnapshot(`
        {
          "asOf": "2025-10-28",
          "coversCap": 100,
          "from": null,
          "groupBy": "YEAR",
          "includeUnits": true,
          "kinds": [
            "layoff",
          ],
          "organization": "company:amazon",
          "roundsCap": 500,
          "to": null,
          "totalsCap": 10,
        }
      `);
  });

  it('statements, supports, report times, leadership changes', () => {
    expect(expectBound(statementsByQuery(['person:andy-jassy'], 20, '2025'))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      RETURN id, COLLECT {
      MATCH (st:Statement)
      WHERE st.speakerId = id AND st.reportedAt <= coalesce($asOf, '9999-12-31')
      RETURN
      st {.id, .speakerId, .sourceId, .viaId, .quote, .start, .end, .direct, .attribution, .attributionStart,
      .attributionEnd, .sentence, .sentenceStart, .sentenceEnd, .when, .reportedAt} AS statement
      ORDER BY st.reportedAt DESC, st.id
      LIMIT $first
      } AS items",
        "params": {
          "asOf": "2025-12-31",
          "first": 20,
          "ids": [
            "person:andy-jassy",
          ],
        },
      }
    `);
    expect(expectBound(statementsInQuery(['article:a']))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (s:Node:Source {id: id})
      RETURN id, COLLECT { MATCH (s)-[:QUOTES]->(st:Statement) RETURN
      st {.id, .speakerId, .sourceId, .viaId, .quote, .start, .end, .direct, .attribution, .attributionStart,
      .attributionEnd, .sentence, .sentenceStart, .sentenceEnd, .when, .reportedAt} AS statement ORDER BY st.start LIMIT $cap } AS items",
        "params": {
          "cap": 200,
          "ids": [
            "article:a",
          ],
        },
      }
    `);
    expect(expectBound(statementsByIdsQuery(['statement:a-1']))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (st:Node:Statement {id: id})
      RETURN
      st {.id, .speakerId, .sourceId, .viaId, .quote, .start, .end, .direct, .attribution, .attributionStart,
      .attributionEnd, .sentence, .sentenceStart, .sentenceEnd, .when, .reportedAt} AS statement",
        "params": {
          "ids": [
            "statement:a-1",
          ],
        },
      }
    `);
    expect(expectBound(supportsOfQuery(['source:reuters'], 100))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (c:Node {id: id})
      RETURN id, COLLECT {
      MATCH (c)-[sup:SUPPORTS]->(target:Node)
      RETURN {sourceId: c.id, articleId: sup.articleId, eventId: CASE WHEN target:Event THEN target.id END,
      statementId: CASE WHEN target:Statement THEN target.id END, starts: sup.starts, ends: sup.ends,
      quotes: sup.quotes} AS support
      ORDER BY sup.articleId DESC, target.id
      LIMIT $first
      } AS items",
        "params": {
          "first": 100,
          "ids": [
            "source:reuters",
          ],
        },
      }
    `);
    expect(expectBound(reportTimesQuery(['article:a']))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (s:Node:Source {id: id})
      RETURN id, s.reportedAt AS reportedAt, s.reportedAtFrom AS reportedAtFrom",
        "params": {
          "ids": [
            "article:a",
          ],
        },
      }
    `);
    expect(expectBound(leadershipQuery(['event:leadership-appointed-x']))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (ev:Node:Event {id: id})
      RETURN id, ev.change AS change, ev.title AS title, head([(ev)-[:PERSON]->(p) | p.id]) AS personId",
        "params": {
          "ids": [
            "event:leadership-appointed-x",
          ],
        },
      }
    `);
    expect(expectBound(eventReportTimesQuery(['event:a']))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (ev:Node:Event {id: id})
      RETURN id, reduce(m = null, day IN [(ev)<-[r:REPORTS]-() | r.reportedAt] | CASE WHEN m IS NULL OR day < m THEN day ELSE m END) AS reportedAt",
        "params": {
          "ids": [
            "event:a",
          ],
        },
      }
    `);
  });

  it('evidence of the edges around statements, supports and stories', () => {
    const queries = evidenceQueries([
      { kind: 'statement', statementId: 'statement:a-1' },
      { kind: 'support', fromId: 'source:reuters', toId: 'event:a' },
      { kind: 'story', storyId: 'story:a' },
    ]);
    expect(queries.map(expectBound)).toMatchInlineSnapshot(`
      [
        {
          "cypher": "UNWIND $ids AS id
      OPTIONAL MATCH (st:Node:Statement {id: id})
      RETURN 'statement:' + id AS ref,
      CASE WHEN st IS NULL THEN [] ELSE [{sourceId: st.sourceId, start: st.sentenceStart, end: st.sentenceEnd, text: st.sentence}] END AS items",
          "params": {
            "ids": [
              "statement:a-1",
            ],
          },
        },
        {
          "cypher": "UNWIND $pairs AS pair
      OPTIONAL MATCH (:Node {id: pair.fromId})-[sup:SUPPORTS]->(:Node {id: pair.toId})
      WITH pair, sup ORDER BY sup.articleId
      WITH pair, collect(sup)[0..$quotes] AS sups
      RETURN pair.ref AS ref, reduce(acc = [], x IN sups | acc + [i IN range(0, size(x.starts) - 1) | {sourceId: x.articleId, start: x.starts[i], end: x.ends[i], text: x.quotes[i]}])[0..$quotes] AS items",
          "params": {
            "pairs": [
              {
                "fromId": "source:reuters",
                "ref": "support:source:reuters|event:a",
                "toId": "event:a",
              },
            ],
            "quotes": 50,
          },
        },
        {
          "cypher": "UNWIND $ids AS id
      OPTIONAL MATCH (st:Node:Story {id: id})
      RETURN 'story:' + id AS ref, CASE WHEN st IS NULL THEN [] ELSE reduce(acc = [], x IN COLLECT {
      MATCH (st)<-[:IN_STORY]-(:Event)<-[r:REPORTS]-(s:Source)
      RETURN {r: r, s: s.id} AS x ORDER BY r.preferKey DESC LIMIT $claims
      } | acc + [i IN range(0, size(x.r.starts) - 1) | {sourceId: x.s, start: x.r.starts[i], end: x.r.ends[i], text: x.r.quotes[i]}])[0..$quotes] END AS items",
          "params": {
            "claims": 5,
            "ids": [
              "story:a",
            ],
            "quotes": 50,
          },
        },
      ]
    `);
  });
});
