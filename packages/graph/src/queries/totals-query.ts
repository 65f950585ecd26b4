import { LIST_CAPS } from '../list-caps.js';
import { cypher, cypherFragment as f, type CypherQuery } from '../query.js';
import { ORGANIZATION_FAMILY, STORIES_OF_ORGS, variants } from './story-selection.js';
import { storyParams, type StoryFilter } from './story-queries.js';

/** How `totals` groups rounds in time. */
export type TotalsGroupBy = 'MONTH' | 'QUARTER' | 'YEAR';

const TOTALS_TAIL = f`
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
             reduce(n = 0, r IN rounds | n + coalesce(r.count, 0)) AS total`;

const TOTALS = variants((select) => cypher`${ORGANIZATION_FAMILY} ${STORIES_OF_ORGS} ${select} ${TOTALS_TAIL}`);

/**
 * Totals of an organization (and its units) for one kind, in one statement: every distinct round placed in
 * [from, to] once (the first LIST_CAPS.roundsPerTotals in time order), by its preferred count, grouped by period (a
 * round known only by year sits in its year); the running totals the press reported beside them — never added —
 * with the rounds each covers and their sum (the newest LIST_CAPS.runningTotalsPerTotals).
 * Row: `{ periods, runningTotals, rounds, unquantified, total }`.
 */
export function totalsQuery(filter: StoryFilter & { organization: string }, groupBy: TotalsGroupBy): CypherQuery {
  return {
    cypher: filter.asOf ? TOTALS.asOf : TOTALS.now,
    params: {
      ...storyParams({ ...filter, kind: filter.kind ?? 'layoff' }),
      groupBy,
      roundsCap: LIST_CAPS.roundsPerTotals,
      totalsCap: LIST_CAPS.runningTotalsPerTotals,
      coversCap: LIST_CAPS.coversPerRunningTotal,
    },
  };
}
