import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';

/**
 * Who makes a restructuring move when the clause's subject is not the mover: the owner named in a possessive before
 * the move's noun, or the parent of a unit that undergoes the move in the passive.
 */

/** A restructuring action told as a noun ("exit", "sale", "spin-off"), not as a verb. */
const MOVE_NOUN_RE =
  /^(?:exit|sale|spin-?off|split|closure|merger|demerger|divestment|disposal|divestiture|break-?up|separation|carve-out)\b/iu;

/** "’s" and up to two lower-case words right before the move's noun: "Kestrel’s planned retail exit". */
const POSSESSIVE_GAP_RE = /['’]s\s+(?:[a-z][a-z-]*\s+){0,2}$/u;

/**
 * "Norrvik has agreed to buy Kestrel’s consumer unit, the first sale in Kestrel’s retail exit from 13 markets":
 * the organization named in the possessive right before the move's noun (at most two lower-case words between)
 * makes the move, whoever the clause's subject is. Returns its id, or undefined when the action is a verb or no
 * organization owns it that way ("Hallberg’s rival Norrvik announced its exit …" names Norrvik between).
 */
export function possessiveOwner(ctx: DocContext, sentenceStart: number, at: number): string | undefined {
  if (!MOVE_NOUN_RE.test(ctx.work.slice(at, at + 12))) return undefined;
  const before = ctx.work.slice(Math.max(sentenceStart, at - 40), at);
  const gap = POSSESSIVE_GAP_RE.exec(before);
  if (!gap) return undefined;
  const apostrophe = at - before.length + gap.index;
  return mentionsIn(ctx, sentenceStart, apostrophe).find((m) => isOrg(m) && m.end === apostrophe)?.id;
}

/**
 * Between a unit's name and a move told in the passive: "GKN will be split into two", "the former Vessla business
 * unit is to be sold", "Kestrel Foods was spun off" (optionally a unit noun after the name).
 */
const PASSIVE_GAP_RE =
  /^\s+(?:(?:business\s+)?(?:unit|division|arm|business|subsidiary)\s+)?(?:(?:will|would|could|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s+be|is|are|was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+$/iu;

/**
 * "Hallberg owns Vessla … Vessla will be split into two companies": a unit the text places under a parent, subject
 * of a move told in the passive, undergoes it; the parent makes it. Returns the parent of `org` when the words from
 * its last mention before `at` to `at` are PASSIVE_GAP_RE's, else undefined (not "Vessla will split into two", the
 * unit acting, nor a unit without a known parent).
 */
export function parentOfPassivePart(
  ctx: DocContext,
  sentenceStart: number,
  at: number,
  org: string,
): string | undefined {
  const parent = ctx.parentOf?.get(org);
  if (!parent || ctx.entities.get(org)?.type !== 'Division') return undefined;
  const last = mentionsIn(ctx, sentenceStart, at)
    .filter((m) => m.id === org)
    .pop();
  return last && PASSIVE_GAP_RE.test(ctx.work.slice(last.end, at)) ? parent : undefined;
}
