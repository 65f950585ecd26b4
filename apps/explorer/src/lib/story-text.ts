import type { Formatter } from './format';

/**
 * The preference rule of a story in words, as the API applies it (`@newsgraph/graph` stories/preference.ts): the
 * order claims are ranked in, so a reader knows why one figure is shown as the story's.
 */
export const PREFERENCE_RULE = [
  'a figure with a number over one without',
  'the company’s own word (its statement, filing, memo or executive) over a news report, over an analyst or tracker, over anonymous sources',
  'then the most recent report',
] as const;

/** What a claim's figure rests on (`ClaimBasis`), in words. */
export function basisLabel(basis: string): string {
  switch (basis) {
    case 'COMPANY':
      return 'the company’s own word';
    case 'NEWS':
      return 'a news report';
    case 'AGGREGATOR':
      return 'an analyst or tracker';
    case 'ANONYMOUS':
      return 'anonymous sources';
    default:
      return 'another source';
  }
}

/** Which clock a report time comes from (`ReportClock`): "published" or "ingested (no publication date)". */
export function reportClockLabel(clock: string): string {
  return clock === 'PUBLISHED' ? 'published' : 'ingested (no publication date known)';
}

/** A figure as a source states it, units marked: "14,000 jobs", "10% of staff", "thousands more (no number)". */
export function claimFigure(
  claim: { count?: number | null; countText?: string | null; percent?: number | null },
  format: Formatter,
): string {
  const parts: string[] = [];
  if (claim.count != null) parts.push(`${format.count(claim.count)} jobs`);
  else if (claim.countText) parts.push(`${claim.countText} (no number)`);
  if (claim.percent != null) parts.push(`${format.percent(claim.percent)} of staff`);
  return parts.join(', ') || 'no figure';
}

/** How far apart the sources are, in words; null when they agree. */
export function disagreementText(
  d: {
    minCount?: number | null;
    maxCount?: number | null;
    spread?: number | null;
    ratio?: number | null;
    minPercent?: number | null;
    maxPercent?: number | null;
  } | null,
  format: Formatter,
): string | null {
  if (!d) return null;
  const parts: string[] = [];
  if (d.minCount != null && d.maxCount != null && d.minCount !== d.maxCount) {
    const ratio =
      d.ratio != null ? `, ${new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2 }).format(d.ratio)}×` : '';
    parts.push(
      `from ${format.count(d.minCount)} to ${format.count(d.maxCount)} jobs (${format.count(d.spread ?? d.maxCount - d.minCount)} apart${ratio})`,
    );
  }
  if (d.minPercent != null && d.maxPercent != null && d.minPercent !== d.maxPercent)
    parts.push(`from ${format.percent(d.minPercent)} to ${format.percent(d.maxPercent)} of staff`);
  return parts.length ? `Sources disagree: ${parts.join('; ')}.` : null;
}

/** A `?asOf=` value the API accepts (YYYY, YYYY-MM or YYYY-MM-DD); anything else means "as known now". */
export function parseAsOf(value: string | undefined): string | undefined {
  return value && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? value : undefined;
}
