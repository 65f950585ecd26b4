import type { EventKind, EventOrder, Period } from '@newsgraph/client';
import { firstParam, queryString } from './routes';
import type { SearchParams } from './graph-params';

/** Event kinds the timeline offers (the API's EventKind values, lower-case as URLs write them). */
export const EVENT_KINDS = ['layoff', 'restructuring', 'hiring', 'investment', 'earnings', 'leadership'] as const;

/** What to do with running totals ("27,000 since early 2023"): keep, leave out, or show only them. */
export type TotalsChoice = 'include' | 'exclude' | 'only';

/** Events per page of the timeline. */
export const TIMELINE_PAGE_SIZE = 50;

/** A view of the timeline: its filters, order, chart grouping and page; every one has its own URL. */
export interface TimelineView {
  kind: string;
  /** An organization's id, or text to look one up by. */
  organization: string;
  from: string;
  to: string;
  totals: TotalsChoice;
  order: EventOrder;
  by: Period;
  after: string;
  before: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ORDERS: EventOrder[] = ['WHEN_ASC', 'WHEN_DESC', 'COUNT_DESC'];
const PERIODS: Period[] = ['MONTH', 'QUARTER', 'YEAR'];

/** A kind from the URL (any case), '' for none; an unknown one is reported. */
function readKind(value: string, invalid: string[]): string {
  const kind = value.toLowerCase();
  if (!kind) return '';
  if ((EVENT_KINDS as readonly string[]).includes(kind)) return kind;
  invalid.push(`kind “${value}”`);
  return '';
}

/** Reads a timeline view from the URL; malformed values fall back to the defaults and are listed in `invalid`. */
export function readTimelineView(params: SearchParams): { view: TimelineView; invalid: string[] } {
  const invalid: string[] = [];
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = firstParam(params[name]);
    if (!value) return fallback;
    const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (!match) invalid.push(`${name} “${value}”`);
    return match ?? fallback;
  };
  const date = (name: 'from' | 'to') => {
    const value = firstParam(params[name]);
    if (value && !DATE.test(value)) invalid.push(`${name} “${value}” (use 2023, 2023-01 or 2023-01-18)`);
    return DATE.test(value) ? value : '';
  };
  const view: TimelineView = {
    kind: readKind(firstParam(params.kind), invalid),
    organization: firstParam(params.organization),
    from: date('from'),
    to: date('to'),
    totals: pick<TotalsChoice>('totals', ['include', 'exclude', 'only'], 'include'),
    order: pick('order', ORDERS, 'WHEN_ASC'),
    by: pick('by', PERIODS, 'MONTH'),
    after: firstParam(params.after),
    before: firstParam(params.before),
  };
  return { view, invalid };
}

/** The API's `cumulative` argument for a totals choice. */
export function cumulativeOf(totals: TotalsChoice): boolean | null {
  return totals === 'include' ? null : totals === 'only';
}

/** The query string of a view (defaults left out), with `changes` applied; changing a filter drops the page. */
export function timelineQuery(view: TimelineView, changes: Partial<TimelineView> = {}): string {
  const filtersChanged = Object.keys(changes).some((key) => key !== 'after' && key !== 'before');
  const next = { ...view, ...(filtersChanged ? { after: '', before: '' } : {}), ...changes };
  return queryString({
    kind: next.kind,
    organization: next.organization,
    from: next.from,
    to: next.to,
    totals: next.totals === 'include' ? null : next.totals,
    order: next.order === 'WHEN_ASC' ? null : next.order,
    by: next.by === 'MONTH' ? null : next.by,
    after: next.after,
    before: next.before,
  });
}

/** The first and last day a period covers, as the timeline's from/to: "2023-Q2" → 2023-04 … 2023-06. */
export function periodRange(period: string): { from: string; to: string } {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    const month = (m: number) => `${quarter[1]}-${String(m).padStart(2, '0')}`;
    return { from: month(first), to: month(first + 2) };
  }
  return { from: period, to: period };
}

/** The API's filter arguments of a view (the organization resolved to an id). */
export function eventFilterArgs(view: TimelineView, organization: string | null) {
  return {
    kind: view.kind ? (view.kind.toUpperCase() as EventKind) : null,
    organization,
    from: view.from || null,
    to: view.to || null,
    cumulative: cumulativeOf(view.totals),
  };
}
