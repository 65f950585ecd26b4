import type { NameRun } from './name-runs.js';
import type { ListedUnit } from './unit-lists.js';
import { firstStartingAt } from '../text/sorted-spans.js';
import { BULLET_OPENING_RE } from '../text/bullets.js';

/**
 * A line announcing a company's parts and ending in a colon: "Disney now runs three core segments:", "the six
 * groups are:", "Its main subsidiaries:". The plural noun stands within a few words of the colon.
 */
const LEAD_LINE_RE =
  /\b(?:segments|divisions|units|businesses|groups|subsidiaries|brands|arms|pillars|operating\s+companies)\b(?:\s+[\p{Ll}-]+){0,3}\s*:\s*$/u;
/** What follows an item's name: a description after a dash, comma, colon or bracket, or nothing. */
const AFTER_NAME_RE = /^(?:\s+[—–-]\s|,\s|:\s|\s+\(|;|\.?\s*$)/;
/** A colon closing a line, blanks other than the line break after it: what every lead line (LEAD_LINE_RE) has. */
const COLON_LINE_END_RE = /:[^\S\n]*(?:\n|$)/;
/** At least this many bulleted names make a list of parts. */
const MIN_ITEMS = 2;

/**
 * "Disney now runs three core segments:\n • Disney Entertainment — film …\n • ESPN — the sports networks …": in an
 * explainer's bulleted list announced by a line naming a company's parts, the name opening each bullet is a unit of
 * the company in focus. Lines are read once (linear in the text).
 */
export function findBulletUnitLists(text: string, runs: readonly NameRun[]): ListedUnit[] {
  const out: ListedUnit[] = [];
  // No line ends in a colon (blanks aside): no lead line, no list; one search instead of splitting every line.
  if (!COLON_LINE_END_RE.test(text)) return out;
  const lines = text.split('\n');
  let offset = 0;
  let announced = false;
  let items: NameRun[] = [];
  const flush = () => {
    if (items.length >= MIN_ITEMS) for (const run of items) out.push({ run, kind: 'unit', ownerAt: -1, owned: true });
    items = [];
  };
  for (const line of lines) {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    const bullet = BULLET_OPENING_RE.exec(line);
    if (!bullet) {
      flush();
      // LEAD_LINE_RE ends in a colon and blanks: tested first by the line's last character that is no blank.
      announced = line.trimEnd().endsWith(':') && LEAD_LINE_RE.test(line);
      continue;
    }
    if (!announced) continue;
    const at = start + bullet[0].length;
    const run = runs[firstStartingAt(runs, at)];
    if (run && run.start === at && AFTER_NAME_RE.test(text.slice(run.end, Math.min(start + line.length, run.end + 4))))
      items.push(run);
  }
  flush();
  return out;
}
