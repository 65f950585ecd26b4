import type { DocContext } from '../resolve/doc-context.js';
import { AMBIGUOUS_HEADS, OUTLET_HEADS } from './outlet-lexicon.js';
import { isNewsAgency } from './wire-credits.js';

/** An outlet a report cites in turn, and where its name stands. */
export interface OutletCitedInTurn {
  name: string;
  start: number;
  end: number;
}

/**
 * "…, Tarvo reported, citing Reuters", "citing the Orsk Daily", "citing a report by the Norrvik Times": what follows
 * "citing" (group 1: up to five capitalised words, a possessive "'s" left out).
 */
const CITING_RE =
  /\bciting\s+(?:an?\s+(?:report|story|article|interview)\s+(?:by|in|from|with)\s+)?(?:the\s+)?(\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,4})/gu;

/**
 * The outlets a report names as its own source after "citing": a news agency ("citing Reuters") or a name ending in
 * an outlet's noun that no company name ends in too ("citing the Orsk Daily"). Never "citing Kestrel Motors' weak
 * demand" or "citing Royal Mail" (a company's head), which cite reasons, not outlets.
 */
export function findOutletsCitedInTurn(ctx: DocContext): OutletCitedInTurn[] {
  const bodyStart = ctx.sentences[0]?.start ?? ctx.work.length;
  const body = ctx.work.slice(bodyStart);
  if (!body.includes('citing')) return [];
  const out: OutletCitedInTurn[] = [];
  CITING_RE.lastIndex = 0;
  for (let m = CITING_RE.exec(body); m; m = CITING_RE.exec(body)) {
    const name = m[1]!.replace(/['’]s?$/u, '');
    if (!outletByName(name)) continue;
    const start = bodyStart + m.index + m[0].length - m[1]!.length;
    out.push({ name, start, end: start + name.length });
  }
  return out;
}

/** "Reuters", "Orsk Daily": a news agency, or a name ending in an outlet's noun that is not also a company's. */
function outletByName(name: string): boolean {
  const head = name.slice(name.lastIndexOf(' ') + 1);
  return isNewsAgency(name) || (name !== head && OUTLET_HEADS.has(head) && !AMBIGUOUS_HEADS.has(head));
}
