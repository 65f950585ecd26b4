import type { Span } from '../types.js';
import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';
import { COMPANY_NOUNS } from '../gazetteer/lexicon/org-nouns.js';
import { focusCompany } from './focus-company.js';

/** "it", "itself", "the bank", "the state-owned carrier": the object refers to a company already in the story. */
const REFERRING_OBJECT_RE = new RegExp(
  `^(?:it|itself|the\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${[...COMPANY_NOUNS].join('|')}))\\s*$`,
  'iu',
);

/**
 * "The board placed the airline in business rescue", "the regulator put Kestrel Bank under a moratorium": the
 * company that goes into insolvency is the object of "placed"/"put", not the board, court or regulator that acts.
 * Returns the organization named or referred to in `object`, or null when the object is neither.
 */
export function placedCompany(ctx: DocContext, s: Span, object: { start: number; end: number }): string | null {
  const named = mentionsIn(ctx, object.start, object.end).find(isOrg);
  if (named) return named.id;
  // What "the bank" means is settled by the sentences before this one: the clause's own subject (the regulator
  // that placed it) is never its object.
  return REFERRING_OBJECT_RE.test(ctx.work.slice(object.start, object.end)) ? focusCompany(ctx, s.start) : null;
}
