import { isPlace } from '../gazetteer/lexicon/places.js';
import type { NameRun } from './name-runs.js';

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
  return CARRIER_THEN_VERB_RE.test(text);
}
