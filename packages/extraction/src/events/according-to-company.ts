import type { Span } from '../types.js';
import { type DocContext, mentionsIn } from '../resolve/doc-context.js';
import { createCommentatorTest } from '../relations/commentators.js';
import { OUTLET_HEADS } from '../relations/outlet-lexicon.js';

/* A company named in an opening "According to X," that the clause after it calls "its". */

/** "According to " (after an optional short time adverbial) right before the company's name. */
const ACCORDING_BEFORE_RE = /^\s*(?:(?:In|On|Last|Earlier)\s[^,]{1,30},\s+)?[Aa]ccording\s+to\s+(?:the\s+)?$/;
/** The clause after the comma speaks of the company's own people or sites: "from its shipyard", "of its staff". */
const OWN_POSSESSIVE_RE = /\b(?:its|the\s+company['’]s|the\s+group['’]s)\s/i;
/**
 * "According to Norrvik Heavy, about 1,300 workers from its Orm yard applied for voluntary retirement": the company
 * the figure is credited to, when the clause names no organization of its own and calls the figure's people or site
 * "its". Not a commenting body ("According to the Kestrel Workers Union, …"), nor an outlet ("According to the Orm
 * Times, …"), whose "its" means the company in focus. Null otherwise.
 */
export function accordingToCompany(ctx: DocContext, s: Span, clause: number, region: string): string | null {
  if (clause <= s.start || !OWN_POSSESSIVE_RE.test(region)) return null;
  const named = mentionsIn(ctx, s.start, clause).filter((m) => m.type === 'Company');
  if (named.length !== 1) return null;
  const org = named[0]!;
  if (!ACCORDING_BEFORE_RE.test(ctx.work.slice(s.start, org.start))) return null;
  if (!/^\s*,\s*$/.test(ctx.work.slice(org.end, clause))) return null;
  const name = ctx.entities.get(org.id)?.name ?? '';
  if (OUTLET_HEADS.has(name.slice(name.lastIndexOf(' ') + 1))) return null;
  return createCommentatorTest(ctx)(org.id) ? null : org.id;
}
