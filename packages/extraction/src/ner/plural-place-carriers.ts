import { NATIONALITIES, isCountryOrRegion, isPlace } from '../gazetteer/lexicon/places.js';
import type { NameRun } from './name-runs.js';

/*
 * A place whose English name is a plural ("Kestrels" for a country written "the Kestrels"), written bare where it names
 * the company called after it: before "airline"/"carrier" and a verb, or listed with a name that is no place.
 */

/**
 * A carrier's noun right after the name, then what a company does: "Kestrels airline has cut", "Kestrels carrier
 * said", "Kestrels airline to cut" (a headline).
 */
const CARRIER_THEN_VERB_RE =
  /\s(?:airline|carrier)\s+(?:has|had|is|was|will|would|said|says|to|cut|cuts|plans|employed|employs|announced)\b/y;

/** An article or "United Arab"-style words before the name: the place itself ("the Emirates", "the Netherlands"). */
const ARTICLE_BEFORE_RE = /\b(?:the|The|Arab|United)\s$/;

/**
 * "Kestrels airline has cut a tenth of its staff": a one-word place that is plural, and so is written with "the"
 * where it is the place ("the Emirates", "the Netherlands"), names the airline when written bare before "airline" or
 * "carrier" and a verb. Never with its article ("the Emirates airline sector"), never a singular place ("Kenya airline
 * has cut", an airline of Kenya), never without the carrier's noun.
 */
export function isPluralPlaceCarrier(text: string, run: NameRun): boolean {
  const name = run.name;
  if (name.includes(' ') || !name.endsWith('s') || !isPlace(name)) return false;
  if (ARTICLE_BEFORE_RE.test(text.slice(Math.max(0, run.start - 8), run.start))) return false;
  CARRIER_THEN_VERB_RE.lastIndex = run.end;
  return CARRIER_THEN_VERB_RE.test(text) || listedWithFirm(text, run);
}

/**
 * Countries whose English name is a plural, written with "the" where the country is meant (a singular place that
 * ends in "s" is never one).
 */
const PLURAL_COUNTRY_NAMES = new Set([
  'Emirates',
  'Netherlands',
  'Philippines',
  'Maldives',
  'Seychelles',
  'Bahamas',
  'Comoros',
]);
/** A preposition of place right before the name: "in Kestrels and Orsk" is the place. */
const PLACE_PREPOSITION_BEFORE_RE = /\b(?:in|to|from|into|across|throughout|of|at|between|visit|visited)\s$/i;
/** " and " or ", " then capitalised words (one line, at most five words): the name the plural place is listed with. */
const PARTNER_AFTER_RE = /^(?:,\s|\sand\s)(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,4})/u;
/** Capitalised words then ", " or " and " right before the name: the name it is listed after. */
const PARTNER_BEFORE_RE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,4})(?:,\s|\sand\s)$/u;

/**
 * "Gulf rivals Kestrels and Vessla Airways", "Unlike Kestrels and Orskair, which grounded …": a country whose name is
 * a plural written bare (never "the Kestrels", nor after "in", "to" …) and listed with a name that is no place is the company
 * named like it, as in a list of rivals. "Kestrels and Orsk" (a place beside it) stays the place. Reads at most 48
 * characters either side.
 */
function listedWithFirm(text: string, run: NameRun): boolean {
  if (!PLURAL_COUNTRY_NAMES.has(run.name)) return false;
  const before = text.slice(Math.max(0, run.start - 48), run.start);
  if (PLACE_PREPOSITION_BEFORE_RE.test(before.slice(-14))) return false;
  const after = PARTNER_AFTER_RE.exec(text.slice(run.end, run.end + 48))?.[1];
  if (after !== undefined) return notPlace(after);
  const prior = PARTNER_BEFORE_RE.exec(before)?.[1];
  return prior !== undefined && notPlace(prior);
}

function notPlace(name: string): boolean {
  return !isPlace(name) && !isCountryOrRegion(name) && !NATIONALITIES.has(name.split(' ')[0]!);
}
