import { type DocContext, type ResolvedMention, isOrg, mentionsIn } from '../resolve/doc-context.js';

/**
 * "Jane Roe of Kestrel Securities", "Jane Roe at the Oslo-based Kestrel": "of", "at" or "from", an optional article
 * and an optional "<Place>-based" descriptor between the name and the organization.
 */
const OF_AFTER_RE = /^\s+(?:of|at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*-based\s+)?$/u;
/** How far after the name the organization may start: "of the Oslo-based " fits. */
const OF_WINDOW = 48;
/** "Kestrel's Jane Roe", "Kestrel Securities' Jane Roe": the possessive right before the name. */
export const POSSESSIVE_RE = /^['’]s?\s+$/;

/** ", who covers airlines at ", ", who follows the sector for ": how news places an analyst at a firm. */
const COVERS_AT_RE =
  /^,\s+who\s+(?:covers|follows|tracks|rates)\s+[^,.;:()\n]{1,40}?\s+(?:at|for|with)\s+(?:the\s+)?$/u;

/** The firm of "Jane Roe, who covers airlines at Kestrel Securities", else null. */
function coverageAt(ctx: DocContext, p: ResolvedMention): string | null {
  const next = mentionsIn(ctx, p.end, p.end + 80).find((m) => isOrg(m) || m.type === 'Source');
  if (!next || !COVERS_AT_RE.test(ctx.work.slice(p.end, next.start))) return null;
  return next.id;
}

/** "Nelson Peltz's Trian", "Jane Roe's investment firm Kestrel": the person's possessive, a few lower-case words. */
const OWNED_AFTER_RE = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/** The company of "Jane Roe's Kestrel Capital": what a person is said to own or run, else null. */
function ownedAfter(ctx: DocContext, p: ResolvedMention): string | null {
  const next = mentionsIn(ctx, p.end, p.end + 40).find((m) => m.type !== 'Source');
  if (!next || !isOrg(next) || !OWNED_AFTER_RE.test(ctx.work.slice(p.end, next.start))) return null;
  return next.id;
}

/** The organization (or firm cited as a source) named right after "Jane Roe of|at|from", else null. */
export function orgRightAfter(ctx: DocContext, p: ResolvedMention): string | null {
  const next = mentionsIn(ctx, p.end, p.end + OF_WINDOW).find((m) => isOrg(m) || m.type === 'Source');
  if (!next || !OF_AFTER_RE.test(ctx.work.slice(p.end, next.start))) return null;
  return next.id;
}

/**
 * The organization a person named without any title is presented with: "Norbert Lind of Kestrel Securities said",
 * "Kestrel Securities' Norbert Lind found the plan consistent", "Norbert Lind, who covers airlines at Kestrel",
 * "Norbert Lind's Kestrel Capital". Analysts and other commentators are often named
 * this way; the text says where they work but not their post. Null when the name stands alone.
 */
export function affiliationOf(ctx: DocContext, p: ResolvedMention): string | null {
  const after = orgRightAfter(ctx, p) ?? coverageAt(ctx, p) ?? ownedAfter(ctx, p);
  if (after) return after;
  const prev = mentionsIn(ctx, Math.max(0, p.start - 80), p.start).pop();
  if (!prev || !(isOrg(prev) || prev.type === 'Source')) return null;
  return POSSESSIVE_RE.test(ctx.work.slice(prev.end, p.start)) ? prev.id : null;
}
