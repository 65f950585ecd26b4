import { isCapitalized, type Token } from '../text/tokenize.js';
import { NATIONALITIES, isCountryOrRegion } from '../gazetteer/lexicon/places.js';

/**
 * A plant an owner's possessive names: "its Tessby plant", "its ageing Tessby plant", "their nearby Orsk Compounds
 * factory", "Kestrel's Vandmoor refinery". News writes a company's own production site this way, and the site is a
 * unit of that company (the owner is "its" company or the possessor; units.ts links it). The site is named by the
 * words before its noun; the mention spans the noun too ("Tessby plant"), so either way of writing it is its name.
 * Not a plural ("its Tessby plants"), a place or nationality alone ("its Polish plant", "its Cameroon brewery"), a
 * name going on after the noun ("its Tessby plant manager Jane Roe" is a person's post) nor a noun that is itself
 * possessed ("its Tessby plant's workers" names the plant only as their place).
 */
export const SITE_NOUNS: ReadonlySet<string> = new Set([
  'plant',
  'factory',
  'mill',
  'refinery',
  'smelter',
  'works',
  'brewery',
  'foundry',
]);

/** Up to two lower-case words between "its" and the name: "ageing", "nearby", "newer", "main". */
const ADJECTIVE_RE = /^\p{Ll}[\p{Ll}-]*$/u;
/** Words that open no site's name. */
const NOT_SITE_NAME = new Set(['The', 'A', 'An', 'And', 'Or', 'Of', 'In', 'On', 'At', 'For', 'New', 'Old', 'Main']);
/** Determiners and number words that make the phrase count sites, not name one. */
const COUNTING = new Set(['two', 'three', 'four', 'five', 'six', 'other', 'several', 'many', 'some', 'all', 'both']);

/**
 * "<adjective ≤2> <Name of 1–3 capitalised words> <site noun>" starting at token `i` (after "its", "their" or an
 * owner's possessive): [first and last token of the name, the noun's token], or null.
 */
export function ownedSiteAfter(
  text: string,
  tokens: readonly Token[],
  covered: Uint8Array,
  i: number,
): [number, number, number] | null {
  let k = i;
  while (k < tokens.length && k - i < 2 && ADJECTIVE_RE.test(tokens[k]!.text) && !SITE_NOUNS.has(tokens[k]!.text)) {
    if (COUNTING.has(tokens[k]!.text) || text.slice(tokens[k - 1]!.end, tokens[k]!.start) !== ' ') return null;
    k++;
  }
  if (k >= tokens.length || covered[k] || text.slice(tokens[k - 1]!.end, tokens[k]!.start) !== ' ') return null;
  const first = k;
  if (!isSiteNameWord(tokens[k]!.text) || NOT_SITE_NAME.has(tokens[k]!.text)) return null;
  while (
    k + 1 < tokens.length &&
    k - first < 2 &&
    !covered[k + 1] &&
    (isSiteNameWord(tokens[k + 1]!.text) || ARTICLE_PARTICLE_RE.test(tokens[k + 1]!.text)) &&
    text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' '
  )
    k++;
  const n = k + 1;
  const noun = tokens[n];
  if (!noun || !SITE_NOUNS.has(noun.text) || text.slice(tokens[k]!.end, noun.start) !== ' ') return null;
  // "its Tessby plant's workers", "its Tessby plant manager Jane Roe", "its Tessby plant Orsk": the noun belongs to
  // what follows.
  const after = text.slice(noun.end, noun.end + 2);
  if (/^['’]/.test(after)) return null;
  const next = tokens[n + 1];
  if (
    next &&
    text.slice(noun.end, next.start) === ' ' &&
    (isCapitalized(next.text) || /^(?:manager|director|chief|head|boss)$/.test(next.text))
  )
    return null;
  const name = text.slice(tokens[first]!.start, tokens[k]!.end);
  // A town is how a plant is named; a country or nationality only says where it is.
  if (isCountryOrRegion(name) || NATIONALITIES.has(name)) return null;
  return [first, k, n];
}

/** An Arabic article joined to a capitalised word inside a name: "Tell al-Varsa", "Kafr el-Norrvik". */
const ARTICLE_PARTICLE_RE = /^(?:al|el|ad|ar|as|ash|at|az)-\p{Lu}/u;

/** A capitalised word of a site's name: not a number, not an acronym of one letter. */
function isSiteNameWord(word: string): boolean {
  return isCapitalized(word) && word.length > 1 && !/^\d/.test(word);
}
