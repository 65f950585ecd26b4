import type { DocContext, ResolvedMention } from '../resolve/doc-context.js';
import { createBodyTest } from './commentators.js';

/** Between the two names: the owner's "'s" and nothing else. */
const BARE_POSSESSIVE_RE = /^['’]s?\s+$/u;
/** After the second name: a deal or a stake, which names a target or a holding, not a part. */
const DEAL_AFTER_RE =
  /^\s+(?:deal|bid|takeover|acquisition|purchase|merger|stake|offer|shares|sale|talks|tie-up|rival|rivals|partner)\b/u;

/**
 * "Tamberg's Kora Studios is expected to lay off 20% of its staff", "GM's Chevrolet": a company's possessive written
 * right before another company's name makes that company its part. A deal noun after the second name ("Tamberg's Kora
 * Bank bid") names a target; a union or association quoted in the story owns nothing. Returns [unit, owner] pairs.
 */
export function possessedCompanies(
  ctx: DocContext,
  orgs: readonly ResolvedMention[],
): [ResolvedMention, ResolvedMention][] {
  const out: [ResolvedMention, ResolvedMention][] = [];
  let body: ((id: string) => boolean) | null = null;
  for (let i = 0; i + 1 < orgs.length; i++) {
    const a = orgs[i]!;
    const b = orgs[i + 1]!;
    // Cheap gate: the possessive's apostrophe right after the first name.
    const c = ctx.work.charCodeAt(a.end);
    if ((c !== 39 && c !== 0x2019) || b.start - a.end > 4 || a.id === b.id || a.type !== 'Company') continue;
    if (!BARE_POSSESSIVE_RE.test(ctx.work.slice(a.end, b.start))) continue;
    if (DEAL_AFTER_RE.test(ctx.work.slice(b.end, b.end + 20))) continue;
    body ??= createBodyTest(ctx);
    if (!body(a.id)) out.push([b, a]);
  }
  return out;
}
