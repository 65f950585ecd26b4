import type { Span } from '../types.js';
import { type DocContext, sentenceOf } from '../resolve/doc-context.js';
import { PRINT_PIECE_NOUNS } from './outlet-cues.js';

/**
 * "said in a Norrvik Globe article", "told … in a Tarvo Financiero interview": words the article took from another
 * outlet's piece, whose name stands between "in a(n)" and the piece's noun.
 */
const SAID_IN_A_PIECE_RE = new RegExp(
  String.raw`\b(?:said|says|told|wrote|added|explained|stated)\s+in\s+an?\s+(?:\p{Lu}[\p{L}&.'’-]*\s){1,4}(?:${PRINT_PIECE_NOUNS})\b`,
  'gu',
);

/**
 * "A senior official from the Kestrel Ministry, Jane Roe, said in a Norrvik Globe article that …": the article read
 * the official's words in the outlet's piece, so the outlet is the source (outlet-cues.ts) and the official's body,
 * cited in no other sentence, is not. A body cited elsewhere too ("the ministry said in a statement") stays, and so do
 * generic sources (statements, memos) and outlets. Not "Jane Roe told the Norrvik Globe" (a body that speaks to an
 * outlet is cited with it) nor "said in a Kestrel report" (no outlet's piece).
 */
export function dropVoicesOfOutletPieces(ctx: DocContext, evidence: Map<string, Span[]>): void {
  const pieces = new Set<number>();
  const outletSpans: Array<{ start: number; end: number }> = [];
  SAID_IN_A_PIECE_RE.lastIndex = 0;
  for (let m = SAID_IN_A_PIECE_RE.exec(ctx.work); m; m = SAID_IN_A_PIECE_RE.exec(ctx.work)) {
    const s = sentenceOf(ctx, m.index);
    if (s) pieces.add(s.start);
    outletSpans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (pieces.size === 0) return;
  // The outlet itself, whichever step named it ("said in a Reuters interview": a listed outlet has no kind yet).
  const outlets = new Set(
    ctx.mentions.filter((x) => outletSpans.some((o) => x.start >= o.start && x.end <= o.end)).map((x) => x.id),
  );
  for (const [id, ev] of [...evidence]) {
    const kind = ctx.entities.get(id)?.kind;
    if (outlets.has(id) || (kind !== undefined && kind !== 'other')) continue;
    if (ev.every((span) => pieces.has(span.start))) evidence.delete(id);
  }
}
