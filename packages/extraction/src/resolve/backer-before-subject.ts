import type { ResolvedMention } from './doc-context.js';

// Module constant: esbuild rewrites a \p{…} literal inside a function into `new RegExp` per call.
/**
 * Between a backer and the company it describes: "-backed", "-owned", "-funded", "-controlled" and up to four
 * lower-case words ("Kestrel-backed payments start-up ", "Vessla-owned ").
 */
const BACKER_GAP_RE = /^-(?:backed|owned|funded|controlled|financed)\s+(?:[\p{Ll}-]+\s+){0,4}$/u;

/**
 * "Kestrel-backed payments start-up Norrvik is cutting …": a name joined by a hyphen to "backed" or "owned" describes
 * the company named after it, which is the sentence's subject. Returns `next` (the organization named after `first`)
 * when `first` is such a backer, else `first`; `text` is the document's text.
 */
export function subjectAfterBacker(
  text: string,
  first: ResolvedMention,
  next: ResolvedMention | undefined,
): ResolvedMention {
  if (!next || next.start - first.end > 60) return first;
  return BACKER_GAP_RE.test(text.slice(first.end, next.start)) ? next : first;
}
