import type { ResolvedMention } from '../resolve/doc-context.js';

/** How far back an open bracket may stand from the unit it encloses. */
const MAX_ASIDE = 120;

/**
 * The company a bracketed aside hangs on: "Vessla (which sold its coffee brand Kora)", "Tamberg (owner of the Brisa
 * chain)". A unit named inside the brackets belongs to the name standing right before "(", not to an organization
 * named earlier in the sentence or to a sibling aside of the same list ("at Orsk (which spun off its unit Brisa),
 * Vessla (which sold its brand Kora) and Tamberg"). `ms` are the sentence's mentions before `pos`, in order.
 */
export function asideOwner(work: string, ms: readonly ResolvedMention[], pos: number, except: string): string | null {
  const from = Math.max(0, pos - MAX_ASIDE);
  const open = work.lastIndexOf('(', pos);
  if (open < from || work.indexOf(')', open) < pos) return null;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > open) continue;
    if (!/^\s*$/.test(work.slice(m.end, open))) return null;
    return m.type === 'Company' && m.id !== except ? m.id : null;
  }
  return null;
}
