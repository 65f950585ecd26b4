import type { NameRun } from './name-runs.js';
import { COMPANY_NOUNS } from '../gazetteer/lexicon/org-nouns.js';
import { isCountryOrRegion } from '../gazetteer/lexicon/places.js';
import { endsWithPossessiveS, isSpaceAt } from '../text/char-class.js';

/**
 * Names that are not organizations by how news writes them, whatever cue follows: a contraction ("I'm", "We're"
 * opening a quotation) and a place named only as where a site stands ("its Ellesmere Port plant in Cheshire, which
 * makes the Astra", "the mine near Rustenburg, which employs 3,000", "its main plant in Italy's Tarvisio"): the
 * relative clause there is about the site.
 */
export function isSitePlaceOrContraction(name: string, text: string, runs: readonly NameRun[]): boolean {
  if (CONTRACTION_RE.test(name)) return true;
  return (
    runs.length > 0 &&
    runs.every((r) => siteBefore(text.slice(Math.max(0, r.start - 60), r.start)) || isSiteListMember(text, r))
  );
}

/**
 * A later member of a list of towns that a site's noun and preposition open: "The plants in Tarvingen, Oskeln,
 * Bad Morrach and Velbrunn will form …" (Oskeln, Bad Morrach, Velbrunn). A member after a comma must be followed by
 * the list's next comma or "and" ("plants in Tarvingen, Norrvik said" names a company); the last, after "and", must end
 * the list (`LIST_ENDS_AFTER_RE`: "… in Tarvingen and Norrvik said" and "…, and Norrvik suspended shifts" name a company).
 */
function isSiteListMember(text: string, r: NameRun): boolean {
  const before = text.slice(Math.max(0, r.start - 160), r.start);
  if (!SITE_LIST_BEFORE_RE.test(before)) return false;
  const after = text.slice(r.end, r.end + 16);
  if (LIST_GOES_ON_RE.test(after)) return true;
  return AND_BEFORE_RE.test(before) && LIST_ENDS_AFTER_RE.test(after);
}

/**
 * What may follow a list's last town: the sentence's punctuation, a preposition or conjunction, or an auxiliary ("…
 * and Velbrunn will form", "… and Velbrunn, where", "… and Velbrunn by 2026"). A verb of its own ("…, and Norrvik
 * suspended shifts", "… and Norrvik said") makes the name a clause's subject, a company; so does a possessive.
 */
const LIST_ENDS_AFTER_RE =
  /^(?:\s*[.,;:!?)\]–—]|\s*$|\s+(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|be|been|in|on|at|by|as|for|from|to|with|near|of|where|which|that|if|and|or|but|until|since|after|before|during|over|under)\b)/u;

