import type { DocContext, ResolvedMention } from '../resolve/doc-context.js';

/** What joins two names of one plain list: ", ", ", and ", " and ", " & " (a "the" may open the next item). */
const LIST_GAP_RE = /^(?:,\s+|,?\s+and\s+|\s+&\s+)(?:the\s+)?$/u;

/** The join before a list's last item: "and" or "&" (names joined by commas alone may be two clauses). */
const LAST_GAP_RE = /\s(?:and|&)\s/u;
/**
 * An apposition after the last item gives that item an owner of its own ("B and C, the truck arm of D"); a possessive
 * makes it no item at all ("Customer Trust and Vellant's Market Share").
 */
const APPOSITION_AFTER_RE =
  /^(?:['’]s?(?!\p{L})|\s*\(|,\s+(?:the|a|an|its|their|which|now|part|owned|majority-owned)\b)/u;

/**
 * An organization's parent as found so far (`to`) and the offset of the mention it was read at (`at`), by id.
 */
export type ParentMap = Map<string, { to: string; at: number }>;

/**
 * PART_OF shared along a list of names: "the subsidiaries Tarvo, Lumen and Ostra will be hit hardest" or "licences
 * under Belvane, Corsa and Maroni", where the text (or the unit's own description elsewhere) gives the first
 * items an owner and the last item none. Every item of a plain list of names ("A, B and C") with no owner of its
 * own takes the one owner its listed neighbours share — when they share exactly one. An item that owns something
 * itself, is the article's company, is the shared owner or owns it stays as it is: a list of rival groups ("Tarvo
 * and its owner Lumen", "Lumen, Ostra and Corsa") lends no owner.
 */
export function shareListParents(
  ctx: DocContext,
  orgs: readonly ResolvedMention[],
  parentOf: ParentMap,
  isBody: (id: string) => boolean,
): void {
  const owners = new Set([...parentOf.values()].map((p) => p.to));
  const additions: [string, { to: string; at: number }][] = [];
  let i = 0;
  while (i < orgs.length) {
    let j = i;
    while (j + 1 < orgs.length && LIST_GAP_RE.test(ctx.work.slice(orgs[j]!.end, orgs[j + 1]!.start))) j++;
    if (j > i && isPlainList(ctx, orgs[j - 1]!, orgs[j]!))
      additions.push(...listAdditions(ctx, orgs.slice(i, j + 1), parentOf, owners, isBody));
    i = j + 1;
  }
  for (const [id, link] of additions) if (!parentOf.has(id)) parentOf.set(id, link);
}

/** Whether the list ending `last` (after `beforeLast`) is one of names: "… and C", with no aside after C. */
function isPlainList(ctx: DocContext, beforeLast: ResolvedMention, last: ResolvedMention): boolean {
  if (!LAST_GAP_RE.test(ctx.work.slice(beforeLast.end, last.start))) return false;
  return !APPOSITION_AFTER_RE.test(ctx.work.slice(last.end, last.end + 40));
}

function listAdditions(
  ctx: DocContext,
  items: readonly ResolvedMention[],
  parentOf: ParentMap,
  owners: ReadonlySet<string>,
  isBody: (id: string) => boolean,
): [string, { to: string; at: number }][] {
  const ids = new Set(items.map((m) => m.id));
  const shared = new Set(items.flatMap((m) => (parentOf.has(m.id) ? [parentOf.get(m.id)!.to] : [])));
  if (shared.size !== 1) return [];
  const to = [...shared][0]!;
  if (ids.has(to) || isBody(to)) return [];
  const out: [string, { to: string; at: number }][] = [];
  for (const m of items) {
    if (parentOf.has(m.id) || owners.has(m.id) || m.id === ctx.primaryCompany || isBody(m.id)) continue;
    if (parentOf.get(to)?.to === m.id) continue;
    out.push([m.id, { to, at: m.start }]);
  }
  return out;
}
