/**
 * The rule that picks a story's preferred figure, in one place. Each claim (one source's figure) gets a key that
 * sorts like the rule; the preferred claim is the one with the greatest key. Ingestion stores the key on the claim
 * (`REPORTS.preferKey`) and the story keeps the greatest one, so Cypher applies exactly this rule with `max()`.
 *
 * 1. A claim with a count over one without.
 * 2. What the figure rests on (`BASIS_RANK`): the company's own word > the article or a wire it cites > an
 *    analyst firm or a tracker > anonymous sources > other.
 * 3. The most recent report (a source's later report supersedes its earlier one).
 * 4. Source id, then event id: a stable answer when all else ties.
 */

/** What a figure rests on, best first. */
export type ClaimBasis = 'company' | 'news' | 'aggregator' | 'anonymous' | 'other';

/** Rank of each basis (higher wins). */
export const BASIS_RANK: Record<ClaimBasis, number> = { company: 4, news: 3, aggregator: 2, anonymous: 1, other: 0 };

/** The basis of a cited source kind: filings, statements and memos are the company's own word. */
export function basisOfSourceKind(kind: string | null | undefined): ClaimBasis {
  switch (kind) {
    case 'company-filing':
    case 'company-statement':
    case 'internal-memo':
      return 'company';
    case 'news-outlet':
    case 'article':
      return 'news';
    case 'tracker':
    case 'analyst-firm':
      return 'aggregator';
    case 'anonymous':
      return 'anonymous';
    default:
      return 'other';
  }
}

/**
 * The basis of a claim from what supports it: the best of its supports, or `news` (the article's own reporting)
 * when nothing is cited. Anonymous sources lower the claim below the article's own word: "according to people
 * familiar with the matter" is weaker than a plain report.
 */
export function basisOfClaim(supports: readonly ClaimBasis[]): ClaimBasis {
  if (supports.length === 0) return 'news';
  return supports.reduce((best, b) => (BASIS_RANK[b] > BASIS_RANK[best] ? b : best));
}

/** A claim as the preference rule sees it. */
export interface RankedClaim {
  count: number | null;
  basis: ClaimBasis;
  /** Report day (`YYYY-MM-DD`). */
  reportedAt: string;
  sourceId: string;
  eventId: string;
}

/** The sortable key of a claim: greater is preferred (see the rule above). */
export function preferenceKey(claim: RankedClaim): string {
  return `${claim.count != null ? 1 : 0}${BASIS_RANK[claim.basis]}|${claim.reportedAt}|${claim.sourceId}|${claim.eventId}`;
}

/** Why the preferred claim won, in words, for the API (`Story.preferredBecause`). */
export function preferenceReason(preferred: RankedClaim, others: readonly RankedClaim[]): string {
  const names: Record<ClaimBasis, string> = {
    company: "the company's own word (its statement, filing, memo or executive)",
    news: 'a news report',
    aggregator: 'an analyst or tracker',
    anonymous: 'anonymous sources',
    other: 'another source',
  };
  if (others.length === 0) return 'the only source';
  const reasons: string[] = [];
  if (preferred.count != null && others.some((o) => o.count == null)) reasons.push('it gives a count');
  if (others.some((o) => BASIS_RANK[o.basis] < BASIS_RANK[preferred.basis]))
    reasons.push(`it rests on ${names[preferred.basis]}`);
  if (others.some((o) => BASIS_RANK[o.basis] === BASIS_RANK[preferred.basis] && o.reportedAt < preferred.reportedAt))
    reasons.push('it is the most recent report');
  return reasons.length > 0 ? reasons.join(', ') : 'sources tie; the first by id is shown';
}
