import type { NameRun } from './name-runs.js';
import type { ListedUnit } from './unit-lists.js';
import { startingIn } from '../text/sorted-spans.js';
import { isCountryOrRegion, isPlace } from '../gazetteer/lexicon/places.js';

/**
 * A media group's own title named right after "its"/"their" and the word for what it is: "its sister paper, the
 * Norrvik Daily", "its sister publication The Kestrel Star", "its weekly newspaper title the Orsk Courier", "their
 * sister channels Vessla One and Vessla Two", "its flagship Norrvik Tidende". Up to four words of description may
 * stand before the noun ("its North Orsk weekly newspaper title"); "sister" or "flagship" must say the name is one of
 * the group's own, or "title" after the medium's noun ("newspaper title"). Bare "flagship" takes a name only when no
 * site or shop noun follows it ("its flagship Norrvik store" is a shop in a town).
 */
const OWN_TITLE_RE =
  /\b(?:its|their|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,4}?(?:(?:sister|flagship)\s+(?:(?:daily|weekly|evening|sunday|morning|regional|local|national)\s+)?(?:papers?|newspapers?|titles?|publications?|dailies|daily|tabloids?|magazines?|channels?|stations?|broadcasters?|mastheads?)|(?:newspaper|paper|magazine|tabloid)\s+titles?|(?<=\s)flagship)(?:,\s+|\s+)(?:[Tt]he\s+)?/gu;
/** Between two titles of a plural noun's list: ", ", " and ", ", and the ". */
const TITLE_GAP_RE = /^(?:, |,? and )(?:[Tt]he )?$/;
/**
 * What a bare "flagship <Name>" is when a site's, shop's or product's noun follows: a place ("its flagship Norrvik
 * store") or a product ("its flagship Kestrel X5 smartphone"), not a title.
 */
const SITE_AFTER_RE =
  /^\s+(?:store|stores|shop|shops|outlet|outlets|branch|branches|plant|factory|mill|mine|hotel|mall|site|office|offices|project|restaurant|showroom|campus|port|airport|hub|route|station|terminal|model|models|car|cars|vehicle|phone|smartphone|handset|product|products|drug|medicine|vaccine|jet|aircraft|plane|chip|chips|app|game|show|programme|program|fund|device|line|range|service)\b/u;
const MAX_TITLES = 6;

/**
 * The titles "its … sister paper/flagship/newspaper title" names: units of the company in focus (the owner "its"
 * points to is often the sister title itself, whose owner is the group). A place ("its flagship Orsk", a town) is no
 * title.
 */
export function findSisterTitles(text: string, runs: readonly NameRun[]): ListedUnit[] {
  const out: ListedUnit[] = [];
  for (const m of text.matchAll(OWN_TITLE_RE)) {
    const at = m.index + m[0].length;
    // "its sister paper, the Norrvik Daily": the run may open with the article itself.
    const articleAt = /[Tt]he\s+$/.exec(m[0]);
    const candidates = startingIn(runs, articleAt ? m.index + articleAt.index : at, at + 300);
    const first = candidates.find(
      (r) => r.start === at || (articleAt !== null && r.start === m.index + articleAt.index),
    );
    if (!first) continue;
    const plural = /(?:s|dailies)(?:,\s+|\s+)(?:[Tt]he\s+)?$/.test(m[0]) && !/flagship\s+$/.test(m[0]);
    const items = [first];
    if (plural) {
      for (const r of candidates) {
        if (r.start <= items[items.length - 1]!.start || items.length >= MAX_TITLES) continue;
        if (!TITLE_GAP_RE.test(text.slice(items[items.length - 1]!.end, r.start))) break;
        items.push(r);
      }
    }
    const bare = /(?<!sister\s)flagship\s+(?:[Tt]he\s+)?$/.test(m[0]);
    if (bare && SITE_AFTER_RE.test(text.slice(first.end, first.end + 16))) continue;
    for (const run of items) {
      if (isPlace(run.name) || isCountryOrRegion(run.name)) continue;
      out.push({ run, kind: 'unit', ownerAt: -1, owned: true });
    }
  }
  return out;
}
