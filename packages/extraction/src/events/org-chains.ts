import { type DocContext, type ResolvedMention } from '../resolve/doc-context.js';

/* Organizations named together ("Kestrel's parent Norrvik", "A and B"): the chain an event or a speaker stands for. */

/**
 * "Orsk's Vellmark", "Kestrel's Finnish rival Norrvik", "Acme-owned Norrvik", "Acme-backed edtech firm Norrvik", "Acme's
 * biggest customer, carmaker Norrvik,", "Acme supplier Norrvik": the second acts.
 */
export const CHAIN_RE =
  /^(?:['’]s\s+(?:[\p{L}-]+\s+){0,3}|['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:customers?|clients?|suppliers?|rivals?|competitors?|partners?|peers?|lenders?|parent|owner|buyer|unit|subsidiary),\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}|\s+(?:parent|subsidiary|unit|supplier|customer|client|competitor|partner)\s+|-(?:owned|backed|controlled|funded)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3})$/u;
/** Between two names of one list: a comma, "and", "or", "&". */
export const LIST_RE = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)$/;
/**
 * The organizations an event's clause names as its actor: where names are chained ("Kestrel's parent Norrvik"), the
 * last of the chain; where they are listed ("Kestrel and Norrvik"), each of the list; where the clause is about their
 * owner ("the Kestrel and Norrvik owner", "the parent company of Kestrel"), their parents.
 */
export function chain(ctx: DocContext, orgs: ResolvedMention[], clauseStart: number): string[] {
  let i = 0;
  while (i + 1 < orgs.length && CHAIN_RE.test(ctx.work.slice(orgs[i]!.end, orgs[i + 1]!.start))) i++;
  const listed = [orgs[i]!];
  for (let j = i + 1; j < orgs.length && LIST_RE.test(ctx.work.slice(orgs[j - 1]!.end, orgs[j]!.start)); j++)
    listed.push(orgs[j]!);
  const last = listed[listed.length - 1]!;
  const owner =
    OWNER_AFTER_RE.test(ctx.work.slice(last.end, last.end + 24)) ||
    OWNER_BEFORE_RE.test(ctx.work.slice(Math.max(clauseStart, listed[0]!.start - 24), listed[0]!.start));
  const ids = listed.map((m) => m.id);
  return [...new Set((owner && parentsOf(ctx, ids)) || ids)];
}
/** "the Instagram and WhatsApp owner", "Instagram's parent company": the clause is about the parent. */
const OWNER_AFTER_RE = /^(?:['’]s)?\s+(?:owner|parent)\b/;
/** "the owner of Instagram", "the parent company of Google". */
const OWNER_BEFORE_RE = /\b(?:owner|parent(?:\s+company)?)\s+of\s+$/;
/**
 * For each of `ids`, its parent as the document states it (`PART_OF`, see relations/part-of.ts); null unless every
 * one has such a parent.
 */
function parentsOf(ctx: DocContext, ids: string[]): string[] | null {
  const out: string[] = [];
  for (const id of ids) {
    const pid = ctx.parentOf?.get(id);
    if (!pid) return null;
    out.push(pid);
  }
  return out;
}
