import type { NameRun } from './name-runs.js';
import type { ListedUnit } from './unit-lists.js';
import { startingIn } from '../text/sorted-spans.js';

/** "split into five divisions", "three operating segments", "four businesses": a count of parts just announced. */
const PART_COUNT_RE =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:new\s+)?(?:operating\s+|reporting\s+|business\s+)?(?:divisions|segments|units|businesses|pillars)\b/;
/** How far before the list's sentence the count of parts may stand (about one sentence, across a paragraph break). */
const COUNT_LOOK_BACK = 300;
/** What opens each later item: "; ", "; and ", "; the ", "; and the ". */
const ITEM_GAP_RE = /;\s+(?:and\s+)?(?:the\s+)?$/;
/** What may follow the first item before the first ";": nothing or its description (", its high-street bank"). */
const FIRST_ITEM_TAIL_RE = /^(?:,\s+(?:its|the|a|an)\s+[^;,]{1,60})?;$/;

/**
 * "… is splitting into five divisions. The lender will report separately on Norvik UK, its high-street bank; Norvik
 * Corporate Bank; Private Bank & Wealth Management; the Investment Bank; and the US Consumer Bank": a list of at least
 * three items split by ";", in a sentence that counts the parts or right after one that does (300 characters back). The names opening the
 * items are units of the company in focus.
 */
export function findSemicolonUnitLists(text: string, runs: readonly NameRun[]): ListedUnit[] {
  const out: ListedUnit[] = [];
  for (let semi = text.indexOf(';'); semi >= 0;) {
    const start = sentenceStartBefore(text, semi);
    const end = sentenceEndAfter(text, semi);
    const sentence = text.slice(start, end);
    const next = text.indexOf(';', end);
    if (
      (sentence.match(/;/g)?.length ?? 0) >= 2 &&
      PART_COUNT_RE.test(text.slice(Math.max(0, start - COUNT_LOOK_BACK), end))
    )
      out.push(...itemsOf(text, runs, start, end, semi));
    semi = next;
  }
  return out;
}

/** The runs opening the items of the ";" list in [start, end) whose first ";" is at `firstSemi`. */
function itemsOf(text: string, runs: readonly NameRun[], start: number, end: number, firstSemi: number): ListedUnit[] {
  const inside = startingIn(runs, start, end).filter((r) => r.end <= end);
  const first = inside.filter((r) => r.end <= firstSemi && FIRST_ITEM_TAIL_RE.test(text.slice(r.end, firstSemi + 1)));
  const items = first.length > 0 ? [first[first.length - 1]!] : [];
  for (const r of inside)
    if (r.start > firstSemi && ITEM_GAP_RE.test(text.slice(Math.max(start, r.start - 12), r.start))) items.push(r);
  if (items.length < 3) return [];
  return items.map((run) => ({ run, kind: 'unit' as const, ownerAt: -1, owned: true }));
}

/** Offset just after the last sentence end (". ", newline) before `at`, within 600 characters. */
function sentenceStartBefore(text: string, at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - 600); k--) {
    const c = text[k];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && text[k + 1] === ' ')) return k + 1;
  }
  return Math.max(0, at - 600);
}

/** Offset of the sentence end after `at`, within 600 characters. */
function sentenceEndAfter(text: string, at: number): number {
  const limit = Math.min(text.length, at + 600);
  for (let k = at; k < limit; k++) {
    const c = text[k];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && (k + 1 >= text.length || text[k + 1] === ' ')))
      return k;
  }
  return limit;
}
