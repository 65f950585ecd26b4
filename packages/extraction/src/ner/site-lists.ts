import { isPlace } from '../gazetteer/lexicon/places.js';
import type { Token } from '../text/tokenize.js';
import type { ListedUnit } from './unit-lists.js';
import type { NameRun } from './name-runs.js';

/**
 * Named sites listed after a counted or owned plural of a site noun, where the list is announced outright:
 * "these four mills, namely Orsk Sugar, Tarvo Sugar and Kestrel Sugar", "two of its hotels: Kestrel Inn Oldtown in
 * Norrvik, and Kestrel Inn Harbour in Orsk", "four sugar mills - Orvik, Tamsel and Brakko - to investors". Each name
 * is a unit of the company in focus (its owner when "its" stands before the noun).
 *
 * Not "mines, including Orvik and Tamsel" (an open "including" list of sites, often bare pit or town names the
 * annotators leave out), nor a plural with neither a count nor an owner ("mills: …"), nor a lone name, nor one-word
 * names after "plants", "mines" and their kin (towns, see TOWN_NAMED). A listed
 * name that is only a known place ("Ghana") is no site's name and is left out; a town after an item ("… in
 * Norrvik") says where it stands and does not end the list.
 */

/** Plural nouns of a company's named sites. */
const SITE_PLURALS = new Set([
  'mills',
  'plants',
  'factories',
  'hotels',
  'resorts',
  'mines',
  'refineries',
  'smelters',
  'collieries',
  'breweries',
]);

/**
 * Sites that news names after their town ("the Orsk plant"), which the annotators leave out: after these nouns a
 * one-word item ("two of its plants: Tarvingen and Velbrunn") is a town, and only names of two words or more count.
 */
const TOWN_NAMED = new Set(['plants', 'factories', 'mines', 'refineries', 'smelters', 'collieries']);
/** A count, "N of its", or "its"/"their" up to three lower-case words before the noun ("four small coastal"). */
const COUNT_OR_OWNER_BEFORE_RE =
  /(?:\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+(?:its|their)\s+)?|\b(?:its|their)\s+)(?:[\p{Ll}-]+\s+){0,3}$/u;
/** What announces the list right after the noun: ", namely", a colon, a spaced dash. */
const ANNOUNCE_RE = /,?\s+namely\s+|:\s+|\s+[-–—]\s+/y;
/** Between two items: ", ", " and ", ", and ", also after an item's bracketed short form ("Vandor Valley (VV), "). */
const JOIN_RE = /^\)?(?:, |,? and )$/;
const OPEN_BRACKET_RE = /^ \($/;
/** Where an item stands, after it: " in Norrvik". */
const IN_PLACE_GAP_RE = /^ in $/;
const MAX_ITEMS = 12;

export function findSiteLists(text: string, tokens: readonly Token[], runs: readonly NameRun[]): ListedUnit[] {
  const out: ListedUnit[] = [];
  let r = 0;
  for (const t of tokens) {
    if (!SITE_PLURALS.has(t.text)) continue;
    const before = text.slice(Math.max(0, t.start - 50), t.start);
    if (!COUNT_OR_OWNER_BEFORE_RE.test(before)) continue;
    ANNOUNCE_RE.lastIndex = t.end;
    const lead = ANNOUNCE_RE.exec(text);
    if (!lead) continue;
    const listStart = t.end + lead[0].length;
    while (r < runs.length && runs[r]!.start < listStart) r++;
    if (r >= runs.length || runs[r]!.start !== listStart) continue;
    const items: NameRun[] = [runs[r]!];
    let prevEnd = runs[r]!.end;
    for (let k = r + 1; k < runs.length && items.length < MAX_ITEMS; k++) {
      const run = runs[k]!;
      const gap = text.slice(prevEnd, run.start);
      // "A in Norrvik, and B": where an item stands; "Vandor Valley (VV)": its short form. Neither is an item.
      if (IN_PLACE_GAP_RE.test(gap) || OPEN_BRACKET_RE.test(gap)) {
        prevEnd = run.end;
        continue;
      }
      if (!JOIN_RE.test(gap)) break;
      items.push(run);
      prevEnd = run.end;
    }
    const townNamed = TOWN_NAMED.has(t.text);
    const named = items.filter((x) => !isPlace(x.name) && !(townNamed && !x.name.includes(' ')));
    if (named.length < 2) continue;
    // The announcing word says the names are parts, as a colon after a unit noun does in unit-lists.ts.
    for (const run of named) out.push({ run, kind: 'unit', ownerAt: -1, owned: true });
  }
  return out;
}
