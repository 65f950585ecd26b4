import type { EventSummaryFragment } from '@newsgraph/client';

/** kind, organization and figure: what makes two events the same number about the same company. */
const figureKey = (event: EventSummaryFragment) => `${event.kind}|${event.organization?.id ?? ''}|${event.count}`;

/**
 * The largest rounds among `events` (largest first), once each. Running totals ("27,000 since early 2023") are
 * left out, and so is a "round" with the same kind, organization and figure as a running total (one article's
 * running total read as a round by another); a figure listed once is not listed again.
 */
export function largestRounds(events: readonly EventSummaryFragment[], limit: number): EventSummaryFragment[] {
  const seen = new Set(events.filter((event) => event.cumulative).map(figureKey));
  const rounds: EventSummaryFragment[] = [];
  for (const event of events) {
    if (event.cumulative || event.count == null || seen.has(figureKey(event))) continue;
    seen.add(figureKey(event));
    rounds.push(event);
    if (rounds.length === limit) break;
  }
  return rounds;
}