/** A country's possessive right before a name: "… plant in Italy's " (group 1 the country). */
const COUNTRY_POSSESSIVE_RE = /(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)['’]s\s+$/u;

/** A site's noun and a preposition right before, or before a country's possessive ("its plant in Italy's "). */
function siteBefore(before: string): boolean {
  if (endsWithPlacePreposition(before) && SITE_BEFORE_RE.test(before)) return true;
  const poss = endsWithPossessiveS(before) ? COUNTRY_POSSESSIVE_RE.exec(before) : null;
  if (!poss || !isCountryOrRegion(poss[1]!)) return false;
  const head = before.slice(0, poss.index);
  return endsWithPlacePreposition(head) && SITE_BEFORE_RE.test(head);
}

/**
 * Whether `s` ends as SITE_BEFORE_RE must: "in", "at", "near" or "outside", then blanks, and "the" with blanks
 * after it or not. A char test first: the expression is searched at every position of its window.
 */
function endsWithPlacePreposition(s: string): boolean {
  let k = s.length;
  while (k > 0 && isSpaceAt(s, k - 1)) k--;
  if (k === s.length) return false;
  if (endsWithPreposition(s, k)) return true;
  if (k < 3 || !s.endsWith('the', k)) return false;
  let j = k - 3;
  const blanks = j;
  while (j > 0 && isSpaceAt(s, j - 1)) j--;
  return j < blanks && endsWithPreposition(s, j);
}

/** "in", "at", "near" or "outside" ending `s` at `k` (SITE_PREPOSITION's prepositions, same case). */
function endsWithPreposition(s: string, k: number): boolean {
  return s.endsWith('in', k) || s.endsWith('at', k) || s.endsWith('near', k) || s.endsWith('outside', k);
}

/** "I'm", "We're", "They've", "Don't": a pronoun or verb with its contraction. */
const CONTRACTION_RE = /^\p{L}+['’](?:m|re|ve|ll|d)$|^\p{L}+n['’]t$/u;

/** A site's noun and a preposition of place: "plant in ", "mine near ", "based in ". */
const SITE_PREPOSITION =
  /\b(?:plants?|factory|factories|sites?|works|mines?|shafts?|facility|facilities|operations?|offices?|headquarters|HQ|depots?|warehouses?|hubs?|refinery|refineries|smelters?|shipyards?|yards?|campus|centres?|centers?|branch|branches|stores?|town|city|village|county|province|region|district|based|located|situated)\s+(?:in|at|near|outside)\s+(?:the\s+)?/u
    .source;
/** A site's noun and a preposition of place right before a name: "plant in ", "mine near ", "based in ". */
const SITE_BEFORE_RE = new RegExp(`${SITE_PREPOSITION}$`, 'u');
/** A town of one to three capitalised words: "Velbrunn", "Bad Morrach". */
const LIST_TOWN = '\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,2}';
/** A site's preposition, then up to seven towns with commas, then the comma or "and" before a name. */
const SITE_LIST_BEFORE_RE = new RegExp(
  `${SITE_PREPOSITION}${LIST_TOWN}(?:,\\s${LIST_TOWN}){0,6}(?:,\\s|,?\\sand\\s)$`,
  'u',
);
/** The list's next comma or "and" right after a member: ", Bad Morrach", " and Velbrunn". */
const LIST_GOES_ON_RE = /^(?:,\s|,?\sand\s)\p{Lu}/u;
/** "and " right before the list's last member. */
const AND_BEFORE_RE = /\sand\s$/u;

/**
 * A name no list or legal form knows, written as a site's — between "the"/"its"/"their"/an owner's possessive and a
 * site noun ("bought the Vandmoor plant in Orsk", "its Tessby brewery will close", "Hallberg's Orsk 3 shaft", "the
 * Vandmoor 4B gold shaft") or described as one ("Vandmoor is a deep-level gold mining operation") — names the site
 * after its town, not a company. Once a site, later bare mentions ("the cuts at Vandmoor", a headline's "lay-offs at
 * Vandmoor") are the site too, unless one of them speaks or acts as an employer (`vetoed`: "Vandmoor said it would
 * cut 300 jobs"). "the Norrvik plant" of a listed carmaker stays the carmaker's name (the caller checks lists).
 */
export function isSiteName(text: string, runs: readonly NameRun[], vetoed = false): boolean {
  if (runs.length === 0 || vetoed) return false;
  let firstSite = -1;
  for (const r of runs) if (isWrittenAsSite(text, r) && (firstSite < 0 || r.start < firstSite)) firstSite = r.start;
  if (firstSite < 0) return false;
  // Every mention is the site's form, a headline's, or comes after the site was introduced.
  return runs.every(
    (r) => r.headline || (r.start >= firstSite && !SPEAKS_AFTER_RE.test(text.slice(r.end, r.end + 16))),
  );
}

/** What a company does and a site does not: "Kestrel said", "Kestrel announced", "Kestrel plans". */
const SPEAKS_AFTER_RE =
  /^\s+(?:said|says|announced|announces|confirmed|confirms|told|plans|planned|intends|reported|reports|posted|agreed|decided|expects)\b/u;

function isWrittenAsSite(text: string, r: NameRun): boolean {
  const after = text.slice(r.end, r.end + 48);
  if (SITE_NOUN_AFTER_RE.test(after) && SITE_ARTICLE_BEFORE_RE.test(text.slice(Math.max(0, r.start - 40), r.start)))
    return true;
  const m = SITE_DESCRIBED_RE.exec(text.slice(r.end, r.end + 120));
  return m !== null && !m[1]!.split(/[\s,]+/).some((w) => COMPANY_NOUNS.has(w.toLowerCase()));
}

/**
 * "the ", "its ", "their " (or "The …" opening a sentence), a preposition ("the owner of Vandmoor steelworks") or an
 * owner's possessive ("Hallberg's ") before the name.
 */
const SITE_ARTICLE_BEFORE_RE =
  /(?:(?:^|[^\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir|of|at|in|near|from)|\p{Lu}[\p{L}\p{N}&.-]*['’]s?)\s+$/u;
/** The site nouns of mining, metals and manufacturing news. */
const SITE_NOUNS =
  'plants?|factory|factories|mills?|mines?|pits?|shafts?|refinery|smelters?|works|steelworks|ironworks|facility|brewery|depot|warehouse|shipyard|terminal|sites?|operations?|complex|colliery';
/** Words that end a name's clause, not describe a site: "Kestrel will close its plant" is a company acting. */
const NOT_MODIFIER =
  '(?:its|their|his|her|the|a|an|to|and|or|of|in|at|on|for|will|would|may|could|has|had|have|is|was|are|were|said|says|plans|closes|shuts|sold|sells|bought|buys)';
/**
 * A site noun after the name: a shaft's or plant's number ("4", "4B", "No. 2") and at most two lower-case words or an
 * acronym between ("plant", "car plant", "4 gold shaft", "PGM shaft").
 */
const SITE_NOUN_AFTER_RE = new RegExp(
  `^\\s+(?:(?:No\\.?\\s*)?\\d{1,2}[A-Z]?\\s+)?(?:(?!${NOT_MODIFIER}\\s)(?:[\\p{Ll}-]+|\\p{Lu}{2,5})\\s+){0,2}(?:${SITE_NOUNS})\\b`,
  'u',
);
/** "Vandmoor is a large, deep-level gold mining and processing operation": a site described by what it is. */
const SITE_DESCRIBED_RE = new RegExp(
  `^\\s+(?:is|was)\\s+(?:a|an|the)\\s+((?:[\\p{Ll}-]+,?\\s+){0,10})(?:${SITE_NOUNS})\\b`,
  'u',
);
