import { type DocContext, mentionsIn } from '../resolve/doc-context.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
/** One to three capitalised words of a region's name, each followed by a space ("Eastern Cape ", "Norrvik "). */
const REGION_NAME = `(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}`;
/** A post scoped to a region or branch opens with one of these words ("regional secretary", "provincial chair"). */
const SCOPE_WORD = `(?:regional|provincial|district|branch)\\s`;
/** From the end of an organization's name: its possessive or nothing, the region's name, then the scoped post. */
const REGION_AFTER_ORG_RE = new RegExp(`(?:['’]s?)?\\s+${REGION_NAME}(?=${SCOPE_WORD})`, 'uy');
/** A title that opens with a scope word: "regional co-ordinator", "provincial secretary". */
const SCOPED_TITLE_RE = new RegExp(`^${SCOPE_WORD}`, 'iu');

/**
 * "Jane Roe, Kestrel's Norrvik regional secretary,", "Kestrel's Eastern Cape provincial secretary Jane Roe": the name
 * of a region between an organization and a post scoped to a region (as unions and parties write their officers'
 * posts) — the post is the organization's, the region only its scope. `orgEnd` is where the organization's mention
 * ends; returns where the post starts, or -1 when the words between are not a region's name (another organization or
 * a person the text names stands there: "Kestrel's Saltvik Mining regional manager" is a post at Saltvik Mining).
 */
export function regionalPostStart(ctx: DocContext, orgEnd: number): number {
  REGION_AFTER_ORG_RE.lastIndex = orgEnd;
  const m = REGION_AFTER_ORG_RE.exec(ctx.work);
  if (!m) return -1;
  const at = orgEnd + m[0].length;
  return mentionsIn(ctx, orgEnd, at).length === 0 ? at : -1;
}

/** True when `title` (read at `titleStart`) is a scoped post whose region's name stands right after `orgEnd`. */
export function isRegionalPostOf(ctx: DocContext, orgEnd: number, title: string, titleStart: number): boolean {
  return SCOPED_TITLE_RE.test(title) && regionalPostStart(ctx, orgEnd) === titleStart;
}
