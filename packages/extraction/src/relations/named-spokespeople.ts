import { type DocContext, mentionsIn } from '../resolve/doc-context.js';

/*
 * A company spokesperson the text names ("Kestrel spokesperson Jane Roe said", "said spokesman Jan Poe", "Jane Roe,
 * a spokeswoman for Kestrel, said"): a named person speaks, and news cites no spokesperson then (the gold convention:
 * a named person who speaks is not a cited source). A spokesperson left unnamed ("a Kestrel spokesperson said") is
 * the company's voice and stays cited. Unions, councils and public bodies are read before this (spokesperson-bodies.ts).
 */

/** Between a spokesperson's word and the name after it: an optional comma and spaces. */
const BEFORE_NAME_RE = /^,?[ \t]+(?=\p{Lu})/u;
/** Before a spokesperson's word: "Jane Roe, a", "Jane Roe, the company's", "Jane Roe, a senior Kestrel". */
const AFTER_NAME_RE = /,[ \t]+(?:a|an|the|its|their)[ \t]+(?:[\p{L}\p{N}&.'’-]+[ \t]+){0,3}$/u;

/** True when the spokesperson at `start`–`end` is a person the text names right after or right before. */
export function isNamedSpokesperson(ctx: DocContext, start: number, end: number): boolean {
  const lead = BEFORE_NAME_RE.exec(ctx.work.slice(end, end + 4));
  if (lead) {
    const at = end + lead[0].length;
    if (mentionsIn(ctx, at, at + 1).some((m) => m.type === 'Person' && m.start === at)) return true;
  }
  const before = ctx.work.slice(Math.max(0, start - 60), start);
  const tail = AFTER_NAME_RE.exec(before);
  if (!tail) return false;
  const comma = start - before.length + tail.index;
  return mentionsIn(ctx, Math.max(0, comma - 60), comma).some((m) => m.type === 'Person' && m.end === comma);
}
