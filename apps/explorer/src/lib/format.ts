import type { EventSummaryFragment } from '@newsgraph/client';

const numberFormat = new Intl.NumberFormat('en-US');

/** "Layoff", "Restructuring", "News outlet", … from an API enum value (LAYOFF, NEWS_OUTLET) or a stored kind. */
export function formatKind(kind: string): string {
  const words = kind.toLowerCase().replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "news outlet", "internal memo", … from a SourceKind; '' for an article (the usual case needs no label). */
export function formatSourceKind(kind: string | null | undefined): string {
  return !kind || kind === 'ARTICLE' ? '' : kind.toLowerCase().replace(/[-_]/g, ' ');
}

/** "14,000 jobs (4%)", "about 4%", or the count text as written; '' when the event has no size. */
export function formatEventSize(event: Pick<EventSummaryFragment, 'count' | 'countText' | 'percent'>): string {
  const parts: string[] = [];
  if (event.count != null) parts.push(numberFormat.format(event.count));
  else if (event.countText) parts.push(event.countText);
  if (event.percent != null) parts.push(parts.length ? `(${event.percent}%)` : `${event.percent}%`);
  return parts.join(' ');
}

/** A date as written in the data (YYYY, YYYY-MM, YYYY-MM-DD or ISO), shown readably; 'undated' for null. */
export function formatWhen(when: string | null | undefined): string {
  if (!when) return 'undated';
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(when);
  if (!match) return when;
  const [, year, month, day] = match;
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  return date.toLocaleDateString('en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    ...(day ? { day: 'numeric' } : {}),
  });
}

/** A one-line summary: "Layoff · 14,000 (4%) · Oct 2025". */
export function formatEventTitle(event: EventSummaryFragment): string {
  return [formatKind(event.kind), formatEventSize(event), event.when ? formatWhen(event.when) : '']
    .filter(Boolean)
    .join(' · ');
}

/** Events oldest first, undated last (a sorted copy; YYYY[-MM[-DD]] strings compare in time order). */
export function sortByWhen<T extends { when?: string | null }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => (a.when ?? '9999').localeCompare(b.when ?? '9999'));
}

/** "1,234". */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** Cuts long text (article titles are often a whole first sentence) at a word boundary, adding "…". */
export function truncate(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.—-]+$/, '')}…`;
}
