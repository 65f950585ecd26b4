/**
 * Dates of the two clocks as ISO day strings (`YYYY-MM-DD`, which compare correctly as strings in Cypher too).
 * Event time comes as precise as the text allows (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); report time is a day.
 */

/** A closed range of days. */
export interface DayRange {
  start: string;
  end: string;
}

const PARTIAL_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a real calendar date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (2023-02-30 is not one). */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE_RE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(Number(y), month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days a partial date covers: `2023` → 2023-01-01…2023-12-31, `2023-02` → …-02-28. Null when malformed. */
export function rangeOf(value: string): DayRange | null {
  if (!isPartialDate(value)) return null;
  const [y, m, d] = value.split('-');
  if (d) return { start: value, end: value };
  if (m)
    return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}` };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** `day` moved by `days` (may be negative). */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The day of an ISO date or timestamp (`2025-10-28T09:00:00Z` → `2025-10-28`), or null when it is not one. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const day = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && isPartialDate(day) ? day : null;
}

/** True when the two ranges share a day. */
export function overlaps(a: DayRange, b: DayRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Days between the two ranges (0 when they overlap). */
export function gapDays(a: DayRange, b: DayRange): number {
  if (overlaps(a, b)) return 0;
  const [first, second] = a.end < b.start ? [a, b] : [b, a];
  return (Date.parse(`${second.start}T00:00:00Z`) - Date.parse(`${first.end}T00:00:00Z`)) / 86_400_000;
}

/** The last day a partial date covers (`2025` → `2025-12-31`), for `asOf` and `to` bounds; null stays null. */
export function lastDayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  return rangeOf(value)?.end ?? value;
}
