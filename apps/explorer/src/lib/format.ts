import type { EventSummaryFragment } from '@newsgraph/client';

/** The locale when the browser names none we can format for. */
export const DEFAULT_LOCALE = 'en-US';

/**
 * Numbers and dates written the way the reader's locale writes them ("14,000" in en-US, "14.000" in de-DE).
 * Function properties, not methods: pages pass `format.when` on to components.
 */
export interface Formatter {
  readonly locale: string;
  /** "14,000". */
  count: (n: number) => string;
  /** "4%" (the value is a percentage already: 4 → "4%"). */
  percent: (p: number) => string;
  /** A YYYY, YYYY-MM, YYYY-MM-DD (or ISO) date at its own precision: "2025", "Oct 2025", "Oct 28, 2025"; 'undated' for null. */
  when: (when: string | null | undefined) => string;
  /** A period of the timeline: "2025", "Q4 2025", "Oct 2025". */
  period: (period: string) => string;
  /** "14,000 (4%)", "about 4%", or the count as written; '' when the event has no size. */
  eventSize: (event: Pick<EventSummaryFragment, 'count' | 'countText' | 'percent'>) => string;
  /** "Layoff · 14,000 (4%) · Oct 2025". */
  eventTitle: (event: EventSummaryFragment) => string;
}

/** The first of `candidates` (Accept-Language order) that Intl formats, else DEFAULT_LOCALE. */
export function pickLocale(candidates: readonly string[]): string {
  for (const candidate of candidates) {
    try {
      const [supported] = Intl.NumberFormat.supportedLocalesOf(candidate);
      if (supported) return supported;
    } catch {
      // not a language tag: try the next one
    }
  }
  return DEFAULT_LOCALE;
}

/** The language tags of an Accept-Language header, by quality (`de-CH,de;q=0.9,en;q=0.8` → de-CH, de, en). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/** Builds the formatter of a locale (Intl formats are built once per formatter). */
export function createFormatter(locale: string = DEFAULT_LOCALE): Formatter {
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
  const month = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short' });
  const year = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric' });
  const utc = (y: string, m = '01', d = '01') => new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));

  const formatter: Formatter = {
    locale,
    count: (n) => numbers.format(n),
    percent: (p) => percents.format(p / 100),
    when(when) {
      if (!when) return 'undated';
      const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(when);
      if (!match) return when;
      const [, y, m, d] = match;
      if (!m) return year.format(utc(y!));
      return (d ? day : month).format(utc(y!, m, d));
    },
    period(period) {
      const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
      if (quarter) return `Q${quarter[2]} ${year.format(utc(quarter[1]!))}`;
      return formatter.when(period);
    },
    eventSize(event) {
      const parts: string[] = [];
      if (event.count != null) parts.push(numbers.format(event.count));
      else if (event.countText) parts.push(event.countText);
      if (event.percent != null) {
        const percent = formatter.percent(event.percent);
        parts.push(parts.length ? `(${percent})` : percent);
      }
      return parts.join(' ');
    },
    eventTitle(event) {
      return [formatKind(event.kind), formatter.eventSize(event), event.when ? formatter.when(event.when) : '']
        .filter(Boolean)
        .join(' · ');
    },
  };
  return formatter;
}

/** "Layoff", "Restructuring", … from an event kind (any case). */
export function formatKind(kind: string): string {
  const lower = kind.toLowerCase().replace(/[-_]/g, ' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** "news outlet", "internal memo", … from a SourceKind; '' for an article (the usual case needs no label). */
export function formatSourceKind(kind: string | null | undefined): string {
  return !kind || kind === 'ARTICLE' ? '' : kind.toLowerCase().replace(/[-_]/g, ' ');
}

/** Events oldest first, undated last (a sorted copy; YYYY[-MM[-DD]] strings compare in time order). */
export function sortByWhen<T extends { when?: string | null }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => (a.when ?? '9999').localeCompare(b.when ?? '9999'));
}

/** Cuts long text at a word boundary, adding "…". */
export function truncate(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.—-]+$/, '')}…`;
}

/**
 * A source's title as a heading. A real title ("Understanding AWS's Job Cuts") stays whole; a title that is the
 * article's first sentence (the extractor's fallback when a text has none: long, ending in a full stop) is cut to
 * its first words. `isSentence` says which it was, so a page can show the whole sentence elsewhere.
 */
export function headline(title: string, max = 80): { text: string; isSentence: boolean } {
  const isSentence = /[.!?]["”’]?$/.test(title.trim()) && (title.length > 60 || title.split(/\s+/).length > 10);
  return { text: isSentence ? truncate(title.trim().replace(/[.!?]["”’]?$/, ''), max) : title, isSentence };
}
