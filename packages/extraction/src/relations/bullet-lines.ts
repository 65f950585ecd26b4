import { BULLET_OPENING_RE } from '../text/bullets.js';

/** How far into a bullet item a name may stand and still be read as the item's (bounded look-backs: linear time). */
const MAX_ITEM_LENGTH = 400;
/** How many lines back a bulleted list is followed to its first item. */
const MAX_LINES_BACK = 40;

/** Start of the line holding `pos` when it starts at most `limit` characters before it, else -1. */
function lineStartNear(work: string, pos: number, limit: number): number {
  const from = Math.max(0, pos - limit);
  const nl = work.slice(from, pos).lastIndexOf('\n');
  if (nl >= 0) return from + nl + 1;
  return from === 0 ? 0 : -1;
}

/** Start of the bullet item holding `pos`, else -1. */
function bulletItemAt(work: string, pos: number): number {
  const start = lineStartNear(work, pos, MAX_ITEM_LENGTH);
  return start >= 0 && BULLET_OPENING_RE.test(work.slice(start, Math.min(pos, start + 8))) ? start : -1;
}

/**
 * Where the clause holding `pos` starts for ownership: the bullet line it stands on when that line starts inside the
 * sentence, else the sentence start. "- Local Services Group, which includes … Tovra Maps;\n- Kestrel Freight, the logistics arm":
 * bulleted items ending in ";" run on as one sentence, but one item's names own nothing of the next item's.
 */
export function itemStart(work: string, sentenceStart: number, pos: number): number {
  const item = bulletItemAt(work, pos);
  return item > sentenceStart ? item : sentenceStart;
}

/**
 * Where the bulleted list holding `pos` starts (its first item's line), else `pos`: the company a list of parts belongs
 * to is the one in focus where the list opens, not one named in an earlier item ("… the maps service Mapco;\n- Tarvik
 * Logistics, the logistics arm").
 */
export function listOpening(work: string, pos: number): number {
  let first = bulletItemAt(work, pos);
  if (first < 0) return pos;
  // Back over the earlier items, blank lines between them allowed; a line of prose ends the list.
  for (let k = 0, at = first; k < MAX_LINES_BACK && at > 0; k++) {
    const prevStart = lineStartNear(work, at - 1, MAX_ITEM_LENGTH);
    if (prevStart < 0) break;
    const line = work.slice(prevStart, at - 1);
    if (BULLET_OPENING_RE.test(line)) first = prevStart;
    else if (line.trim() !== '') break;
    at = prevStart;
  }
  return first;
}
