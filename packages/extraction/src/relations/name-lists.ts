import type { DocContext, ResolvedMention } from '../resolve/doc-context.js';

/** How many names one list may hold: a longer run of names is no list a sentence gives. */
const MAX_LIST_NAMES = 12;

/**
 * The name at `i` and those joined to it as one list ("A, B and C"), walking on (`step` 1) or back (`step` -1) over
 * the names in text order while `joins` accepts the text between two neighbours and the next name.
 */
export function namesListedWith(
  ctx: DocContext,
  orgs: readonly ResolvedMention[],
  i: number,
  step: 1 | -1,
  joins: (gap: string, next: ResolvedMention) => boolean,
): ResolvedMention[] {
  const out = [orgs[i]!];
  for (let k = i + step; k >= 0 && k < orgs.length && out.length < MAX_LIST_NAMES; k += step) {
    const last = out[out.length - 1]!;
    const next = orgs[k]!;
    if (!joins(step > 0 ? ctx.work.slice(last.end, next.start) : ctx.work.slice(next.end, last.start), next)) break;
    out.push(next);
  }
  return out;
}
