import type { DocContext, ResolvedMention } from '../resolve/doc-context.js';
import { isNewsAgency } from '../relations/wire-credits.js';

/**
 * After a news agency's name: its report of what others do ("calculated that the", "also claimed that the Swiss
 * giant", "reported on Monday that Kestrel"), not of itself ("said it would", "says its").
 */
const AGENCY_REPORTS_RE =
  /^\s+(?:also\s+|has\s+|had\s+|later\s+)?(?:reported|reports|calculated|estimated|claimed|claims|wrote|writes|learned|learnt|found|said|says)\b(?:\s+on\s+\p{Lu}\p{Ll}+)?(?:\s+that)?\s+/u;
/** What the agency reports of itself: "it", "its", "we". */
const SELF_RE = /^(?:it|its|we|our|they)\b/;
/**
 * "Bloomberg estimated that the 8,000 exits were a third of the staff", "Reuters also claimed that the Swiss giant
 * will cut jobs": a news agency reporting a cut is no party to it. Not "Reuters said it would cut 50 jobs", the
 * agency's own round.
 */
export function isReportingAgency(ctx: DocContext, m: ResolvedMention, trigger: number): boolean {
  if (!isNewsAgency(ctx.entities.get(m.id)?.name ?? '')) return false;
  const after = ctx.work.slice(m.end, Math.min(trigger, m.end + 60));
  const verb = AGENCY_REPORTS_RE.exec(after);
  return verb !== null && !SELF_RE.test(after.slice(verb[0].length));
}
