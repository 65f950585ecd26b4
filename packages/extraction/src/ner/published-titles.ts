import type { NameRun } from './name-runs.js';
import type { ListedUnit } from './unit-lists.js';
import { startingIn } from '../text/sorted-spans.js';
import { OUTLET_HEADS } from '../relations/outlet-lexicon.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';

/** "publishes ", "also publishes the ", "the publisher of ": a media group's verb or noun before the titles it owns. */
const PUBLISHES_RE = /\b(?:publishes|publisher\s+of)\s+(?:the\s+)?/g;
/**
 * The owner written right before: "Kestrel, which (also) ", "Kestrel Media, the ", "Kestrel (also) " (group 1). "The
 * firm, which " and "It " name no one: the titles are the company in focus's.
 */
const OWNER_BEFORE_RE =
  /(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}\p{N}.&-]*){0,3})(?:,\s+(?:which|that|the|a|an)|\s+(?:which|that))?\s+(?:also\s+|now\s+|still\s+)?$/u;
/** Between two listed titles: ", ", " and ", ", and the ". */
const TITLE_GAP_RE = /^(?:, |,? and )(?:the )?$/;
const MAX_TITLES = 8;

/**
 * "Kestrel, which publishes the Norrvik Daily and the Tarvo Post", "the publisher of the Norrvik Times and Orsk
 * Weekly": the names listed after the verb are the publisher's titles (units) when one of them ends in a newspaper's
 * word (OUTLET_HEADS: "Daily", "Times", "Post" …). A list of book or product names ("publishes Norrvik Tales") names
 * no unit.
 */
export function findPublishedTitles(text: string, runs: readonly NameRun[]): ListedUnit[] {
  const out: ListedUnit[] = [];
  for (const m of text.matchAll(PUBLISHES_RE)) {
    const listStart = m.index + m[0].length;
    const items = titlesFrom(text, runs, listStart);
    if (!items.some((r) => OUTLET_HEADS.has(r.name.slice(r.name.lastIndexOf(' ') + 1)))) continue;
    const ownerAt = ownerBefore(text, m.index);
    for (const run of items) out.push({ run, kind: 'unit', ownerAt, owned: true });
  }
  return out;
}

/** The runs of a list opening at `listStart`: the first run starting there, then those joined by TITLE_GAP_RE. */
function titlesFrom(text: string, runs: readonly NameRun[], listStart: number): NameRun[] {
  const after = startingIn(runs, listStart, listStart + 300);
  if (after[0]?.start !== listStart) return [];
  const items = [after[0]];
  for (let k = 1; k < after.length && items.length < MAX_TITLES; k++) {
    if (!TITLE_GAP_RE.test(text.slice(items[items.length - 1]!.end, after[k]!.start))) break;
    items.push(after[k]!);
  }
  return items;
}

/** Offset of the publisher's name written right before `at`, or -1 (the company in focus: "It", "The firm, which"). */
function ownerBefore(text: string, at: number): number {
  const head = text.slice(Math.max(0, at - 80), at);
  const m = OWNER_BEFORE_RE.exec(head);
  if (!m || isCommonWord(m[1]!.split(/\s/)[0]!)) return -1;
  return at - head.length + m.index;
}
