/**
 * "Vessla Ghana will cut 300 jobs … Vessla said": a company's name plus a country is the local company itself, and
 * its first word alone its short form, when the article shows no other company behind it — no other name of the
 * document opens with that word ("Vessla Group", "Vessla Kenya"), no word of a group's structure anywhere ("parent",
 * "subsidiary", "unit", "global", "the group", "operates in 20 countries" …) and no nationality just before the bare
 * name ("French oil group Vessla … Vessla Norway" is the French company's arm). Otherwise "Vessla Ghana" stays the
 * subsidiary of "Vessla".
 */
import { NATIONALITIES, isCountryOrRegion } from '../gazetteer/lexicon/places.js';

/** Words of a group's structure: any of them in the text and the local name stays a unit. */
const STRUCTURE_RE =
  /\b(?:[Pp]arent|[Mm]other\s+company|[Hh]olding\s+company|[Ss]ubsidiar(?:y|ies)|[Gg]lobal|[Ww]orldwide|[Mm]ultinational|[Aa]ffiliates?|[Gg]roup|[Uu]nits?|[Aa]rms?|[Dd]ivisions?|[Hh]eadquartered|[Ii]nternational|countries|abroad|overseas)\b/;
/** A nationality and up to three lower-case words right before the name: "French oil giant ", "Japanese ". */
const NATIONALITY_BEFORE_RE = /(\p{Lu}\p{Ll}+)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/** One letter or digit: what a whole word's neighbours are not. */
const LETTER_RE = /^[\p{L}\p{N}]$/u;

let structureText: string | null = null;
let structureSeen = false;

/** Whether the text uses a word of a group's structure, read once for the last text asked about. */
function showsStructure(text: string): boolean {
  if (text !== structureText) {
    structureText = text;
    structureSeen = STRUCTURE_RE.test(text);
  }
  return structureSeen;
}

/** Whether "<words[0]> <country>" (`words`) is the local company itself and its first word its short form. */
export function isLocalCompanyAlone(text: string, words: readonly string[], names: readonly string[]): boolean {
  if (words.length !== 2 || !isCountryOrRegion(words[1]!)) return false;
  const head = words[0]!;
  const own = words.join(' ');
  if (names.some((n) => n !== own && n.startsWith(`${head} `))) return false;
  if (showsStructure(text)) return false;
  // The first few bare mentions only, so a long text stays linear; never the head inside a longer word
  // ("Vessla" in "Vesslaczyk").
  let looked = 0;
  for (let at = text.indexOf(head); at >= 0 && looked < 8; at = text.indexOf(head, at + head.length)) {
    if (LETTER_RE.test(text.charAt(at - 1)) || LETTER_RE.test(text.charAt(at + head.length))) continue;
    looked++;
    const m = NATIONALITY_BEFORE_RE.exec(text.slice(Math.max(0, at - 50), at));
    if (m && NATIONALITIES.has(m[1]!)) return false;
  }
  return true;
}

/**
 * "Vessla Ghana" for "Vessla": the name as written is the bare name and a country. A known company's bare name is
 * the short form of such a name only where `isLocalCompanyAlone` lent it (the short forms never lend it otherwise).
 */
export function isCountryAfter(written: string, bare: string): boolean {
  return written.startsWith(`${bare} `) && isCountryOrRegion(written.slice(bare.length + 1));
}
