import type { NameRun } from './name-runs.js';
import type { ListedUnit } from './unit-lists.js';
import { firstStartingAt } from '../text/sorted-spans.js';
import { isCountryOrRegion, isPlace } from '../gazetteer/lexicon/places.js';

/**
 * ", two of its acquisitions", ", one of Kestrel's divisions", ", both of its recent subsidiaries": an apposition that
 * counts the names before it among a company's parts. Group 1 the count, group 2 the owner's possessed name (absent
 * for "its"/"their"). Matched from the comma; the owner's last word (of up to three) stands before "'s". The part noun
 * ends the apposition: ", two of its divisions' heads" counts people, not parts.
 */
const COUNTED_PARTS_RE =
  /,\s+(one|two|three|four|both)\s+of\s+(?:its|their|(?:\p{Lu}[\p{L}.&-]*\s){0,2}(\p{Lu}[\p{L}.&-]*)['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:acquisitions|subsidiaries|units|divisions|brands|affiliates|studios|labels)\b(?!['’])/gu;
/** What joins two counted names: ", ", " and ", " and at " ("at Orsk and at Vanta, two of its acquisitions"). */
const LIST_GAP_RE = /^(?:, |,? and (?:at |in )?)$/;
const COUNTS: Record<string, number> = { one: 1, two: 2, both: 2, three: 3, four: 4 };

/**
 * "The company has cut jobs at Orsk and at Vanta, two of its acquisitions": the names the apposition counts (as many as
 * it says, joined as a list right before the comma) are units of the owner it names, or of the company in focus for
 * "its". "Norrvik Oil, one of Kestria's leading companies" (a country's, and no part noun) names none, and neither
 * does "at Lyon and Porto, two of its units" (places: the sites the units stand in).
 */
export function findCountedUnitAppositions(text: string, runs: readonly NameRun[]): ListedUnit[] {
  const out: ListedUnit[] = [];
  if (!text.includes(' of ')) return out;
  for (const m of text.matchAll(COUNTED_PARTS_RE)) {
    const owner = m[2];
    if (owner && (isCountryOrRegion(owner) || isPlace(owner))) continue;
    const items = namesEndingAt(text, runs, m.index, COUNTS[m[1]!]!);
    if (items.length === 0 || items.some((r) => isPlace(r.name) || isCountryOrRegion(r.name))) continue;
    const ownerAt = owner ? m.index + m[0].lastIndexOf(owner) : -1;
    for (const run of items) out.push({ run, kind: 'unit', ownerAt, owned: true });
  }
  return out;
}

/** The runs of a list ending right at `end`, at most `count` of them, walking back over list joins. */
function namesEndingAt(text: string, runs: readonly NameRun[], end: number, count: number): NameRun[] {
  let k = firstStartingAt(runs, end) - 1;
  // "Brisk Labs Jr., two of …": the abbreviation's full stop stands between the name and the comma.
  if (k < 0 || (runs[k]!.end !== end && !(runs[k]!.end === end - 1 && text[end - 1] === '.'))) return [];
  const items = [runs[k]!];
  for (k--; k >= 0 && items.length < count; k--) {
    if (!LIST_GAP_RE.test(text.slice(runs[k]!.end, items[items.length - 1]!.start))) break;
    items.push(runs[k]!);
  }
  return items.length === count ? items : [];
}
