import { LIST_CAPS } from '../list-caps.js';
import { cypher, type CypherQuery } from '../query.js';
import { EVENT_FILTER, eventFilterParams, type EventFilter } from './page-queries.js';

/** How events are grouped in time. */
export type Period = 'MONTH' | 'QUARTER' | 'YEAR';

const EVENT_PERIODS = cypher`
  MATCH (item:Event)
  WHERE ${EVENT_FILTER} AND item.when IS NOT NULL
  WITH item, CASE
      WHEN $by = 'YEAR' OR size(item.when) < 7 THEN left(item.when, 4)
      WHEN $by = 'QUARTER' THEN left(item.when, 4) + '-Q' + toString((toInteger(substring(item.when, 5, 2)) + 2) / 3)
      ELSE left(item.when, 7) END AS period
  RETURN period, item.kind AS kind, count(item) AS events,
         sum(CASE WHEN coalesce(item.cumulative, false) THEN 0 ELSE coalesce(item.count, 0) END) AS jobs
  ORDER BY period, kind
  LIMIT $cap`;

/**
 * The dated events of a filter counted per period and kind, oldest first: how many, and the sum of the figures
 * they report with running totals left out. A period is the event's date cut to `by` (YYYY, YYYY-Qn, YYYY-MM); an
 * event known only to its year keeps the year. Rows: `{ period, kind, events, jobs }`.
 */
export function eventPeriodsQuery(filter: EventFilter, by: Period): CypherQuery {
  return { cypher: EVENT_PERIODS, params: { ...eventFilterParams(filter), by, cap: LIST_CAPS.eventPeriods } };
}
